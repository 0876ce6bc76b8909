// Real web servers for the hosting tests: Debian's nginx and Caddy serving a built folder
// under a sub-path with the README's settings, the very lines of docs/hosting/nginx.conf and
// docs/hosting/Caddyfile with only the folder's path replaced. Each runs in the foreground
// with its own config, pid, logs and temporary files in a fresh folder, on a free loopback
// port, and is stopped by `close`.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The folder the README's settings name, replaced by the one a test serves. */
const DOCUMENTED_FOLDER = '/var/www/ban-tin';
const DOCUMENTED_PREFIX = '/ban-tin';

function documented(file, folder) {
  const text = readFileSync(join(root, 'docs/hosting', file), 'utf8');
  if (!text.includes(DOCUMENTED_FOLDER)) throw new Error(`${file} no longer names ${DOCUMENTED_FOLDER}`);
  return text.replaceAll(DOCUMENTED_FOLDER, folder.replace(/\/$/, ''));
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function accepting(port, child, log, timeout = 15_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`the server stopped (${child.exitCode}): ${readFileSync(log, 'utf8')}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on ${port} after ${timeout} ms: ${readFileSync(log, 'utf8')}`);
}

function stopper(child, dir) {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

/** nginx serving `folder` under `/ban-tin/`. */
export async function startNginx(folder) {
  const dir = mkdtempSync(join(tmpdir(), 'ban-tin-nginx-'));
  const port = await freePort();
  const log = join(dir, 'error.log');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${join(dir, name)};`)
    .join('\n    ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${log} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    types { application/manifest+json webmanifest; }
    default_type application/octet-stream;
    access_log ${join(dir, 'access.log')};
    ${temp}
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
${documented('nginx.conf', folder)}
    }
}
`,
  );
  const child = spawn('nginx', ['-e', log, '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  await accepting(port, child, log);
  return { name: 'nginx', url: `http://127.0.0.1:${port}`, prefix: DOCUMENTED_PREFIX, close: stopper(child, dir) };
}

/** Caddy serving `folder` under `/ban-tin/`. */
export async function startCaddy(folder) {
  const dir = mkdtempSync(join(tmpdir(), 'ban-tin-caddy-'));
  const port = await freePort();
  const log = join(dir, 'caddy.log');
  writeFileSync(
    join(dir, 'Caddyfile'),
    `{
	admin off
	auto_https off
	storage file_system ${join(dir, 'data')}
}
http://127.0.0.1:${port} {
${documented('Caddyfile', folder)}
}
`,
  );
  const out = openSync(log, 'a');
  const child = spawn('caddy', ['run', '--adapter', 'caddyfile', '--config', join(dir, 'Caddyfile')], {
    stdio: ['ignore', out, out],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') },
  });
  await accepting(port, child, log);
  return { name: 'Caddy', url: `http://127.0.0.1:${port}`, prefix: DOCUMENTED_PREFIX, close: stopper(child, dir) };
}

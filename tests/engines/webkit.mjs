// The WebKit driver of the smoke tests (smoke.test.mjs): WebKitGTK's MiniBrowser (Safari's
// engine) over classic W3C WebDriver, with no npm package (Node's fetch). Needs an X display
// (`xvfb-run -a`), Debian's webkit2gtk-driver (/usr/bin/WebKitWebDriver) and MiniBrowser
// (libwebkit2gtk-4.1-0). The traps it works around are in ../shared/notes/toolchain.md and
// below: `--automation` must be passed again with any argument, a GTK stylesheet lets the
// window shrink below its toolbar's 447 px, and WebKitWebProcess outlives its parent.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

// W3C WebDriver key codes (https://w3c.github.io/webdriver/#keyboard-actions).
const KEYS = {
  Unidentified: '\uE000', Cancel: '\uE001', Help: '\uE002', Backspace: '\uE003',
  Tab: '\uE004', Clear: '\uE005', Return: '\uE006', Enter: '\uE007',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Pause: '\uE00B',
  Escape: '\uE00C', ' ': '\uE00D', Space: '\uE00D', PageUp: '\uE00E', PageDown: '\uE00F',
  End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013',
  ArrowRight: '\uE014', ArrowDown: '\uE015', Insert: '\uE016', Delete: '\uE017',
  F1: '\uE031', F2: '\uE032', F3: '\uE033', F4: '\uE034', F5: '\uE035', F6: '\uE036',
  F7: '\uE037', F8: '\uE038', F9: '\uE039', F10: '\uE03A', F11: '\uE03B', F12: '\uE03C',
  Meta: '\uE03D',
};

// GTK stylesheet that lets MiniBrowser's window shrink below its toolbar's natural
// width (otherwise the window is clamped to >= 447 px). Only GTK chrome is
// affected, never web content. Written for both GTK 3 and GTK 4 builds.
const GTK_CSS = `
toolbar, toolbar *, headerbar, headerbar *, entry, entry *, button, button *,
box, .toolbar, .toolbar * {
  min-width: 0; min-height: 0; padding: 0; margin: 0;
  border-width: 0; font-size: 1px;
}
`;

function findMiniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const flavours = ['webkitgtk-6.0', 'webkit2gtk-4.1', 'webkit2gtk-4.0'];
  const roots = ['/usr/lib', '/usr/libexec', '/usr/lib64', '/usr/local/lib', '/usr/local/libexec'];
  const candidates = [];
  for (const root of roots) {
    let subdirs = [''];
    try {
      subdirs = subdirs.concat(fs.readdirSync(root).filter((d) => d.includes('-linux-')));
    } catch { continue; }
    for (const sub of subdirs) {
      for (const f of flavours) candidates.push(path.join(root, sub, f, 'MiniBrowser'));
    }
  }
  // Prefer 4.1 (GTK3, what Debian 12 ships), then others.
  candidates.sort((a, b) => (b.includes('4.1') - a.includes('4.1')));
  const found = candidates.find((p) => { try { fs.accessSync(p, fs.constants.X_OK); return true; } catch { return false; } });
  if (!found) throw new Error('MiniBrowser not found; set WEBKIT_MINIBROWSER');
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Every live driver, so an abrupt exit still kills its processes.
const live = new Set();
let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => { for (const d of live) d._killNow(); });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      for (const d of live) d._killNow();
      process.exit(128 + (os.constants.signals[sig] || 0));
    });
  }
}

class WebDriverError extends Error {
  constructor(status, value, where) {
    const msg = value && (value.message || value.error) ? `${value.error}: ${value.message}` : `HTTP ${status}`;
    super(`${where}: ${msg}`);
    this.name = 'WebDriverError';
    this.status = status;
    this.error = value && value.error;
  }
}

/**
 * Start WebKitWebDriver + a MiniBrowser session whose viewport
 * (innerWidth × innerHeight) is as close as possible to width × height CSS px.
 *
 * options:
 *   width, height       desired viewport (CSS px); default 1366×768
 *   binary              MiniBrowser path (default: auto-detected / $WEBKIT_MINIBROWSER)
 *   args                extra MiniBrowser args ('--automation' is always added)
 *   tmpDir              parent dir for the per-session temp dir (default os.tmpdir())
 *   sessionTimeout      ms for POST /session (default 60000)
 *   pageLoadTimeout     ms (default 30000); scriptTimeout ms (default 30000)
 *   implicitWait        ms that element lookups wait for a match (default 5000)
 *   verbose             pipe WebKitWebDriver/MiniBrowser stderr to ours
 */
export async function open(options = {}) {
  const {
    width = 1366, height = 768,
    binary = findMiniBrowser(),
    args = [],
    tmpDir = os.tmpdir(),
    sessionTimeout = 60000,
    pageLoadTimeout = 30000,
    scriptTimeout = 30000,
    implicitWait = 5000,
    verbose = !!process.env.WEBKIT_VERBOSE,
  } = options;

  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('no DISPLAY: run under `xvfb-run -a node …`');
  }

  installExitHooks();
  const driver = new Driver();
  live.add(driver);
  try {
    await driver._start({ binary, args, tmpDir, sessionTimeout, pageLoadTimeout, scriptTimeout, implicitWait, verbose });
    await driver.setViewport(width, height);
    return driver;
  } catch (e) {
    await driver.close().catch(() => {});
    throw e;
  }
}

class Driver {
  constructor() {
    this.proc = null;
    this.base = null;
    this.sessionId = null;
    this.tmp = null;
    this.viewport = null;
    this._log = '';
    this._closed = false;
  }

  async _start({ binary, args, tmpDir, sessionTimeout, pageLoadTimeout, scriptTimeout, implicitWait, verbose }) {
    this.scriptTimeout = scriptTimeout;
    this.pageLoadTimeout = pageLoadTimeout;
    this.implicitWait = implicitWait;
    fs.mkdirSync(tmpDir, { recursive: true });
    this.tmp = fs.mkdtempSync(path.join(tmpDir, 'webkit-'));
    for (const d of ['config/gtk-3.0', 'config/gtk-4.0', 'cache', 'data', 'runtime']) {
      fs.mkdirSync(path.join(this.tmp, d), { recursive: true, mode: 0o700 });
    }
    fs.writeFileSync(path.join(this.tmp, 'config/gtk-3.0/gtk.css'), GTK_CSS);
    fs.writeFileSync(path.join(this.tmp, 'config/gtk-4.0/gtk.css'), GTK_CSS);

    const env = {
      ...process.env,
      XDG_CONFIG_HOME: path.join(this.tmp, 'config'),   // our gtk.css; no user settings
      XDG_CACHE_HOME: path.join(this.tmp, 'cache'),     // keep ~/.cache clean
      XDG_DATA_HOME: path.join(this.tmp, 'data'),
      XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR || path.join(this.tmp, 'runtime'),
      NO_AT_BRIDGE: '1',        // don't look for the accessibility bus (no dbus here)
      GTK_A11Y: 'none',
      GDK_BACKEND: 'x11',
      GDK_SCALE: '1', GDK_DPI_SCALE: '1',
      WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS: '1', // root in a container: no bwrap
    };
    delete env.WAYLAND_DISPLAY;

    const port = await freePort();
    this.base = `http://127.0.0.1:${port}`;
    // detached => own process group, so close() can kill MiniBrowser and the
    // WebKit{Web,Network}Process children in one go.
    this.proc = spawn('WebKitWebDriver', [`--port=${port}`, '--host=local'], {
      env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onData = (chunk) => {
      this._log = (this._log + chunk.toString()).slice(-20000);
      if (verbose) process.stderr.write(chunk);
    };
    this.proc.stdout.on('data', onData);
    this.proc.stderr.on('data', onData);
    this._exited = new Promise((r) => this.proc.once('exit', r));
    let spawnError = null;
    this.proc.once('error', (e) => { spawnError = e; });

    // Wait for the driver to answer /status.
    const deadline = Date.now() + 10000;
    for (;;) {
      if (spawnError) throw new Error(`cannot start WebKitWebDriver: ${spawnError.message}`);
      if (this.proc.exitCode !== null) throw new Error(`WebKitWebDriver exited (${this.proc.exitCode}): ${this._log}`);
      try {
        const r = await fetch(`${this.base}/status`, { signal: AbortSignal.timeout(1000) });
        const j = await r.json();
        if (j.value && j.value.ready !== false) break;
      } catch { /* not up yet */ }
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start: ${this._log}`);
      await sleep(50);
    }

    const caps = {
      capabilities: {
        alwaysMatch: {
          pageLoadStrategy: 'normal',
          timeouts: { script: scriptTimeout, pageLoad: pageLoadTimeout, implicit: implicitWait },
          'webkitgtk:browserOptions': {
            binary,
            // Passing args REPLACES MiniBrowser's default '--automation';
            // without it POST /session hangs forever.
            args: ['--automation', ...args.filter((a) => a !== '--automation')],
          },
        },
      },
    };
    let res;
    try {
      res = await this._raw('POST', '/session', caps, sessionTimeout);
    } catch (e) {
      throw new Error(`session creation failed: ${e.message}\n--- driver log ---\n${this._log}`);
    }
    this.sessionId = res.sessionId;
    this.capabilities = res.capabilities;
  }

  async _raw(method, p, body, timeout = 30000) {
    let r;
    try {
      r = await fetch(this.base + p, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeout),
      });
    } catch (e) {
      const why = e.name === 'TimeoutError' ? `timed out after ${timeout} ms` : e.message;
      throw new Error(`${method} ${p}: ${why}`);
    }
    const text = await r.text();
    let j;
    try { j = JSON.parse(text); } catch { j = { value: text }; }
    if (!r.ok || (j.value && j.value.error)) throw new WebDriverError(r.status, j.value, `${method} ${p}`);
    return j.value;
  }

  _cmd(method, p, body, timeout) {
    if (!this.sessionId) throw new Error('no session (closed?)');
    return this._raw(method, `/session/${this.sessionId}${p}`, body, timeout);
  }

  async _find(selector) {
    // Element lookup waits up to the implicit timeout for a match.
    let el;
    try {
      el = await this._cmd('POST', '/element', { using: 'css selector', value: selector }, this.implicitWait + 10000);
    } catch (e) {
      e.message = `${e.message} [selector ${selector}]`;
      throw e;
    }
    return el[ELEMENT_KEY];
  }

  /** Resize the window so innerWidth/innerHeight match as closely as possible. */
  async setViewport(width, height) {
    let w = width, h = height;
    let vp;
    for (let i = 0; i < 4; i++) {
      await this._cmd('POST', '/window/rect', { width: w, height: h });
      vp = await this._cmd('POST', '/execute/sync', { script: 'return {innerWidth, innerHeight, outerWidth, outerHeight, devicePixelRatio}', args: [] });
      const dw = width - vp.innerWidth, dh = height - vp.innerHeight;
      if (dw === 0 && dh === 0) break;
      w += dw; h += dh;
      if (w < 1 || h < 1) break;
    }
    this.viewport = vp;
    return vp;
  }

  /** Navigate; resolves when the document's load event has fired. */
  async goto(url) {
    await this._cmd('POST', '/url', { url }, this.pageLoadTimeout + 10000);
  }

  /**
   * Run `(${fnSource})(...args)` in the page (async functions are awaited).
   * Returns the JSON-round-tripped result; rethrows the page's error message.
   */
  async evaluate(fnSource, ...args) {
    const src = typeof fnSource === 'function' ? fnSource.toString() : String(fnSource);
    const script = `
      var done = arguments[arguments.length - 1];
      var args = Array.prototype.slice.call(arguments, 0, -1);
      Promise.resolve().then(function () { return (${src}).apply(null, args); }).then(
        function (v) { try { done({ ok: true, json: v === undefined ? undefined : JSON.stringify(v) }); }
                       catch (e) { done({ ok: false, message: 'result not JSON-serialisable: ' + e }); } },
        function (e) { done({ ok: false, message: (e && e.message) ? String(e.message) : String(e),
                              name: e && e.name, stack: e && e.stack ? String(e.stack) : '' }); });`;
    const r = await this._cmd('POST', '/execute/async', { script, args }, this.scriptTimeout + 10000);
    if (!r || !r.ok) {
      const err = new Error(r ? r.message : 'evaluate: no result');
      if (r && r.name) err.name = r.name;
      if (r && r.stack) err.pageStack = r.stack;
      throw err;
    }
    return r.json === undefined || r.json === null ? undefined : JSON.parse(r.json);
  }

  /** Real WebDriver click on the first element matching cssSelector. */
  async click(selector) {
    const id = await this._find(selector);
    await this._cmd('POST', `/element/${id}/click`, {});
  }

  /** Element send keys (focuses the element, appends text). */
  async type(selector, text) {
    const id = await this._find(selector);
    await this._cmd('POST', `/element/${id}/value`, { text: String(text) });
  }

  /** One key (e.g. 'ArrowRight', 'Escape', 'Enter', 'a') to the focused element via the actions API. */
  async press(key) {
    const value = KEYS[key] ?? key;
    if ([...value].length !== 1) throw new Error(`press: unknown key ${JSON.stringify(key)}`);
    await this._cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
    });
    await this._cmd('DELETE', '/actions').catch(() => {});
  }

  async url() {
    return this._cmd('GET', '/url');
  }

  /** PNG of the viewport (after letting the page paint two frames). */
  async screenshot(file) {
    // WebKit snapshots the last composited frame; right after a DOM change that
    // can be a stale frame, so wait for two rAFs (with a fallback timer).
    await this.evaluate(() => new Promise((r) => {
      const t = setTimeout(r, 1000);
      requestAnimationFrame(() => requestAnimationFrame(() => { clearTimeout(t); r(); }));
    })).catch(() => {});
    const b64 = await this._cmd('GET', '/screenshot', undefined, 30000);
    const buf = Buffer.from(b64, 'base64');
    if (file) {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      fs.writeFileSync(file, buf);
    }
    return buf;
  }

  /** Driver + browser log captured so far (stderr of WebKitWebDriver and its children). */
  log() { return this._log; }

  // Synchronous last-resort cleanup (process 'exit' / signals): kill the whole
  // process group (driver, MiniBrowser, WebKit*Process), remove the temp dir.
  _killNow(signal = 'SIGKILL') {
    if (this.proc) { try { process.kill(-this.proc.pid, signal); } catch { /* gone */ } }
    if (this.tmp) { try { fs.rmSync(this.tmp, { recursive: true, force: true }); } catch { /* ignore */ } }
  }

  // Is any non-zombie process left in our process group? (WebKitWebProcess is
  // reparented to PID 1 when MiniBrowser quits; in containers PID 1 may reap it
  // late, and a zombie is harmless, so zombies don't count.)
  _groupAlive() {
    if (!this.proc) return false;
    const pgid = this.proc.pid;
    let pids;
    try { pids = fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n)); } catch { pids = null; }
    if (!pids) { try { process.kill(-pgid, 0); return true; } catch { return false; } }
    for (const pid of pids) {
      let stat;
      try { stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8'); } catch { continue; }
      // pid (comm) state ppid pgrp ...  — comm may contain spaces/parens
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) === pgid && f[0] !== 'Z' && f[0] !== 'X') return true;
    }
    return false;
  }

  /** Delete the session, stop WebKitWebDriver and everything it started. */
  async close() {
    if (this._closed) return;
    this._closed = true;
    if (this.sessionId) {
      try { await this._raw('DELETE', `/session/${this.sessionId}`, undefined, 10000); } catch { /* kill anyway */ }
      this.sessionId = null;
    }
    if (this.proc) {
      const pgid = this.proc.pid;
      try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
      // Wait (≤ 3 s) for the whole group to disappear, then SIGKILL.
      const deadline = Date.now() + 3000;
      while (this._groupAlive() && Date.now() < deadline) await sleep(50);
      if (this._groupAlive()) { try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ } }
      await Promise.race([this._exited, sleep(2000)]);
      const deadline2 = Date.now() + 2000;
      while (this._groupAlive() && Date.now() < deadline2) await sleep(50);
    }
    if (this.tmp) { fs.rmSync(this.tmp, { recursive: true, force: true }); this.tmp = null; }
    live.delete(this);
  }
}

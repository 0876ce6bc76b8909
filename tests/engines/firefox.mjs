// Firefox ESR driver for the smoke test: puppeteer-core over WebDriver BiDi, no geckodriver.
// Same interface as the WebKit driver, so one test file can drive both engines.
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');

const FIREFOX = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';
// Anything a pref must point at instead of a real server: nothing listens here.
const NOWHERE = 'http://127.0.0.1:9/';

// On top of puppeteer's own defaults (@puppeteer/browsers createProfile), which already turn
// off normandy, app update, safebrowsing lists, health report, search update, etc. These make
// sure an offline container's Firefox does not try to reach out at all, and that nothing it
// would try to reach out for ends up as noise in the page's console.
const OFFLINE_PREFS = {
  // Updates (app, add-ons, system add-ons, search engines, GMP plugins).
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.service.enabled': false,
  'app.update.staging.enabled': false,
  'app.update.url': '',
  'extensions.update.enabled': false, // Debian's /etc/firefox-esr sets it true
  'extensions.update.autoUpdateDefault': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.discovery.api_url': '',
  'extensions.recommendations.themeRecommendationUrl': '',
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'browser.discovery.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'media.eme.enabled': false,
  // Telemetry and data reporting.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.coverage.opt-out': true,
  'toolkit.coverage.opt-out': true,
  'toolkit.coverage.endpoint.base': '',
  'datareporting.usage.uploadEnabled': false,
  'datareporting.policy.firstRunURL': '',
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
  'app.shield.optoutstudies.enabled': false,
  'app.normandy.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  // Safe browsing: no list downloads, no remote lookups.
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google.gethashURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  // Captive portal and connectivity checks.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  // Remote settings (blocklists, CRLite, intermediates, translations models, ...).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'browser.ml.chat.enabled': false,
  // Region, geo, push, sync, pocket, new tab content.
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.geoSpecificDefaults': false,
  'geo.provider.network.url': '',
  'geo.enabled': false,
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'identity.fxaccounts.enabled': false,
  'extensions.pocket.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.contentblocking.report.lockwise.enabled': false,
  'browser.vpn_promo.enabled': false,
  // No speculative traffic, DNS prefetch, DoH, or system proxy.
  'network.dns.disablePrefetch': true,
  'network.dns.disablePrefetchFromHTTPS': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.predictor.enable-prefetch': false,
  'browser.places.speculativeConnect.enabled': false,
  'browser.urlbar.speculativeConnect.enabled': false,
  'network.trr.mode': 5,
  'network.proxy.type': 0,
  'network.sntp.pools': '127.0.0.1',
  // Quiet start.
  'browser.aboutwelcome.enabled': false,
  'trailhead.firstrun.branches': 'nofirstrun-empty',
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.healthreport.documentServerURI': NOWHERE,
};

/** Every process of this Firefox: its process group, its descendants, and the crash helper,
 *  which Firefox 153 double-forks into a group of its own, parented to init, with the main
 *  pid as its first argument. Read from /proc, by pid only. */
async function firefoxProcesses(mainPid) {
  const procs = [];
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = (await readFile(`/proc/${name}/cmdline`, 'utf8')).split('\0');
      procs.push({ pid: Number(name), state: rest[0], ppid: Number(rest[1]), pgid: Number(rest[2]), cmd });
    } catch {}
  }
  const mine = new Set([mainPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (mine.has(p.pid)) continue;
      const crashHelper = p.cmd[0]?.endsWith('/crashhelper') && p.cmd[1] === String(mainPid);
      if (p.pgid === mainPid || mine.has(p.ppid) || crashHelper) { mine.add(p.pid); grew = true; }
    }
  }
  return procs.filter((p) => mine.has(p.pid));
}

/** State of one pid: 'gone', 'zombie' (dead, waiting for its parent/init to reap it), or 'alive'. */
async function pidState(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z' ? 'zombie' : 'alive';
  } catch {
    return 'gone';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Touch, opt-in (open({ ..., touch: true })): Firefox 153's BiDi has no
// emulation.setTouchOverride ("unknown command"), and puppeteer's isMobile has no BiDi
// counterpart at all. These prefs are the nearest thing, browser-wide, fixed at launch:
// touch events API on, navigator.maxTouchPoints = 5, and CSS (pointer: coarse) /
// (hover: none). No meta-viewport emulation: the layout viewport stays width×height.
const TOUCH_PREFS = {
  'dom.w3c_touch_events.enabled': 1,
  'dom.w3c_touch_events.legacy_apis.enabled': true, // 'ontouchstart' in window
  'dom.maxtouchpoints.testing.value': 5,
  'ui.primaryPointerCapabilities': 1, // coarse, no hover
  'ui.allPointerCapabilities': 1,
};

/**
 * Launches headless Firefox ESR with one page whose viewport (innerWidth × innerHeight) is
 * width × height CSS px. `touch: true` adds TOUCH_PREFS (Firefox BiDi cannot emulate touch).
 * Everything Firefox writes (profile, $HOME, XDG dirs, $TMPDIR) goes into one fresh folder
 * under $FIREFOX_SMOKE_TMP (default: the OS temp dir), removed by close().
 */
export async function open({ width, height, touch = false }) {
  const problems = [];
  const logEntries = []; // raw BiDi log entries (type, level, text), for diagnosis
  const base = process.env.FIREFOX_SMOKE_TMP || os.tmpdir();
  await mkdir(base, { recursive: true });
  const root = await mkdtemp(path.join(base, 'ff-smoke-'));
  const dirs = {};
  for (const d of ['profile', 'home', 'config', 'cache', 'data', 'state', 'run', 'tmp']) {
    dirs[d] = path.join(root, d);
    await mkdir(dirs[d], { mode: 0o700 });
  }
  const t0 = performance.now();
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--no-remote'],
      // Our own fresh profile dir; puppeteer writes its prefs (and ours) into its user.js.
      userDataDir: dirs.profile,
      extraPrefsFirefox: touch ? { ...OFFLINE_PREFS, ...TOUCH_PREFS } : OFFLINE_PREFS,
      defaultViewport: null, // set below, on the page, where BiDi applies it
      env: {
        ...process.env,
        // Firefox otherwise writes ~/.config/mozilla (Crash Reports, Pending Pings) and
        // ~/.cache/mozilla even with --profile, and shares the mesa shader cache.
        HOME: dirs.home,
        XDG_CONFIG_HOME: dirs.config,
        XDG_CACHE_HOME: dirs.cache,
        XDG_DATA_HOME: dirs.data,
        XDG_STATE_HOME: dirs.state,
        XDG_RUNTIME_DIR: dirs.run,
        TMPDIR: dirs.tmp,
        // Offline for sure: any connection to a non-local address makes Firefox abort with
        // "FATAL ERROR: Non-local network connections are disabled and a connection attempt
        // to HOST was made" (caught below into problems). Local and private addresses
        // (127/8, 10/8, 192.168/16, ...) are allowed. It also lets the remote-settings server
        // pref take effect, which release builds otherwise ignore. FIREFOX_ALLOW_NONLOCAL=1
        // turns the tripwire off (MOZ_REMOTE_SETTINGS_DEVTOOLS keeps the pref honoured).
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: process.env.FIREFOX_ALLOW_NONLOCAL === '1' ? '0' : '1',
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_DISABLE_AUTO_SAFE_MODE: '1',
        // Headless needs no display; make sure GTK does not go looking for one.
        DISPLAY: '',
        WAYLAND_DISPLAY: '',
      },
      protocolTimeout: 60_000,
      timeout: 60_000,
    });
  } catch (err) {
    await rm(root, { recursive: true, force: true });
    throw err;
  }
  const launchMs = performance.now() - t0;
  const proc = browser.process();
  const mainPid = proc?.pid;
  // If the test dies before close(), puppeteer still kills the process group on exit; the
  // crash helper leaves by itself; this removes the folder.
  const cleanup = () => rmSync(root, { recursive: true, force: true });
  process.once('exit', cleanup);
  let closed = false;
  // Firefox's own fatal messages (the non-local tripwire above, crashes) go to its stderr.
  let stderrTail = '';
  proc?.stderr?.on('data', (chunk) => {
    const lines = (stderrTail + chunk).split('\n');
    stderrTail = lines.pop();
    for (const line of lines) {
      if (/FATAL ERROR|MOZ_CRASH|Assertion failure|Crash Annotation|segmentation|Hit MOZ_/i.test(line)) {
        problems.push(`firefox: ${line.trim()}`);
      }
    }
  });
  browser.on('disconnected', () => {
    if (!closed) problems.push('firefox: browser went away before close() (crashed or aborted)');
  });

  const pages = await browser.pages();
  const page = pages[0] ?? (await browser.newPage());
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(30_000);

  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location?.();
      const where = loc?.url ? ` (${loc.url}${loc.lineNumber ? `:${loc.lineNumber}` : ''})` : '';
      problems.push(`console.error: ${msg.text()}${where}`);
    }
  });
  // Firefox BiDi reports uncaught exceptions AND the browser's own script errors (SRI, CSP,
  // module loading) as "javascript" log entries; puppeteer turns both into 'pageerror'.
  page.on('pageerror', (err) => {
    problems.push(`pageerror: ${err?.message ?? String(err)}`);
  });
  page.mainFrame().browsingContext.on('log', ({ entry }) => {
    logEntries.push({ type: entry.type, level: entry.level, text: entry.text });
  });

  // BiDi browsingContext.setViewport sets the CSS viewport: innerWidth/innerHeight = width×height.
  // No isMobile/hasTouch here: BiDi has none in Firefox 153 (see TOUCH_PREFS), and asking for
  // hasTouch only makes puppeteer send an unknown command and reload the page.
  await page.setViewport({ width, height, deviceScaleFactor: 1 });

  const driver = {
    problems,
    logEntries,
    launchMs,
    browser,
    page,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async evaluate(fnSource, ...args) {
      // Sent as one string expression, never as eval inside the page: the site's CSP has no
      // 'unsafe-eval', and BiDi's script.evaluate is not subject to the page's CSP.
      const src = typeof fnSource === 'function' ? fnSource.toString() : String(fnSource);
      const argList = args.map((a) => (a === undefined ? 'undefined' : JSON.stringify(a))).join(', ');
      const expr = `(async () => { const r = await (${src})(${argList}); return r === undefined ? undefined : JSON.parse(JSON.stringify(r)); })()`;
      try {
        return await page.evaluate(expr);
      } catch (err) {
        const e = new Error(err?.message ?? String(err)); // the page's own message
        e.cause = err;
        throw e;
      }
    },
    async click(selector) {
      const el = await page.waitForSelector(selector, { visible: true });
      try {
        await el.click(); // scrolls into view, then real BiDi pointer actions at its centre
      } finally {
        await el.dispose();
      }
    },
    async type(selector, text) {
      const el = await page.waitForSelector(selector, { visible: true });
      try {
        await el.focus();
        // One BiDi key action per code point, so send composed (NFC) text: a lone combining
        // mark is not a key Firefox can type.
        await page.keyboard.type(text.normalize('NFC'));
      } finally {
        await el.dispose();
      }
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    url() {
      return page.url();
    },
    async screenshot(file) {
      await page.screenshot({ path: file, type: 'png' }); // the viewport only
    },
    async close() {
      if (closed) return;
      closed = true;
      const tree = mainPid ? await firefoxProcesses(mainPid) : [];
      try {
        await Promise.race([browser.close(), sleep(10_000).then(() => { throw new Error('browser.close timed out'); })]);
      } catch {
        try { process.kill(-mainPid, 'SIGKILL'); } catch {}
      }
      // Children outlive the main process by a moment (the fork server, RDD, utility, crash
      // helper); wait for each to die, kill by pid any still alive after 5 s.
      const deadline = performance.now() + 5_000;
      for (const p of tree) {
        while ((await pidState(p.pid)) === 'alive') {
          if (performance.now() > deadline) { try { process.kill(p.pid, 'SIGKILL'); } catch {} }
          await sleep(50);
        }
      }
      // Dead children are re-parented to init, which here reaps them only every second or
      // so; wait (up to 3 s) so that `ps` right after shows no <defunct> entries either.
      const reapBy = performance.now() + 3_000;
      while (performance.now() < reapBy) {
        const states = await Promise.all(tree.map((p) => pidState(p.pid)));
        if (states.every((s) => s === 'gone')) break;
        await sleep(100);
      }
      await rm(root, { recursive: true, force: true });
      process.removeListener('exit', cleanup);
    },
  };
  return driver;
}

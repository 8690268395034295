import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Debian's `chromium` package (browser downloads are impossible here). Found, or installed with
// apt-get when running as root; null when none can be had (the browser tests then skip, loudly).
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function found(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function canInstall(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

export function findOrInstallChromium(log: (line: string) => void): string | null {
  const path = found();
  if (path || !canInstall()) return path;
  log('Chromium not found: installing Debian package `chromium` with apt-get (this takes a while)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'ignore', env, timeout: 10 * 60_000 });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'ignore', env, timeout: 20 * 60_000 });
  } catch (error) {
    log(`apt-get install chromium failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  return found();
}

/** The flags for a headless Chromium that never reaches the network by itself. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=vi-VN',
];

export function loudSkipMessage(): string {
  const bar = '!'.repeat(78);
  return `\n${bar}\n!! BROWSER TESTS SKIPPED: no Chromium found (/usr/bin/chromium) and it could not be installed.\n!! Install it with: apt-get install -y chromium   (or set CHROMIUM_PATH)\n${bar}\n`;
}

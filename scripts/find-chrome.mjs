// Finds a local Chrome/Chromium for the browser tests: CHROME_PATH, else the usual install paths. Where none is found
// and Debian's apt-get is usable (as root), installs `chromium`; otherwise stops with the exact command to run.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (hasApt && isRoot) {
    console.log('No Chrome/Chromium found: installing Debian\'s chromium (apt-get install chromium)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {
      stdio: 'inherit',
    });
    const now = findChrome();
    if (now) return now;
  }
  const how = hasApt
    ? 'sudo apt-get update && sudo apt-get install -y chromium'
    : 'install Google Chrome or Chromium';
  console.error(`The browser tests need Chrome or Chromium and none was found.\nRun: ${how}\nor set CHROME_PATH=/path/to/chrome`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChrome());

import { existsSync } from 'node:fs';

/** Flags for Chromium on a closed network, as root, without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/**
 * The Chromium binary the browser tests drive: `$CHROMIUM_PATH`, else
 * Debian's `/usr/bin/chromium`. Throws with install instructions when it is
 * missing, so a browser test can never pass by not running.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The browser tests need it.\n` +
        '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  Elsewhere: install Chromium and set CHROMIUM_PATH=/path/to/chromium',
    );
  }
  return path;
}

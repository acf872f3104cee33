import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium, installed with apt-get where it is missing (the
 * machines run as root and reach Debian's packages); no browser download.
 */
export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM)) return CHROMIUM;
  const update = spawnSync('apt-get', ['update', '-qq'], { encoding: 'utf8' });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : update;
  if (install.status !== 0 || !fs.existsSync(CHROMIUM)) {
    throw new Error(`the browser tests need Debian's chromium at ${CHROMIUM}; 'apt-get install chromium' failed:\n${(install.stderr || install.stdout || String(install.error)).slice(-2000)}`);
  }
  return CHROMIUM;
}

/** The flags the browser tests run Chromium with: headless, and no traffic of its own to anywhere. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

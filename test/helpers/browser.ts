/** Debian's chromium (or CHROMIUM_PATH) through playwright-core: headless, and fetching nothing of its own. */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { serve } from './serve.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install -y chromium (bash .ci/run does)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A built site served on the loopback, and a browser to read it with: how every browser test begins. */
export interface SiteInBrowser {
  /** The site's address, without a trailing slash. */
  base: string;
  browser: Browser;
  /** Closes the browser and stops serving. */
  close(): Promise<void>;
}

export async function openInBrowser(dir: string): Promise<SiteInBrowser> {
  const { url, server } = await serve(dir);
  try {
    const browser = await launchBrowser();
    return {
      base: url,
      browser,
      close: async () => {
        await browser.close();
        server.close();
      },
    };
  } catch (error) {
    server.close();
    throw error;
  }
}

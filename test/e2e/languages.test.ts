/**
 * The search page of a community that writes Spanish, in a real browser:
 * Pagefind's own words (its placeholder, its count of results) come from its
 * Spanish translation, chosen by <html lang>, and the page's label is the
 * site's own, in Spanish too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, runBuild, scratch } from '../helpers/build.ts';
import { openInBrowser, type SiteInBrowser } from '../helpers/browser.ts';

let browser: Browser;
let served: SiteInBrowser | undefined;
let base = '';

beforeAll(async () => {
  const content = copyContent('example', 'e2e-es');
  const site = join(content, 'site.yaml');
  writeFileSync(site, readFileSync(site, 'utf8').replace(/^language: .*$/m, 'language: es'));
  const out = join(scratch('e2e-es-dist'), 'dist');
  const build = runBuild(content, out);
  expect(build.status, build.stderr).toBe(0);
  served = await openInBrowser(out);
  ({ base, browser } = served);
}, 240_000);

afterAll(async () => {
  await served?.close();
});

describe('search in Spanish', () => {
  it("speaks Spanish in Pagefind's words and the page's own", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/`);
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor({ timeout: 15_000 });
    expect(await input.getAttribute('placeholder')).toBe('Buscar');
    expect(await page.locator('label.search-label').textContent()).toBe('Busca personas, encuentros y publicaciones');
    await input.fill('Dwight');
    // Pagefind first says it is searching ("Buscando Dwight..."), then how many it found: wait for the second.
    const message = page.locator('.pagefind-ui__message').filter({ hasText: /resultados? encontrados? para Dwight/ });
    await message.waitFor({ timeout: 30_000 });
    expect(await message.textContent()).toMatch(/^\d+ resultados? encontrados? para Dwight$/);
    await page.close();
  });
});

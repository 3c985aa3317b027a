/**
 * axe-core with the WCAG 2.2 AA rules (test/helpers/axe.ts) on every page of the real and the
 * fixture site: the pages the sitemap lists plus every HTML file built. One browser, a few tabs at
 * a time; a failure names the page, the rule and the element.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, type AxeViolation } from '../helpers/axe.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { readPage, siteUrl, type SiteName } from '../helpers/built-site.ts';
import { pagesToCheck } from '../helpers/site-pages.ts';

// No violation is accepted: a list of exceptions, empty, and a test looping over it could never
// fail. Should one ever be needed, it goes here with its page, element and reason, and a test.

/** Tabs open at once: enough to keep the run short, few enough for a small CI machine. */
const TABS = 4;

async function auditPage(
  context: BrowserContext,
  base: string,
  site: SiteName,
  path: string,
): Promise<string[]> {
  const page = await context.newPage();
  try {
    // Only the search page runs scripts; wait for its interface to be drawn before auditing it.
    const hasScript = /<script\b(?![^>]*type="application\/ld\+json")/.test(readPage(site, path));
    const response = await page.goto(`${base}${path}`, {
      waitUntil: hasScript ? 'networkidle' : 'load',
    });
    if (!response?.ok()) return [`${path}: trang trả về ${response?.status() ?? 'không phản hồi'}`];
    const violations: AxeViolation[] = await runAxe(page);
    return violations.flatMap((v) =>
      v.targets.map((t) => `${path} [${v.id}, ${v.impact ?? '?'}] ${v.help} → ${t}`),
    );
  } finally {
    await page.close();
  }
}

describe.skipIf(!hasChromium)('accessibility (axe-core, WCAG 2.2 AA) of every page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const site of ['real', 'fixture'] as SiteName[]) {
    it(`finds no violation on any page of the ${site} site`, async () => {
      const { pages } = pagesToCheck(site);
      const context = await browser.newContext();
      const base = siteUrl(site);
      const failures: string[] = [];
      const queue = [...pages];
      await Promise.all(
        Array.from({ length: TABS }, async () => {
          for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
            failures.push(...(await auditPage(context, base, site, path)));
          }
        }),
      );
      await context.close();
      expect(failures.sort().join('\n'), 'vi phạm (trang [quy tắc] phần tử)').toBe('');
    }, 600_000);
  }
});

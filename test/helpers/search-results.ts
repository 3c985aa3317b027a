/** Waiting for the search page's results in a browser test. */
import type { Page } from 'playwright-core';

/**
 * Waits until each of the first `count` results has its link. Results load one by one, out of
 * order, and only once scrolled into view, so the next one not yet loaded is brought into view.
 */
export async function firstResultsLoaded(page: Page, count: number): Promise<void> {
  await searchComplete(page);
  await page.waitForFunction((n) => {
    const items = [...document.querySelectorAll('pagefind-results > ul > li')].slice(0, n);
    const waiting = items.find((li) => !li.querySelector('a.kq-lien-ket'));
    waiting?.scrollIntoView();
    return items.length > 0 && !waiting;
  }, count);
}

/**
 * Waits until the answer on screen merges every reading of the query in the search box: the page
 * may show the first query's answer while slower readings still run.
 */
export async function searchComplete(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const typed = document.querySelector<HTMLInputElement>('pagefind-input input')?.value.trim();
    const merged = document.getElementById('tim-kiem')?.getAttribute('data-ket-qua-du')?.trim();
    return Boolean(typed) && merged === typed;
  });
}

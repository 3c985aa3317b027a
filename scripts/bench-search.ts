/**
 * Search figures of a built site, measured in headless Chromium on loopback: what a first query
 * downloads, how long results take to show after the last keystroke, and the size of the index.
 * Figures, not pass or fail: timings depend on the machine.
 *
 * scripts/bench.ts imports `benchSearch`; alone it serves a built site itself:
 *
 *   node scripts/bench-search.ts [site directory, default dist]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import sirv from 'sirv';

/** Queries typed one after the other; the first pays for loading Pagefind and its index. */
const QUERIES = ['vay von', 'dat dai', 'HTX', '510/QD-UBND', 'bao hiem xa hoi'];
/** Delay between keystrokes, about a quick typist. */
const KEY_DELAY_MS = 60;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Bytes of the search bundle: the index proper, and Pagefind's scripts and styles. */
function indexSizes(distDir: string): { indexBytes: number; bundleBytes: number; files: number } {
  const dir = join(distDir, 'pagefind');
  if (!existsSync(dir)) return { indexBytes: 0, bundleBytes: 0, files: 0 };
  let indexBytes = 0;
  let bundleBytes = 0;
  const all = files(dir);
  for (const file of all) {
    const size = statSync(file).size;
    bundleBytes += size;
    // Index chunks, fragments, filters and metadata; not the UI scripts and styles.
    if (/^(index|fragment|filter)\//.test(relative(dir, file)) || file.endsWith('.pf_meta')) {
      indexBytes += size;
    }
  }
  return { indexBytes, bundleBytes, files: all.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Types a query into the search box and returns the milliseconds between the last keystroke and
 * the first result (or the "nothing found" summary) being on screen, measured in the page.
 */
async function typeAndTime(page: Page, query: string): Promise<number> {
  const input = page.locator('pagefind-input input');
  await input.fill('');
  await page.evaluate((typed) => {
    const w = window as unknown as { benchShown?: Promise<number>; benchLastKey?: number };
    const list = document.querySelector('pagefind-results');
    const before = list?.innerHTML;
    w.benchShown = new Promise<number>((resolve) => {
      const done = () => {
        // Results of the whole query, not of a part typed before the last key.
        const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
        const link = document.querySelector('pagefind-results a.kq-lien-ket');
        const none = /Không tìm thấy/.test(summary);
        if (
          (link || none) &&
          summary.includes(`“${typed}”`) &&
          list?.innerHTML !== before &&
          w.benchLastKey !== undefined
        ) {
          observer.disconnect();
          resolve(performance.now() - w.benchLastKey);
        }
      };
      const observer = new MutationObserver(done);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, query);
  const chars = [...query];
  for (const [i, ch] of chars.entries()) {
    if (i === chars.length - 1) {
      await page.evaluate(() => {
        (window as unknown as { benchLastKey?: number }).benchLastKey = performance.now();
      });
    }
    await input.press(ch === ' ' ? 'Space' : ch, { delay: 0 });
    if (i < chars.length - 1) await page.waitForTimeout(KEY_DELAY_MS);
  }
  const ms = await page.evaluate(
    () => (window as unknown as { benchShown: Promise<number> }).benchShown,
  );
  await page.evaluate(() => {
    delete (window as unknown as { benchLastKey?: number }).benchLastKey;
  });
  return ms;
}

export async function benchSearch(opts: {
  baseUrl: string;
  distDir: string;
}): Promise<Record<string, number | string>> {
  const sizes = indexSizes(opts.distDir);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers: { url: string; bytes: number; phase: 'page' | 'query' }[] = [];
    let phase: 'page' | 'query' = 'page';
    page.on('requestfinished', async (request) => {
      const at = phase;
      const sizes = await request.sizes().catch(() => null);
      if (sizes) {
        transfers.push({
          url: request.url(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          phase: at,
        });
      }
    });

    await page.goto(`${opts.baseUrl}/tim-kiem/`, { waitUntil: 'networkidle' });
    await page.locator('#tim-kiem[data-san-sang]').waitFor({ state: 'attached' });
    const debounce = await page.locator('pagefind-input').getAttribute('debounce');
    phase = 'query';
    const first = await typeAndTime(page, QUERIES[0]);
    await page.waitForLoadState('networkidle');
    const firstQuery = transfers.filter((t) => t.phase === 'query');
    const pageLoad = transfers.filter((t) => t.phase === 'page');
    const later: number[] = [];
    for (const query of QUERIES.slice(1)) later.push(await typeAndTime(page, query));
    await context.close();

    const sum = (list: { bytes: number }[]) => list.reduce((s, t) => s + t.bytes, 0);
    return {
      'tìm kiếm: byte tải trang /tim-kiem/': sum(pageLoad),
      'tìm kiếm: byte tải cho truy vấn đầu': sum(firstQuery),
      'tìm kiếm: số yêu cầu cho truy vấn đầu': firstQuery.length,
      'tìm kiếm: ms từ phím cuối tới kết quả (truy vấn đầu)': Math.round(first),
      'tìm kiếm: ms từ phím cuối tới kết quả (trung vị các truy vấn sau)': Math.round(
        median(later),
      ),
      'tìm kiếm: chờ sau phím cuối trước khi tìm (ms, đã tính trong độ trễ)': Number(debounce),
      'tìm kiếm: byte chỉ mục': sizes.indexBytes,
      'tìm kiếm: byte cả bộ Pagefind (chỉ mục, script, style)': sizes.bundleBytes,
      'tìm kiếm: số tệp Pagefind': sizes.files,
      'tìm kiếm: truy vấn đo': QUERIES.join(' | '),
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.argv[2] ?? 'dist';
  if (!existsSync(join(distDir, 'tim-kiem', 'index.html'))) {
    console.error(`Chưa có bản dựng ${distDir}: hãy chạy "npm run build" trước.`);
    process.exit(1);
  }
  const handler = sirv(distDir, { dev: true });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const figures = await benchSearch({ baseUrl: `http://127.0.0.1:${port}`, distDir });
    for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value}`);
  } finally {
    server.close();
  }
}

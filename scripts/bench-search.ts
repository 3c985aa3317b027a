/**
 * Search figures of a built site, measured in headless Chromium on loopback: what a first query
 * downloads, how long results take to show after the last keystroke, and the size of the index.
 * Figures, not pass or fail: timings depend on the machine.
 *
 * The floor is measured in the same run, on the same index, with the same queries and keystrokes:
 * a plain Pagefind search page (Pagefind's default UI, `pagefind-ui.js` from the same bundle, no
 * query expansion; served by the browser from memory, so the built site is not touched). Its one
 * option set is the debounce, 200 ms like the site's (Pagefind's default is 300 ms), so the two
 * pages wait alike after the last key. The ratios site ÷ plain are printed with the figures.
 *
 * scripts/bench.ts imports `benchSearch`; alone it serves a built site itself:
 *
 *   node scripts/bench-search.ts [site directory, default dist]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';

/** Queries typed one after the other; the first pays for loading Pagefind and its index. */
const QUERIES = ['vay von', 'dat dai', 'HTX', '510/QD-UBND', 'bao hiem xa hoi'];
/**
 * More queries people type (from test/browser/search.test.ts), typed after QUERIES on both pages,
 * each once (the site remembers its last searches, so a query typed twice would be free), so that
 * the median of later queries rests on a dozen samples on a machine shared with other work.
 */
const MORE_QUERIES = [
  'thue dat',
  'so ke hoach va dau tu',
  'tin dung noi bo',
  'nghi dinh 55',
  'quy khong chia',
  'tam nhin 2045',
  'hoi cho trien lam',
  'nu giam doc',
];
/** Delay between keystrokes, about a quick typist. */
const KEY_DELAY_MS = 60;

/** Where the plain Pagefind page is answered (from memory, by the browser's request routing). */
const PLAIN_PATH = '/__pagefind-plain__/';

/** The plain page: Pagefind's default UI on the site's index, nothing else. */
function plainPage(debounceMs: number): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script>
</head><body><main><div id="search"></div></main><script>
new PagefindUI({ element: '#search', debounceTimeoutMs: ${debounceMs} });
document.body.dataset.ready = '';
</script></body></html>`;
}

/** How each page is typed into and how it shows that the results of the whole query are on screen. */
type Kind = 'site' | 'plain';
const INPUT: Record<Kind, string> = {
  site: 'pagefind-input input',
  plain: '.pagefind-ui__search-input',
};

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
async function typeAndTime(
  page: Page,
  kind: Kind,
  query: string,
): Promise<{ first: number; complete: number }> {
  // The page typed into is the one in front: a page behind another has its timers and its
  // IntersectionObserver (which loads the site's results) held back by Chromium.
  await page.bringToFront();
  const input = page.locator(INPUT[kind]);
  await input.fill('');
  await page.evaluate(
    ([typed, kind]) => {
      const w = window as unknown as {
        benchShown?: Promise<{ first: number; complete: number }>;
        benchLastKey?: number;
      };
      // Pagefind's default UI draws its results area only once it has searched: looked up anew.
      const listHtml = () =>
        document.querySelector(kind === 'site' ? 'pagefind-results' : '.pagefind-ui__results-area')
          ?.innerHTML ?? '';
      const before = listHtml();
      let first: number | undefined;
      w.benchShown = new Promise((resolve) => {
        const done = () => {
          if (w.benchLastKey === undefined) return;
          // Results of the whole query, not of a part typed before the last key.
          let shown: boolean;
          let complete: boolean;
          if (kind === 'site') {
            const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
            const link = document.querySelector('pagefind-results a.kq-lien-ket');
            const none = /Không tìm thấy/.test(summary);
            shown = Boolean(link || none) && summary.includes(`“${typed}”`);
            // The search page marks the moment every reading of the query has been merged in.
            const root = document.getElementById('tim-kiem');
            complete = shown && root?.dataset['ketQuaDu'] === typed;
          } else {
            const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
            const link = document.querySelector('.pagefind-ui__result-link');
            // "[COUNT] … [SEARCH_TERM]" once searched; "Searching for …" has no count.
            const counted = /\d/.test(message.replace(typed, ''));
            shown =
              message.includes(typed) && counted && (Boolean(link) || /^\D*0\D/.test(message));
            complete = shown;
          }
          if (!shown || listHtml() === before) return;
          first ??= performance.now() - w.benchLastKey;
          if (complete) {
            observer.disconnect();
            resolve({ first, complete: performance.now() - w.benchLastKey });
          }
        };
        const observer = new MutationObserver(done);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['data-ket-qua-du'],
        });
      });
    },
    [query, kind] as const,
  );
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
    () =>
      (window as unknown as { benchShown: Promise<{ first: number; complete: number }> })
        .benchShown,
  );
  await page.evaluate(() => {
    delete (window as unknown as { benchLastKey?: number }).benchLastKey;
  });
  return ms;
}

interface PageFigures {
  pageBytes: number;
  firstQueryBytes: number;
  firstQueryRequests: number;
  /** Median over the fresh pages of FIRST_QUERY_ROUNDS. */
  firstMs: number;
  /** Each fresh page's first-query time, in the order measured. */
  firstSamplesMs: number[];
  firstCompleteMs: number;
  laterMs: number;
  laterCompleteMs: number;
}

/** A search page open in its own browser context, with what it downloads. */
interface OpenPage {
  kind: Kind;
  page: Page;
  close: () => Promise<void>;
  /** Bytes and requests since the last call. */
  take: () => { bytes: number; requests: number };
}

async function openPage(
  browser: Browser,
  baseUrl: string,
  kind: Kind,
  debounceMs: number,
): Promise<OpenPage> {
  // No service worker: a first visit, and the same for both pages (the site's worker would store
  // files while the page loads and could answer later requests from its cache).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (kind === 'plain') {
    await page.route(`${baseUrl}${PLAIN_PATH}`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: plainPage(debounceMs) }),
    );
  }
  let bytes = 0;
  let requests = 0;
  // The context sees the requests of Pagefind's web worker too; the page alone does not.
  context.on('requestfinished', (request) => {
    requests += 1;
    void request
      .sizes()
      .then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize))
      .catch(() => undefined);
  });
  await page.goto(`${baseUrl}${kind === 'site' ? '/tim-kiem/' : PLAIN_PATH}`, {
    waitUntil: 'networkidle',
  });
  await page
    .locator(kind === 'site' ? '#tim-kiem[data-san-sang]' : 'body[data-ready]')
    .waitFor({ state: 'attached' });
  await page.locator(INPUT[kind]).waitFor();
  return {
    kind,
    page,
    close: () => context.close(),
    take: () => {
      const out = { bytes, requests };
      bytes = 0;
      requests = 0;
      return out;
    },
  };
}

/**
 * How many times each page is opened fresh for a first query. One cold query per page is a single
 * sample on a machine whose load moves: on 02/12/2026 the plain page's first query took 364 ms on
 * the real site and 253 ms at ×10 in the same run. The median of a few fresh pages is reported.
 */
const FIRST_QUERY_ROUNDS = 5;

/**
 * Both pages side by side: the first query typed into freshly opened pages FIRST_QUERY_ROUNDS
 * times, which page goes first swapped at each round; then, in the last round's pages, every later
 * query typed into one page and then the other, the order swapped at each query, so that a change
 * in the machine's load falls on both alike.
 */
async function measurePages(
  browser: Browser,
  baseUrl: string,
  debounceMs: number,
): Promise<Record<Kind, PageFigures>> {
  /** One list of samples per page kind. */
  const perKind = <T>() =>
    new Map<Kind, T[]>([
      ['plain', []],
      ['site', []],
    ]);
  const loaded = perKind<number>();
  const first = perKind<{ first: number; complete: number }>();
  const firstBytes = perKind<{ bytes: number; requests: number }>();
  const later = perKind<{ first: number; complete: number }>();
  for (let round = 0; round < FIRST_QUERY_ROUNDS; round++) {
    const plain = await openPage(browser, baseUrl, 'plain', debounceMs);
    const site = await openPage(browser, baseUrl, 'site', debounceMs);
    try {
      const pages = round % 2 === 0 ? [plain, site] : [site, plain];
      for (const p of pages) loaded.get(p.kind)!.push(p.take().bytes);
      for (const p of pages) {
        first.get(p.kind)!.push(await typeAndTime(p.page, p.kind, QUERIES[0]));
        await p.page.waitForLoadState('networkidle');
        // Requests still finishing are counted with the first query.
        await p.page.waitForTimeout(300);
        firstBytes.get(p.kind)!.push(p.take());
      }
      if (round < FIRST_QUERY_ROUNDS - 1) continue;
      let i = 0;
      for (const query of [...QUERIES.slice(1), ...MORE_QUERIES]) {
        const order = i++ % 2 === 0 ? pages : [...pages].reverse();
        for (const p of order) later.get(p.kind)!.push(await typeAndTime(p.page, p.kind, query));
      }
    } finally {
      await plain.close();
      await site.close();
    }
  }
  const figures = (kind: Kind): PageFigures => ({
    pageBytes: median(loaded.get(kind)!),
    firstQueryBytes: median(firstBytes.get(kind)!.map((b) => b.bytes)),
    firstQueryRequests: median(firstBytes.get(kind)!.map((b) => b.requests)),
    firstMs: median(first.get(kind)!.map((f) => f.first)),
    firstSamplesMs: first.get(kind)!.map((f) => Math.round(f.first)),
    firstCompleteMs: median(first.get(kind)!.map((f) => f.complete)),
    laterMs: median(later.get(kind)!.map((l) => l.first)),
    laterCompleteMs: median(later.get(kind)!.map((l) => l.complete)),
  });
  return { plain: figures('plain'), site: figures('site') };
}

/** Site ÷ plain Pagefind, two decimals. */
const ratio = (site: number, plain: number) =>
  plain > 0 ? Number((site / plain).toFixed(2)) : NaN;

export async function benchSearch(opts: {
  baseUrl: string;
  distDir: string;
}): Promise<Record<string, number | string>> {
  const sizes = indexSizes(opts.distDir);
  const html = readFileSync(join(opts.distDir, 'tim-kiem', 'index.html'), 'utf8');
  const debounce = Number(html.match(/<pagefind-input[^>]*\bdebounce="(\d+)"/)?.[1] ?? 300);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    // Each page in its own context, so neither gains from the other's files in a cache.
    const { plain, site } = await measurePages(browser, opts.baseUrl, debounce);
    const ms = Math.round;
    return {
      'tìm kiếm: byte tải trang /tim-kiem/': site.pageBytes,
      'tìm kiếm: byte tải cho truy vấn đầu (trung vị)': site.firstQueryBytes,
      'tìm kiếm: số yêu cầu cho truy vấn đầu': site.firstQueryRequests,
      [`tìm kiếm: ms từ phím cuối tới kết quả đầu (truy vấn đầu, trung vị ${FIRST_QUERY_ROUNDS} trang mới mở)`]:
        ms(site.firstMs),
      'tìm kiếm: ms tới kết quả đầu, từng trang mới mở (truy vấn đầu)':
        site.firstSamplesMs.join(' '),
      'tìm kiếm: ms từ phím cuối tới kết quả đầu (trung vị các truy vấn sau)': ms(site.laterMs),
      'tìm kiếm: ms tới khi gộp đủ mọi cách đọc (truy vấn đầu, trung vị)': ms(site.firstCompleteMs),
      'tìm kiếm: ms tới khi gộp đủ mọi cách đọc (trung vị các truy vấn sau)': ms(
        site.laterCompleteMs,
      ),
      'Pagefind thuần: byte tải trang': plain.pageBytes,
      'Pagefind thuần: byte tải cho truy vấn đầu (trung vị)': plain.firstQueryBytes,
      'Pagefind thuần: số yêu cầu cho truy vấn đầu': plain.firstQueryRequests,
      [`Pagefind thuần: ms tới kết quả đầu (truy vấn đầu, trung vị ${FIRST_QUERY_ROUNDS} trang mới mở)`]:
        ms(plain.firstMs),
      'Pagefind thuần: ms tới kết quả đầu, từng trang mới mở (truy vấn đầu)':
        plain.firstSamplesMs.join(' '),
      'Pagefind thuần: ms tới kết quả đầu (trung vị các truy vấn sau)': ms(plain.laterMs),
      'tỉ số trang ÷ Pagefind thuần: byte truy vấn đầu': ratio(
        site.firstQueryBytes,
        plain.firstQueryBytes,
      ),
      'tỉ số trang ÷ Pagefind thuần: thời gian tới kết quả đầu': ratio(site.firstMs, plain.firstMs),
      'tỉ số trang ÷ Pagefind thuần: thời gian các truy vấn sau': ratio(
        site.laterMs,
        plain.laterMs,
      ),
      'tìm kiếm: chờ sau phím cuối trước khi tìm (ms, cả hai trang, đã tính trong độ trễ)':
        debounce,
      'tìm kiếm: byte chỉ mục': sizes.indexBytes,
      'tìm kiếm: byte cả bộ Pagefind (chỉ mục, script, style)': sizes.bundleBytes,
      'tìm kiếm: số tệp Pagefind': sizes.files,
      'tìm kiếm: truy vấn đo': [...QUERIES, ...MORE_QUERIES].join(' | '),
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

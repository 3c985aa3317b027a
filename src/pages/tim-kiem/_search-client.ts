/**
 * The search page's only script. It loads Pagefind's Component UI, gives it Vietnamese labels and
 * a result layout (type, title, excerpt, the sections that matched), and wraps Pagefind's search
 * so that a query also runs as the spellings it may stand for (`d` → `đ`, abbreviations): see
 * src/lib/search.ts. The wrapping goes through the UI's documented `bundlePath` option: it points
 * at /pagefind/tim-kiem/pagefind.js (./_pagefind-bundle.js), a small module that re-exports
 * Pagefind's own and hands the instance to `decorate` below.
 */
import {
  answerOnce,
  buildQueries,
  chosenFilters,
  countFilters,
  knownInIndex,
  mergeResults,
  planQuery,
  SEARCH_RANKING,
  rememberSearches,
  spellingsToCheck,
  termCount,
  wordsOfAddress,
  wordsSideBySide,
  type FacetMap,
  type PlannedQuery,
  type Synonym,
} from '../../lib/search.ts';

/** The parameter of the 404 page's link: search the words of the address that was not found. */
const FROM_ADDRESS = 'tu-dia-chi';

/** Written by scripts/index-search.ts next to the search bundle. */
const FACETS_URL = `${import.meta.env.BASE_URL}pagefind/tim-kiem/facets.json`;

type FilterCounts = Record<string, Record<string, number>>;
type FilterSelection = Record<string, string[] | string>;

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number; location: number }[];
  anchor?: unknown;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: SubResult[];
}

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<ResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
  timings?: unknown;
}

interface SearchOptions {
  filters?: FilterSelection;
  sort?: Record<string, string>;
}

interface PagefindApi {
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindResponse | null>;
  preload: (term: string, options?: SearchOptions) => Promise<void>;
  filters: () => Promise<FilterCounts>;
}

interface Instance {
  searchTerm: string;
  announce: (key: string, params?: Record<string, unknown>, politeness?: string) => void;
  triggerSearch: (term: string) => void;
  triggerFilters?: (filters: FilterSelection) => void;
  setTranslations: (strings: Record<string, string>) => void;
  on: (event: string, callback: (...args: unknown[]) => void) => void;
}

interface PagefindComponents {
  configureInstance: (name: string, options: Record<string, unknown>) => Instance;
  getInstanceManager: () => { getInstance: (name: string) => Instance };
}

const root = document.getElementById('tim-kiem');
const synonyms = JSON.parse(root?.dataset['synonyms'] ?? '[]') as Synonym[];

/** How many Pagefind responses a page keeps for reuse. */
const RECENT_SEARCHES = 24;

/** How many results the latest search found, all of them, not only the batch on screen. */
let lastResultCount: number | undefined;

/** Written by scripts/index-search.ts: the index's words with `d` or `đ`. */
const D_WORDS_URL = '/pagefind/tim-kiem/tu-d.json';

/** The Component UI instance, once configured (see `start`). */
let uiInstance: Instance | undefined;

/** Whether the response on screen is the first query's alone, the others still running. */
let partialShown = false;

/** Whether the answer being drawn counts its facets over every reading (from the facet map). */
let facetsExact = false;

/**
 * Called once the filters are reached for: loads the facet map and Pagefind's own filters, then
 * searches again so that the counts are exact.
 */
let facetMapWanted: (() => void) | undefined;

/** Whether Pagefind's filters are loaded, so that a dropdown has values to list when opened. */
let filtersReady = false;

/**
 * Whether the filters were reached for. On a page opened without words Pagefind loads only when a
 * dropdown opens, after the touch that asked for the filters: `decorate` then loads them at once.
 */
let filtersWanted = false;

/** Set once Pagefind is loaded: loads the index chunks of every reading of the words typed. */
let preloadTerm: ((term: string) => void) | undefined;

/** Wraps a Pagefind instance so that one search runs every reading of the query and merges. */
function decorate(api: PagefindApi): PagefindApi {
  // The last searches, answered again without Pagefind (Pagefind does not cache; each took a
  // second on a large site). Keeping the responses also keeps their results' data alive in
  // Pagefind's worker.
  const pagefindSearch = api.search;
  let search = rememberSearches(pagefindSearch, RECENT_SEARCHES);

  // Which d/đ spellings the index has, from its own word list (a few kilobytes, fetched while
  // Pagefind loads); one trial search per spelling only if that list cannot be read.
  const dWords: Promise<string[] | null> = fetch(D_WORDS_URL)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : null))
    .catch(() => null);
  const tried = new Map<string, Promise<boolean>>();
  const isKnown = async (spelling: string): Promise<boolean> => {
    const words = await dWords;
    if (words) return knownInIndex(spelling, words);
    let answer = tried.get(spelling);
    if (!answer) {
      answer = search(spelling).then((r) => (r?.results.length ?? 0) > 0);
      tried.set(spelling, answer);
    }
    return answer;
  };

  // Which facet values each page carries, to count facets over merged results exactly: one file
  // written with the index (scripts/index-search.ts). Nothing on screen needs it until the filters
  // are used, so it is fetched then (it grows with the site: a first query does not pay for it).
  let facets: Promise<FacetMap> | undefined;
  const facetMap = () =>
    (facets ??= fetch(FACETS_URL).then((r) => {
      if (!r.ok) throw new Error(`${FACETS_URL}: ${r.status}`);
      return r.json() as Promise<FacetMap>;
    }));

  // Pagefind's own filters: once loaded (by `filters()`), every search counts every value of every
  // filter over all its results, whether or not anyone looks at the counts. At ×100 that made a
  // search for "510/QĐ-UBND" (23,156 results, 10,998 agencies as values) take 2.3–4.9 s instead of
  // 0.24 s. Until the filters are reached for, the instance is told there are none yet; then they
  // load, and the search runs again with its counts.
  const loadFilters = api.filters.bind(api);
  let pagefindFilters: Promise<FilterCounts> | undefined;
  api.filters = () => pagefindFilters ?? Promise.resolve({});

  facetMapWanted = () => {
    if (facets && pagefindFilters) return;
    pagefindFilters ??= loadFilters();
    // Without the facet map the filters still work; only merged readings' counts fall back.
    void Promise.all([facetMap().catch(() => undefined), pagefindFilters])
      .then(() => {
        filtersReady = true;
        // The answers remembered so far were counted without Pagefind's filters.
        search = rememberSearches(pagefindSearch, RECENT_SEARCHES);
        // The counts on screen were the first reading's, or none: search again to show exact ones
        // (with no words, the instance asks for the filters again and gets them).
        uiInstance?.triggerSearch(uiInstance.searchTerm);
        if (!uiInstance?.searchTerm) root?.setAttribute('data-bo-loc-du', '');
      })
      .catch(() => undefined);
  };
  if (filtersWanted) facetMapWanted();

  /** The Pagefind queries a term runs as: its readings, with the spellings the index has. */
  const planned = new Map<string, Promise<PlannedQuery[]>>();
  const queriesOf = (term: string): Promise<PlannedQuery[]> => {
    // Planned once per term: while it is typed (`preloadTerm`), then for the search.
    let queries = planned.get(term);
    if (!queries) {
      const readings = planQuery(term, synonyms);
      const checks = spellingsToCheck(readings);
      queries = Promise.all(checks.map(isKnown)).then((answers) => {
        const present = new Map(checks.map((s, i) => [s, answers[i]]));
        return buildQueries(readings, (s) => present.get(s) ?? false);
      });
      planned.set(term, queries);
      if (planned.size > RECENT_SEARCHES) planned.delete(planned.keys().next().value!);
    }
    return queries;
  };

  // While the words are typed, as Pagefind's own default UI does for the words as typed: the
  // index chunks of every reading load during the wait after each key, not after it.
  preloadTerm = (term) => {
    if (!term.trim()) return;
    void queriesOf(term)
      .then((queries) => Promise.all(queries.map((q) => api.preload(q.query))))
      .catch(() => undefined);
  };

  /** Runs every reading; `onFirst` gets the first query's answer if the rest keep it waiting. */
  const expandedSearch = async (
    term: string | null,
    options: SearchOptions,
    onFirst: (response: PagefindResponse | null) => void,
  ): Promise<PagefindResponse | null> => {
    if (!term || !term.trim()) return search(term, options);
    const queries = await queriesOf(term);
    if (queries.length === 0) return search(term, options);
    const filtered = chosenFilters(options.filters).length > 0;

    const runOf = async (q: PlannedQuery) => {
      const response = await search(q.query, options);
      const results = response?.results ?? [];
      // Pages with the query's words side by side, read from the answer itself (no quoted search).
      const terms = termCount(q.query);
      const phraseIds =
        terms > 1
          ? new Set(results.filter((x) => wordsSideBySide(x.words, terms)).map((x) => x.id))
          : undefined;
      return { ...q, response, results, phraseIds };
    };
    const [firstQuery, ...otherQueries] = queries;
    const firstRun = runOf(firstQuery);
    const firstAlone = firstRun.then((run) => ({ run, results: mergeResults([run]) }));
    // Pagefind answers one message at a time in its one web worker: a slow reading ("hợp tác xã"
    // on the ×10 corpus took over a second) held back the data of the first query's results queued
    // behind it. The other readings start once the first query's best results have their data.
    const otherRuns = firstAlone.then(async ({ results }) => {
      if (otherQueries.length === 0) return [];
      await prefetch(results);
      return Promise.all(otherQueries.map(runOf));
    });
    if (otherQueries.length > 0) {
      // The first query's answer is shown at once unless the others are at hand too (answered
      // before, see `rememberSearches`): the first result does not wait for the other readings.
      void firstAlone.then(async ({ run, results }) => {
        const late = await Promise.race([
          otherRuns.then(() => false),
          new Promise<boolean>((resolve) => window.setTimeout(() => resolve(true))),
        ]);
        if (late && run.response) onFirst({ ...run.response, results });
      });
    }
    const runs = [await firstRun, ...(await otherRuns)];
    const merged = mergeResults(runs);
    // One query: its own facet counts hold, since the phrase matches are among its results.
    if (runs.length === 1 && runs[0].response) return { ...runs[0].response, results: merged };
    const unfiltered = filtered
      ? await Promise.all(queries.map((q) => search(q.query, { ...options, filters: {} })))
      : runs.map((r) => r.response);
    const allIds = new Set(unfiltered.flatMap((r) => r?.results.map((x) => x.id) ?? []));
    const first = runs.find((r) => r.response)?.response;
    // Only once the filters are used (or one is chosen): until then a reading's counts stand in.
    const pages =
      facets || filtered
        ? await facetMap().catch((error: unknown) => {
            // Without the map the results still hold; only the facet counts fall back to one
            // reading's.
            console.warn(
              'Không tải được bảng bộ lọc, số đếm theo bộ lọc chỉ tính cách đọc đầu.',
              error,
            );
            return undefined;
          })
        : undefined;
    return {
      ...first,
      results: merged,
      unfilteredResultCount: allIds.size,
      ...(pages && {
        filters: countFilters(
          merged.map((r) => r.id),
          pages,
        ),
        totalFilters: countFilters(allIds, pages),
      }),
    } as PagefindResponse;
  };

  // The UI asks for one answer per search. When the first query's answer is shown on its own,
  // the merged answer is kept here and the UI asked again for the same words, which it gets then.
  const done = new Map<string, PagefindResponse | null>();
  const keyOf = (term: string | null, options: SearchOptions = {}) =>
    JSON.stringify([term, chosenFilters(options.filters), Object.entries(options.sort ?? {})]);

  api.search = async (term, options = {}) => {
    const key = keyOf(term, options);
    if (done.has(key)) {
      const response = done.get(key)!;
      done.delete(key);
      return finish(term, response, Boolean(facets));
    }
    let answered = false;
    const shown = await new Promise<{ response: PagefindResponse | null; complete: boolean }>(
      (resolve, reject) => {
        expandedSearch(term, options, (first) => {
          if (answered) return;
          answered = true;
          resolve({ response: first, complete: false });
        }).then(
          (response) => {
            if (!answered) {
              answered = true;
              resolve({ response, complete: true });
              return;
            }
            // The first query's answer went to the UI: hand over the merged one if still current,
            // once its first results have their data, so that none of them shows as a
            // placeholder where the first answer's results were drawn (see `drawWithoutWaiting`).
            void prefetch(response?.results).then(() => {
              if (uiInstance?.searchTerm !== term) return;
              done.set(key, response);
              uiInstance.triggerSearch(term ?? '');
            });
          },
          (error: unknown) => {
            if (answered) console.error(error);
            else reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      },
    );
    const response = shown.complete
      ? finish(term, shown.response, Boolean(facets))
      : partial(term, shown.response);
    // The results element draws a placeholder for each result, then each result once its data is
    // in: two renderings of the list. At ×10 on the bench's 2-core machine the first (about 80 ms
    // of style and layout) ran while that data arrived and held back its drawing. Asking here for
    // the first results' data and waiting for it, at most DATA_WAIT_MS, draws them in one rendering.
    await Promise.race([prefetch(response?.results), wait(DATA_WAIT_MS)]);
    return response;
  };
  return api;
}

/** How long an answer waits for its first results' data before the list is drawn without it. */
const DATA_WAIT_MS = 150;

const wait = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

/**
 * Results whose data is asked for as soon as a response is in, before the results element asks
 * for the ones it has drawn in view: the fragments load while the list is drawn. Pagefind keeps a
 * fragment once loaded, so the element's own request then finds it.
 */
const PREFETCH = 5;

/** Results whose `data()` answers again from the first answer (see `rememberData`). */
const dataRemembered = new WeakSet<PagefindResult>();

/**
 * Makes a result's `data()` answer from its first call: Pagefind's own asks its worker again each
 * time (a message and the excerpt worked out anew), and a result is asked for several times: by
 * `prefetch`, by the results element, and again when the merged answer replaces the first
 * query's. The same object is kept (see `mergeResults` in src/lib/search.ts for why).
 */
function rememberData(result: PagefindResult): void {
  if (dataRemembered.has(result)) return;
  dataRemembered.add(result);
  const ask = result.data;
  result.data = answerOnce(() =>
    ask().then((data) => {
      dataArrived.add(result);
      return data;
    }),
  );
}

/** Results whose data has arrived: drawn at once when a list shows them again. */
const dataArrived = new WeakSet<PagefindResult>();

/** The parts of Pagefind's `<pagefind-results>` (1.6) that `drawWithoutWaiting` uses. */
interface ResultsElement extends HTMLElement {
  maxResults?: number;
  resultTemplate?: unknown;
  /** One slot per result drawn, in order: a placeholder until `load()` draws the result. */
  results?: { rawResult?: unknown; load?: () => Promise<void> }[];
}

/**
 * Pagefind's results element draws a placeholder for each result and draws the result only once
 * an IntersectionObserver has seen the placeholder on screen, a frame later at best. So the first
 * results waited a frame after their data was in, and when the merged answer replaced the first
 * query's, every result already drawn showed as a placeholder again for a frame (the list
 * flashed). After the element has laid out an answer, the first results, whose data is already
 * asked for (`prefetch`), and every result whose data has arrived are drawn without waiting: the
 * latter before the next frame, since their data answers at once. Runs after the element's own
 * handler (Pagefind calls handlers in the order they were added); with another Pagefind version
 * whose element lacks these parts it does nothing, and the list loads as before.
 */
function drawWithoutWaiting(instance: Instance, results: ResultsElement): void {
  instance.on('results', (response) => {
    const answer = (response as PagefindResponse | undefined)?.results ?? [];
    const slots = results.results;
    if (!Array.isArray(slots)) return;
    slots.forEach((slot, i) => {
      const result = answer[i];
      // Slots of another answer (the element's handler did not run first): left to the element.
      if (!result || slot.rawResult !== result || typeof slot.load !== 'function') return;
      if (i < PREFETCH || dataArrived.has(result)) void slot.load();
    });
  });
}

/** Asks for the data of the first results; settles once they have it (or failed to). */
async function prefetch(results: readonly PagefindResult[] = []): Promise<void> {
  // The batch on screen: those the results element may ask for.
  for (const result of results.slice(0, BATCH)) rememberData(result);
  await Promise.all(results.slice(0, PREFETCH).map((r) => r.data().catch(() => undefined)));
}

/** An answer of every reading: counted, and marked for tests and scripts/bench-search.ts. */
function finish(
  term: string | null,
  response: PagefindResponse | null,
  exactFacets: boolean,
): PagefindResponse | null {
  partialShown = false;
  lastResultCount = response?.results.length;
  root?.setAttribute('data-ket-qua-du', term ?? '');
  facetsExact = exactFacets;
  return response;
}

/** The first query's answer, shown while the other readings run. */
function partial(term: string | null, response: PagefindResponse | null) {
  partialShown = true;
  lastResultCount = response?.results.length;
  if (root?.getAttribute('data-ket-qua-du') === term) root?.removeAttribute('data-ket-qua-du');
  return response;
}

/**
 * The sub-result a reader should land on: the part of the page whose hits weigh most, counting
 * Pagefind's weights (a quote of the plan weighs less than the page's own explanation,
 * `data-pagefind-weight` in src/components/plan-quote.astro). None when that part is the page's
 * own opening, before any section: the result then links to the top of the page.
 */
function bestSection(data: ResultData): SubResult | undefined {
  const weight = (s: SubResult) =>
    s.weighted_locations?.reduce((sum, l) => sum + l.weight, 0) ?? s.locations?.length ?? 0;
  const best = (data.sub_results ?? []).reduce<SubResult | undefined>(
    (top, s) => (!top || weight(s) > weight(top) ? s : top),
    undefined,
  );
  return best?.anchor ? best : undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** One result: its type, its title linking where the hits are, an excerpt, other sections. */
function renderResult(data: ResultData): HTMLElement {
  const item = element('li', 'kq');
  const type = data.filters?.['loai']?.[0];
  if (type) {
    const label = element('p', 'kq-loai');
    label.append(element('span', 'sr-only', 'Loại: '), type);
    item.append(label);
  }
  const best = bestSection(data);
  const heading = element('h2', 'kq-tieu-de');
  const link = element('a', 'kq-lien-ket', data.meta['title'] ?? data.url);
  link.href = best?.url ?? data.url;
  heading.append(link);
  item.append(heading);
  // A section of a long page names the page it belongs to, then where the hits are.
  const page = data.meta['trang'];
  if (page) item.append(element('p', 'kq-trang', `Trong: ${page}`));
  if (best && best.title !== data.meta['title']) item.append(element('p', 'kq-vi-tri', best.title));
  const excerpt = element('p', 'kq-trich');
  // Pagefind escapes the page text and only adds <mark> around the hits.
  excerpt.innerHTML = best?.excerpt || data.excerpt;
  item.append(excerpt);

  const others = (data.sub_results ?? [])
    .filter((s) => s.anchor && s !== best)
    .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
    .slice(0, 2);
  if (others.length > 0) {
    const list = element('ul', 'kq-doan-khac');
    list.setAttribute('aria-label', 'Chỗ khác trong trang này');
    for (const sub of others) {
      const li = element('li', 'kq-doan');
      const a = element('a', 'kq-doan-lien-ket', sub.title);
      a.href = sub.url;
      const p = element('p', 'kq-doan-trich');
      p.innerHTML = sub.excerpt;
      li.append(a, p);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

const translations: Record<string, string> = {
  placeholder: root?.dataset['placeholder'] ?? '',
  search_label: 'Tìm trong trang',
  clear_search: 'Xoá',
  results_label: 'Kết quả tìm kiếm',
  zero_results:
    'Không tìm thấy kết quả nào cho “[SEARCH_TERM]”. Hãy thử từ khác hoặc bớt từ; gõ có dấu hay không dấu đều được.',
  many_results: '[COUNT] kết quả cho “[SEARCH_TERM]”',
  one_result: '[COUNT] kết quả cho “[SEARCH_TERM]”',
  searching: 'Đang tìm “[SEARCH_TERM]”…',
  error_search: 'Không tải được bộ tìm kiếm. Hãy tải lại trang.',
  keyboard_navigate: 'di chuyển',
  input_hint: 'Kết quả hiện ra khi bạn gõ',
};

/**
 * Pagefind's filter dropdowns name their parts in English outside its translations ("Cơ quan, 2
 * results", "Loại nội dung, 1 filter selected"), and leave the trigger, a `combobox`, without a
 * name when nothing is selected (a combobox takes no name from its text). Say it in Vietnamese,
 * name the trigger by its label, and keep each option's visible text part of its name.
 */
function fixFilterLabels(container: Element) {
  const fix = (el: Element) => {
    // The option's label and count are two spans with nothing between: "Cơ quan2" to anything
    // that reads the visible text, which then is not part of the name.
    const optionLabel = el.querySelector(':scope > .pf-dropdown-option-label');
    if (optionLabel?.nextSibling instanceof Element) optionLabel.after(' ');
    const label = el.getAttribute('aria-label');
    if (label === null) {
      const text = el.querySelector('.pf-dropdown-trigger-label')?.textContent?.trim();
      if (el.getAttribute('role') === 'combobox' && text) el.setAttribute('aria-label', text);
      return;
    }
    const fixed = label
      .replace(/, (\d+) results?$/, ', $1 kết quả')
      .replace(/, (\d+) filters? selected$/, ', đã chọn $1');
    if (fixed !== label) el.setAttribute('aria-label', fixed);
  };
  const selector = '[aria-label], [role="combobox"]';
  container.querySelectorAll(selector).forEach(fix);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') fix(record.target as Element);
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) [node, ...node.querySelectorAll(selector)].forEach(fix);
      });
    }
  }).observe(container, { subtree: true, childList: true, attributeFilter: ['aria-label'] });
}

/**
 * Pagefind marks a clear button with nothing to clear `aria-disabled` yet keeps it in the Tab
 * order (three "Xóa" stops before any result): hidden until there is something to clear.
 */
function hideDisabledButtons(container: Element) {
  const sync = (button: Element) => {
    if (button instanceof HTMLButtonElement) {
      button.hidden = button.getAttribute('aria-disabled') === 'true';
    }
  };
  container.querySelectorAll('[aria-disabled]').forEach(sync);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') sync(record.target as Element);
      record.addedNodes.forEach((node) => {
        if (node instanceof Element)
          [node, ...node.querySelectorAll('[aria-disabled]')].forEach(sync);
      });
    }
  }).observe(container, { subtree: true, childList: true, attributeFilter: ['aria-disabled'] });
}

/** The parts of Pagefind's `<pagefind-filter-dropdown>` (1.6) that `buildValuesWhenOpen` wraps. */
interface FilterDropdown extends HTMLElement {
  isOpen?: boolean;
  updateOptions?: () => void;
  open?: () => void;
}

/**
 * Pagefind's filter dropdowns rebuild their list of values on every search, open or not: with
 * the 972 agencies of the ×10 corpus that was about 50 ms a query, and the page's style and layout
 * grew with them (docs/performance.md). Each list is built when its dropdown opens and kept
 * current while open; a closed dropdown only notes that its values changed. The trigger, its
 * label and the selected count are Pagefind's as before.
 */
function buildValuesWhenOpen(container: Element) {
  for (const dropdown of container.querySelectorAll<FilterDropdown>('pagefind-filter-dropdown')) {
    const update = dropdown.updateOptions;
    const open = dropdown.open;
    // Another Pagefind version: left as it is, only slower.
    if (typeof update !== 'function' || typeof open !== 'function') continue;
    let stale = false;
    dropdown.updateOptions = function (this: FilterDropdown) {
      if (this.isOpen && filtersReady) update.call(this);
      else {
        stale = true;
        // Pagefind would say the filter does not exist (in English, as an alert).
        if (this.isOpen) showLoading(this);
      }
    };
    dropdown.open = function (this: FilterDropdown) {
      if (stale && !this.isOpen && filtersReady) {
        stale = false;
        update.call(this);
      }
      open.call(this);
      // Before Pagefind's filters have loaded (see `decorate`) the list says so; it is drawn when
      // they arrive.
      if (!filtersReady) showLoading(this);
    };
  }
}

/** A dropdown's list while Pagefind's filters load; Pagefind's own drawing replaces it. */
function showLoading(dropdown: Element) {
  const options = dropdown.querySelector('.pf-dropdown-options');
  if (!options) return;
  const line = element('div', 'pf-dropdown-option', 'Đang tải các giá trị lọc…');
  options.setAttribute('aria-busy', 'true');
  options.replaceChildren(line);
}

/** The filters sit beside the results on a wide screen: unfolded there, folded on a phone. */
function unfoldFiltersWhenWide() {
  const fold = document.querySelector<HTMLDetailsElement>('.search-filters-fold');
  const wide = window.matchMedia('(min-width: 60rem)');
  if (fold && wide.matches) fold.open = true;
}

/** Results shown per batch; the markup's `max-results` holds the first batch. */
const BATCH = 20;

/**
 * "Xem thêm kết quả": Pagefind's results element shows `maxResults` results, so the button raises
 * it by a batch and runs the same search again (answered from Pagefind's cache), then moves focus
 * to the first new result so a keyboard or screen-reader user carries on where the list grew.
 */
function showMore(instance: Instance, results: ResultsElement): void {
  const button = document.getElementById('xem-them') as HTMLButtonElement | null;
  if (!button) return;
  let total = 0;
  let focusFrom: number | null = null;
  const shown = () => results.maxResults ?? BATCH;
  instance.on('results', (response) => {
    total = (response as { results?: unknown[] } | undefined)?.results?.length ?? 0;
    const rest = total - shown();
    button.hidden = rest <= 0;
    if (rest > 0) button.textContent = `Xem thêm ${Math.min(BATCH, rest)} kết quả (còn ${rest})`;
    if (focusFrom !== null) {
      const index = focusFrom;
      focusFrom = null;
      focusResult(results, index);
    }
  });
  instance.on('search', () => {
    // A new query starts again from the first batch.
    if (focusFrom === null) results.maxResults = BATCH;
  });
  // Pagefind announces the number of results it draws, which is the batch: screen readers must
  // hear the real number, as the summary shows it. After "Xem thêm", focus on the new result says
  // enough, so the count is not announced again.
  const announce = instance.announce.bind(instance);
  instance.announce = (key, params = {}, politeness) => {
    // The first query's answer shown while the other readings run: the count is said once merged.
    if (partialShown && /_results?$/.test(key)) return;
    if (!/many_results$/.test(key) || lastResultCount === undefined) {
      announce(key, params, politeness);
    } else if (focusFrom === null) {
      announce(key, { ...params, COUNT: lastResultCount }, politeness);
    }
  };
  button.addEventListener('click', () => {
    focusFrom = shown();
    results.maxResults = shown() + BATCH;
    instance.triggerSearch(instance.searchTerm);
  });
}

/**
 * Focuses the link of result `index` once Pagefind has drawn it. Pagefind loads a result when it
 * scrolls into view, so the result is brought into view first.
 */
function focusResult(results: ResultsElement, index: number): void {
  const item = () => results.querySelectorAll<HTMLElement>(':scope > ul > li')[index];
  const find = () => item()?.querySelector('a');
  // Drawn at once too (see `drawWithoutWaiting`): the results above it grow as they are drawn and
  // could push it out of view before Pagefind's observer saw it, which then never draws it.
  void results.results?.[index]?.load?.();
  item()?.scrollIntoView({ block: 'center' });
  const link = find();
  if (link) {
    link.focus();
    return;
  }
  const observer = new MutationObserver(() => {
    const found = find();
    if (found) {
      observer.disconnect();
      found.focus();
    }
  });
  observer.observe(results, { subtree: true, childList: true });
  window.setTimeout(() => observer.disconnect(), 10_000);
}

async function start() {
  // Loaded here rather than by a tag, so that the instance is configured before anything loads.
  const uiUrl = `${import.meta.env.BASE_URL}pagefind/pagefind-component-ui.js`;
  await import(/* @vite-ignore */ uiUrl);
  const components = (window as unknown as { PagefindComponents: PagefindComponents })
    .PagefindComponents;
  const instance = components.configureInstance('default', {
    bundlePath: `${import.meta.env.BASE_URL}pagefind/tim-kiem/`,
    excerptLength: 24,
    ranking: SEARCH_RANKING,
    decorate,
  });
  uiInstance = instance;
  instance.setTranslations(translations);
  const results = document.querySelector<ResultsElement>('pagefind-results');
  if (results) results.resultTemplate = renderResult;
  const filters = document.querySelector('.search-filters');
  if (filters) buildValuesWhenOpen(filters);
  if (filters) fixFilterLabels(filters);
  if (filters) hideDisabledButtons(filters);
  unfoldFiltersWhenWide();
  // The facet map is fetched once the filters are reached for (see `decorate`).
  const wantFacets = () => {
    filtersWanted = true;
    facetMapWanted?.();
  };
  for (const type of ['pointerdown', 'focusin', 'keydown']) {
    filters?.addEventListener(type, wantFacets, { passive: true });
  }

  if (results) showMore(instance, results);
  if (results) drawWithoutWaiting(instance, results);
  // After the filters have drawn an answer whose counts are exact (tests wait for it).
  instance.on('results', () => {
    if (facetsExact) root?.setAttribute('data-bo-loc-du', '');
  });

  // The address keeps the query, so a search can be shared, bookmarked and reloaded. Written once
  // the first results are drawn, when the page is idle: `replaceState` is main-thread time (up to
  // 15 ms on the bench's 2-core machine, once 37 ms at ×10), and written as soon as the answer came
  // it ran while the page waited for the first results' data, and held back their drawing.
  let addressTerm: string | undefined;
  instance.on('search', (term) => {
    addressTerm = typeof term === 'string' ? term.trim() : '';
  });
  const whenIdle = (task: () => void) =>
    // Safari has no requestIdleCallback.
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(task, { timeout: 1000 })
      : setTimeout(task, 50);
  instance.on('results', (response) => {
    if (addressTerm === undefined) return;
    void prefetch((response as PagefindResponse | undefined)?.results).then(() =>
      whenIdle(() => {
        if (addressTerm === undefined) return;
        const q = addressTerm;
        addressTerm = undefined;
        const url = new URL(window.location.href);
        if (q) url.searchParams.set('q', q);
        else url.searchParams.delete('q');
        url.searchParams.delete(FROM_ADDRESS);
        window.history.replaceState(null, '', url);
      }),
    );
  });

  // Every key: the index chunks of the words typed so far start loading (see `preloadTerm`).
  document.querySelector('pagefind-input')?.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement) preloadTerm?.(event.target.value);
  });

  const params = new URL(window.location.href).searchParams;
  // The 404 page's link: search the words of the address not found, the page it came from.
  const q =
    params.get('q')?.trim() ||
    (params.has(FROM_ADDRESS) ? wordsOfAddress(document.referrer, window.location.origin) : '');
  const header = document.getElementById('o-tim-kiem') as HTMLInputElement | null;
  if (header && q) header.value = q;
  if (q) instance.triggerSearch(q);
  root?.setAttribute('data-san-sang', '');
}

start().catch((error: unknown) => {
  console.error(error);
  document.getElementById('tim-kiem-loi')?.removeAttribute('hidden');
});

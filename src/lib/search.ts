/**
 * Query expansion for the site search, as pure functions the search page runs in the browser.
 *
 * Pagefind folds combining marks (a query "vay von" finds "vay vốn") but keeps `đ` as a letter of
 * its own, so "dat dai" finds nothing. It also cannot know that HTX and "hợp tác xã" are the same
 * thing. Rather than index a folded copy of the text (which would then show up in excerpts), the
 * search page runs the query as typed plus the spellings it may stand for ("đat đai", "hợp tác
 * xã"), and merges the results: excerpts always come from the real text.
 *
 * Pagefind drops a query word it cannot find anywhere and matches the rest, so "dat dai" alone
 * would return every page with "dài". Spellings are therefore checked word by word first and only
 * the ones the index knows are combined into queries.
 */
import { foldVi } from './vietnamese.ts';
import type { PlanParagraph, PlanSection } from './plan-parser.ts';
import { headingWords, sectionLabel } from './plans.ts';

/** An abbreviation and its full form, as the glossary writes them ("HTX", "hợp tác xã"). */
export interface Synonym {
  /** The abbreviation as written in the text ("HTX", "QĐ"). */
  short: string;
  /** Its full form ("hợp tác xã", "Quyết định"). */
  long: string;
  /**
   * Whether the full form typed also searches the abbreviation. True for abbreviations the text
   * uses as words (HTX); false for codes found only inside document numbers (SKHĐT), where "Sở Kế
   * hoạch và Đầu tư" would otherwise bring up a document number instead of the department.
   */
  bothWays: boolean;
  /**
   * The abbreviation never occurs in the text, so its full form is the better reading of what was
   * typed and comes first. Default false: the abbreviation as typed comes first.
   */
  preferFull?: boolean;
}

/** One way of reading the query: its words, each with the spellings it may stand for. */
export interface QueryReading {
  /** Per word of the query: the spelling as typed first, then its alternatives. */
  words: string[][];
  /** Preference for this reading, 1 for the query as typed. */
  weight: number;
}

/** A query to run, with the weight its results get when merged. */
export interface PlannedQuery {
  query: string;
  weight: number;
  /** Index of the reading it spells; scores are comparable only within one reading. */
  reading: number;
}

/** A result as the Pagefind JS API returns it; only the fields merging needs. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** Weight of a reading that swaps an abbreviation for its full form or back. */
export const SYNONYM_WEIGHT = 0.8;
/** Weight of a reading that keeps an abbreviation the text never uses (see `preferFull`). */
export const UNUSED_ABBREVIATION_WEIGHT = 0.5;
/** Added to the score of a page that has the query's words side by side, in order. */
export const PHRASE_BONUS = 1;
/** Weight of `đ` put in a word the user typed with other diacritics: they chose not to type it. */
export const TYPED_DIACRITICS_D_WEIGHT = 0.5;
/** At most this many queries run for one search, so a long query stays fast. */
export const MAX_QUERIES = 8;

/**
 * The Pagefind metadata field that holds a guidance page's plain-language summary (the page's
 * description, marked by the layout's `guidance` prop).
 */
export const GUIDANCE_META = 'huong-dan';

/**
 * Pagefind's ranking options for the search page. A query word found in a guidance summary adds
 * to the score as a title word does (Pagefind's own title weight is 5): a citizen's "vay von"
 * otherwise found the task whose title says "vay vốn" first and the credit guidance second, and
 * "thue dat" found three tasks before the land guidance. Measured on the real site with every
 * query of the ranking tests (test/browser/search.test.ts): at 5 "vay von" stays second (32.4
 * against the task's 34.9); 6, 8 and 10 put both guidance pages first; 8 leaves a margin.
 */
export const SEARCH_RANKING = { metaWeights: { [GUIDANCE_META]: 8 } } as const;

/**
 * Pagefind weight (`data-pagefind-weight`) of what a page repeats from other pages: an agency's
 * duty lists restate its tasks (each indexed on its own page), and the passages that name it quote
 * the plan. At full weight the ten agency pages listing the yearly report outranked the plan's own
 * paragraph (Mục IV.1, 13th for "huyen bao cao truoc 15/12"); the same weight as a quote of the
 * plan (plan-quote.astro) brings it into the first three. The agency's own name, kind and
 * contacts keep full weight, so searches for the agency still find its page.
 */
export const DERIVED_WEIGHT = '0.3';

const VOWELS = /[aeiouy]/i;
const LETTERS = /\p{L}/u;

/** NFC, single spaces, no surrounding white space. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** True when a word carries any Vietnamese diacritic, `đ` included. */
export function hasDiacritics(word: string): boolean {
  return foldVi(word) !== word.normalize('NFC');
}

/**
 * Abbreviations and document-number codes may have `đ` anywhere (QĐ, NĐ, HĐND, SKHĐT); a
 * Vietnamese syllable only at its start (đất, Điều). A piece with no vowel, or typed in capitals,
 * reads as an abbreviation.
 */
function looksLikeAbbreviation(piece: string): boolean {
  const folded = foldVi(piece);
  if (!VOWELS.test(folded)) return true;
  return piece.length >= 2 && piece === piece.toUpperCase() && piece !== piece.toLowerCase();
}

/** The spellings of one run of letters with `d` read as `đ` where Vietnamese allows it. */
function pieceSpellings(piece: string): string[] {
  const positions: number[] = [];
  const chars = [...piece];
  if (looksLikeAbbreviation(piece)) {
    chars.forEach((c, i) => {
      if (c === 'd' || c === 'D') positions.push(i);
    });
  } else if (chars[0] === 'd' || chars[0] === 'D') {
    positions.push(0);
  }
  const used = positions.slice(0, 3);
  const spellings: string[] = [];
  for (let mask = 0; mask < 1 << used.length; mask++) {
    const out = [...chars];
    used.forEach((pos, bit) => {
      if (mask & (1 << bit)) out[pos] = out[pos] === 'D' ? 'Đ' : 'đ';
    });
    spellings.push(out.join(''));
  }
  return spellings;
}

/**
 * The spellings a typed word may stand for with `d` read as `đ`: "dat" → ["dat", "đat"],
 * "510/QD-UBND" → ["510/QD-UBND", "510/QĐ-UBND", …]. The word as typed comes first. Punctuation
 * inside a document number is kept; each run of letters is varied on its own.
 */
export function dSpellings(word: string, limit = 8): string[] {
  const parts = word.match(/\p{L}+|[^\p{L}]+/gu) ?? [];
  let spellings = [''];
  for (const part of parts) {
    const options = LETTERS.test(part) ? pieceSpellings(part) : [part];
    spellings = spellings.flatMap((s) => options.map((o) => s + o)).slice(0, limit);
  }
  return spellings;
}

/** Lower-case words of a text with diacritics folded, for comparing with what was typed. */
function foldedWords(text: string): string[] {
  return foldVi(text)
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * Whether a typed word stands for an abbreviation. Two-letter codes (KH, TU, CP) are also
 * ordinary syllables once folded ("tu" is tư, từ, tự…), so they count only typed in capitals.
 */
function typedAbbreviation(word: string, short: string): boolean {
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (foldVi(bare).toLowerCase() !== foldVi(short).toLowerCase()) return false;
  return [...short].length >= 3 || (bare === bare.toUpperCase() && bare !== bare.toLowerCase());
}

/** One swap an abbreviation table allows at a place of the query. */
interface Swap {
  start: number;
  end: number;
  replacement: string[];
  /** Weight factor of a reading that makes this swap. */
  applied: number;
  /** Weight factor of a reading that does not. */
  skipped: number;
}

function findSwaps(words: string[], synonyms: readonly Synonym[]): Swap[] {
  const folded = words.map((w) => foldedWords(w).join(' '));
  const swaps: Swap[] = [];
  for (const { short, long, bothWays, preferFull = false } of synonyms) {
    const longWords = foldedWords(long);
    words.forEach((word, i) => {
      if (typedAbbreviation(word, short)) {
        swaps.push({
          start: i,
          end: i + 1,
          replacement: long.split(/\s+/),
          applied: preferFull ? 1 : SYNONYM_WEIGHT,
          skipped: preferFull ? UNUSED_ABBREVIATION_WEIGHT : 1,
        });
      }
      if (
        bothWays &&
        longWords.length >= 2 &&
        longWords.every((lw, k) => folded[i + k] !== undefined && folded[i + k] === lw)
      ) {
        swaps.push({
          start: i,
          end: i + longWords.length,
          replacement: [short],
          applied: SYNONYM_WEIGHT,
          skipped: 1,
        });
      }
    });
  }
  return swaps;
}

/**
 * The readings of a query: as typed, and with abbreviations swapped for their full forms or back
 * ("htx vay von" → also "hợp tác xã vay von"). Each word comes with its `đ` spellings.
 */
export function planQuery(query: string, synonyms: readonly Synonym[] = []): QueryReading[] {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const swaps = findSwaps(words, synonyms);
  // Every set of swaps that do not overlap, fewest swaps first, so the limit keeps the closest.
  let sets: Swap[][] = [[]];
  for (const swap of swaps) {
    sets = [
      ...sets,
      ...sets
        .filter((set) => set.every((s) => s.end <= swap.start || swap.end <= s.start))
        .map((set) => [...set, swap]),
    ];
  }
  const weightOf = (set: Swap[]) =>
    swaps.reduce((w, swap) => w * (set.includes(swap) ? swap.applied : swap.skipped), 1);
  sets.sort((a, b) => weightOf(b) - weightOf(a) || a.length - b.length);
  const readings: QueryReading[] = [];
  const seen = new Set<string>();
  for (const set of sets.slice(0, MAX_QUERIES)) {
    const out: string[] = [];
    for (let i = 0; i < words.length;) {
      const swap = set.find((s) => s.start === i);
      if (swap) {
        out.push(...swap.replacement);
        i = swap.end;
      } else {
        out.push(words[i]);
        i += 1;
      }
    }
    const key = out.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    readings.push({
      words: out.map((w) => dSpellings(w)),
      weight: weightOf(set),
    });
  }
  return readings;
}

/** The spellings whose presence in the index must be checked before queries are built. */
export function spellingsToCheck(readings: readonly QueryReading[]): string[] {
  const out = new Set<string>();
  for (const reading of readings) {
    for (const spellings of reading.words) {
      if (spellings.length > 1) spellings.forEach((s) => out.add(s));
    }
  }
  return [...out];
}

/**
 * A word as Pagefind 1.6 searches it (its pagefind.js, before the query reaches the index): lower
 * case, opening, closing, dash and other punctuation dropped ("510/QĐ-UBND" → "510qđubnd"),
 * combining marks folded. `đ` is a letter, not a mark, so it stays.
 */
export function pagefindTerm(word: string): string {
  let out = '';
  for (const ch of word.normalize('NFC')) {
    if (!/^[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]$/u.test(ch)) out += ch.toLocaleLowerCase();
  }
  return out.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The words of a written index that a `d`/`đ` spelling can match, for `knownInIndex`: every index
 * word with a `d` or `đ`, sorted (code units) without duplicates. A spelling always has one of the
 * two letters, so a word it matches has it too. Written at build time
 * (`/pagefind/tim-kiem/tu-d.json`), it answers what a trial search per spelling used to ask.
 */
export function dWordList(indexWords: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const word of indexWords) if (/[dđ]/.test(word)) out.add(word);
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Whether a search for `spelling` alone would find anything, from the index's sorted words: as
 * Pagefind does, a term matches every index word it begins ("đat" matches "đat" of đất). Checked
 * against real trial searches by test/browser/search.test.ts.
 */
export function knownInIndex(spelling: string, sortedWords: readonly string[]): boolean {
  const term = pagefindTerm(spelling);
  if (!term) return false;
  let lo = 0;
  let hi = sortedWords.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedWords[mid] < term) lo = mid + 1;
    else hi = mid;
  }
  return sortedWords[lo]?.startsWith(term) ?? false;
}

/** How many words Pagefind searches for a query ("15/12" is one: "1512"). */
export function termCount(query: string): number {
  return normalizeQuery(query).split(' ').map(pagefindTerm).filter(Boolean).length;
}

/**
 * Whether a result has its query's `terms` words side by side: that many of the places Pagefind
 * found them (its result's `words`) within a run of `terms + gap` consecutive words, so that one
 * word may come between ("Sở Nông nghiệp và Môi trường tỉnh Gia Lai" for "so nong nghiep va moi
 * truong gia lai"). Read from the answer of the query itself, instead of a second, quoted search
 * per query (as costly again on a large site); unlike a quoted search it does not check the order.
 */
export function wordsSideBySide(positions: readonly number[], terms: number, gap = 1): boolean {
  if (terms < 2) return true;
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  for (let i = 0; i + terms - 1 < sorted.length; i++) {
    if (sorted[i + terms - 1] - sorted[i] <= terms - 1 + gap) return true;
  }
  return false;
}

/**
 * The queries to run: for every reading, each word's spellings the index knows, combined. A word
 * none of whose spellings is known stays as typed (Pagefind then ignores it). Heaviest first,
 * without duplicates, at most `limit`.
 */
export function buildQueries(
  readings: readonly QueryReading[],
  isKnown: (spelling: string) => boolean,
  limit = MAX_QUERIES,
): PlannedQuery[] {
  const best = new Map<string, PlannedQuery>();
  readings.forEach((reading, index) => {
    let partial: PlannedQuery[] = [{ query: '', weight: reading.weight, reading: index }];
    for (const spellings of reading.words) {
      const typed = spellings[0];
      const known = spellings.length > 1 ? spellings.filter(isKnown) : spellings;
      const options = (known.length > 0 ? known : [typed]).map((s) => ({
        spelling: s,
        weight: s === typed || !hasDiacritics(typed) ? 1 : TYPED_DIACRITICS_D_WEIGHT,
      }));
      partial = partial
        .flatMap((p) =>
          options.map((o) => ({
            query: p.query ? `${p.query} ${o.spelling}` : o.spelling,
            weight: p.weight * o.weight,
            reading: index,
          })),
        )
        .sort((a, b) => b.weight - a.weight)
        .slice(0, limit);
    }
    for (const p of partial) {
      const seen = best.get(p.query);
      if (!seen || seen.weight < p.weight) best.set(p.query, p);
    }
  });
  // Of equal weight, the spelling with more `đ` first: typed without diacritics, "dat dai" most
  // likely means "đất đai", and the first query's answer may be shown before the others arrive.
  const dCount = (q: string) => [...q].filter((c) => c === 'đ' || c === 'Đ').length;
  return [...best.values()]
    .sort((a, b) => b.weight - a.weight || dCount(b.query) - dCount(a.query))
    .slice(0, limit);
}

/** What a search is asked besides its words: Pagefind's `filters` and `sort` options. */
export interface SearchAsk {
  filters?: Record<string, string[] | string>;
  sort?: Record<string, string>;
}

/** The filters of an ask that choose something: an empty list or value chooses nothing. */
export function chosenFilters(filters: SearchAsk['filters'] = {}): [string, string[] | string][] {
  return Object.entries(filters).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
}

/**
 * Wraps a search so that the last `size` different asks are answered again without running: the
 * same words with the same filters and sorting (empty filters or sorting count as none). A failed
 * search is not remembered, so it is tried again.
 */
export function rememberSearches<R>(
  search: (term: string | null, options?: SearchAsk) => Promise<R>,
  size: number,
): (term: string | null, options?: SearchAsk) => Promise<R> {
  const recent = new Map<string, Promise<R>>();
  return (term, options = {}) => {
    const key = JSON.stringify([
      term,
      chosenFilters(options.filters),
      Object.entries(options.sort ?? {}),
    ]);
    let response = recent.get(key);
    if (!response) {
      response = search(term, options);
      response.catch(() => recent.delete(key));
      recent.set(key, response);
      if (recent.size > size) recent.delete(recent.keys().next().value!);
    }
    return response;
  };
}

/**
 * Wraps an ask so that it runs once and every later call gets the first call's answer, the one
 * still under way included. A failed ask is forgotten, so the next call asks again.
 */
export function answerOnce<T>(ask: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | undefined;
  return () =>
    (answer ??= ask().catch((error: unknown) => {
      answer = undefined;
      throw error;
    }));
}

/** The score Pagefind first gave each result object (mergeResults overwrites `score`). */
const firstScores = new WeakMap<ScoredResult, number>();

/**
 * Merges the results of several queries: a page found by more than one keeps its best score.
 * Spellings of one reading ("dat dai" as "đat đai" or "đat dai") have the same number of words,
 * so their Pagefind scores compare directly. Readings of different lengths do not (Pagefind adds
 * up a score per word, so "hợp tác xã" would outscore "HTX" by length alone): each reading's
 * scores are scaled so that its best result scores the reading's weight.
 *
 * Pages where a query's words stand side by side (`phraseIds`, see `wordsSideBySide`) come before
 * the others: Pagefind itself ranks "quy khong chia" in "quy định … không … chia sẻ" as high as in
 * "quỹ không chia". A run without `phraseIds` is one word long: all its results count.
 *
 * Returns the very objects it was given, each with its merged `score`, never copies: Pagefind frees
 * a result's data in its worker once the result object is garbage-collected, so a copy's `data()`
 * could later answer null (it did on a large site, leaving the results empty). The score Pagefind
 * first gave each object is remembered, so merging the same (cached) results again ranks the same.
 */
export function mergeResults<T extends ScoredResult>(
  runs: readonly (PlannedQuery & { results: readonly T[]; phraseIds?: ReadonlySet<string> })[],
): T[] {
  type Scored = { result: T; score: number };
  const readings = new Map<
    number,
    { weight: number; scores: Map<string, Scored>; phrase: Set<string> }
  >();
  for (const run of runs) {
    let reading = readings.get(run.reading);
    if (!reading) {
      reading = { weight: 0, scores: new Map(), phrase: new Set() };
      readings.set(run.reading, reading);
    }
    reading.weight = Math.max(reading.weight, run.weight);
    for (const result of run.results) {
      let pagefindScore = firstScores.get(result);
      if (pagefindScore === undefined) {
        pagefindScore = result.score;
        firstScores.set(result, pagefindScore);
      }
      const score = pagefindScore * run.weight;
      const current = reading.scores.get(result.id);
      if (!current || score > current.score) reading.scores.set(result.id, { result, score });
      if (!run.phraseIds || run.phraseIds.has(result.id)) reading.phrase.add(result.id);
    }
  }
  const best = new Map<string, Scored>();
  for (const { weight, scores, phrase } of readings.values()) {
    let top = 0;
    for (const { score } of scores.values()) top = Math.max(top, score);
    for (const { result, score: raw } of scores.values()) {
      const score =
        (top > 0 ? (raw / top) * weight : 0) + (phrase.has(result.id) ? PHRASE_BONUS : 0);
      const current = best.get(result.id);
      if (!current || score > current.score) best.set(result.id, { result, score });
    }
  }
  const merged = [...best.values()].sort((a, b) => b.score - a.score);
  for (const { result, score } of merged) result.score = score;
  return merged.map((m) => m.result);
}

/**
 * Which facet values each indexed page carries, written next to the index at build time
 * (`/pagefind/tim-kiem/facets.json`) so that the search page can count facets over the merged
 * results of several readings of a query without one filter-only search per value, which grew
 * with facet values × pages.
 */
export interface FacetMap {
  /** Each filter with its values, in the order first met. */
  filters: [name: string, values: string[]][];
  /** Pagefind's page id → for each filter (same order), the indexes of the page's values. */
  pages: Record<string, number[][]>;
}

/** Builds the facet map from the filters of each indexed page (Pagefind's fragments). */
export function facetMap(
  pages: Iterable<{ id: string; filters: Record<string, readonly string[]> }>,
): FacetMap {
  const filters: [string, string[]][] = [];
  const filterIndex = new Map<string, number>();
  const valueIndex: Map<string, number>[] = [];
  const out: Record<string, number[][]> = {};
  const list = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const page of list) {
    for (const name of Object.keys(page.filters).sort()) {
      if (!filterIndex.has(name)) {
        filterIndex.set(name, filters.length);
        filters.push([name, []]);
        valueIndex.push(new Map());
      }
    }
  }
  for (const page of list) {
    const row: number[][] = filters.map(() => []);
    for (const [name, values] of Object.entries(page.filters)) {
      const f = filterIndex.get(name)!;
      for (const value of new Set(values)) {
        let v = valueIndex[f].get(value);
        if (v === undefined) {
          v = filters[f][1].length;
          filters[f][1].push(value);
          valueIndex[f].set(value, v);
        }
        row[f].push(v);
      }
    }
    out[page.id] = row;
  }
  return { filters, pages: out };
}

/**
 * Facet counts for a set of pages: how many of them carry each value of each filter, in the
 * shape Pagefind reports them (every value listed, 0 included). Grows with the pages counted.
 */
export function countFilters(
  ids: Iterable<string>,
  map: FacetMap,
): Record<string, Record<string, number>> {
  const counts = map.filters.map(([, values]) => values.map(() => 0));
  for (const id of new Set(ids)) {
    map.pages[id]?.forEach((valueIndexes, f) => {
      for (const v of valueIndexes) counts[f][v]++;
    });
  }
  return Object.fromEntries(
    map.filters.map(([name, values], f) => [
      name,
      Object.fromEntries(values.map((value, v) => [value, counts[f][v]])),
    ]),
  );
}

/**
 * The glossary's abbreviations with a certain full form, as the search's synonym table. Only the
 * ones the text uses as words (kind `viet-tat`) are searched from their full form too.
 */
export function synonymsFromGlossary(
  entries: readonly { term: string; kind: string; expansion?: string | undefined }[],
): Synonym[] {
  return entries
    .filter((e) => e.kind !== 'thuat-ngu' && e.expansion)
    .map((e) => ({ short: e.term, long: e.expansion!, bothWays: e.kind === 'viet-tat' }));
}

/** The heading of a section without its own number (headingWords), or null. */
function headingOf(section: Pick<PlanSection, 'heading'>): string | null {
  return section.heading ? headingWords(section.heading) || null : null;
}

/** What a search result calls a section of the full text: "Mục III.2.4. Chính sách tín dụng". */
export function sectionSearchTitle(section: Pick<PlanSection, 'key' | 'heading'>): string {
  const words = headingOf(section);
  return words ? `${sectionLabel(section)}. ${words}` : sectionLabel(section);
}

/** What a search result calls a paragraph: "Mục III.2.4, đoạn 2 – Chính sách tín dụng". */
export function paragraphSearchTitle(
  section: Pick<PlanSection, 'key' | 'heading'> & { paragraphs: readonly unknown[] },
  paragraph: Pick<PlanParagraph, 'index'>,
): string {
  const base =
    section.paragraphs.length === 1
      ? sectionLabel(section)
      : `${sectionLabel(section)}, đoạn ${paragraph.index}`;
  const words = headingOf(section);
  return words ? `${base} – ${words}` : base;
}

/**
 * The words of a mistyped address, for the 404 page's "search these words": its path with the
 * separators of a slug as spaces ("/chinh-sach/tin-dunng/" → "chinh sach tin dunng"), an
 * `index.html` or file ending left out. Another site's address gives nothing.
 */
export function wordsOfAddress(address: string, origin: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return '';
  }
  if (url.origin !== origin) return '';
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  return normalizeQuery(
    path
      .replace(/(?:\/index)?\.html?$/i, '')
      .replace(/\.[a-z0-9]{1,5}$/i, '')
      .replace(/[/\-_.+]+/g, ' '),
  );
}

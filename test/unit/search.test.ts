import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  answerOnce,
  buildQueries,
  chosenFilters,
  countFilters,
  facetMap,
  dSpellings,
  dWordList,
  hasDiacritics,
  knownInIndex,
  mergeResults,
  pagefindTerm,
  normalizeQuery,
  paragraphSearchTitle,
  PHRASE_BONUS,
  planQuery,
  rememberSearches,
  sectionSearchTitle,
  spellingsToCheck,
  synonymsFromGlossary,
  termCount,
  wordsOfAddress,
  wordsSideBySide,
  type Synonym,
} from '../../src/lib/search.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { realContent } from '../helpers/paths.ts';

const synonyms: Synonym[] = [
  { short: 'HTX', long: 'hợp tác xã', bothWays: true },
  { short: 'KTTT', long: 'kinh tế tập thể', bothWays: true },
  { short: 'THT', long: 'tổ hợp tác', bothWays: true },
  { short: 'BHXH', long: 'bảo hiểm xã hội', bothWays: true },
  { short: 'TU', long: 'Tỉnh ủy', bothWays: false },
  { short: 'SKHĐT', long: 'Sở Kế hoạch và Đầu tư', bothWays: false },
];

/** The queries a search runs when the index knows exactly the words in `known`. */
function queriesFor(query: string, known: string[]): string[] {
  const set = new Set(known);
  return buildQueries(planQuery(query, synonyms), (s) => set.has(s)).map((q) => q.query);
}

describe('spellings with đ', () => {
  it('reads an initial d of a Vietnamese word as đ too', () => {
    expect(dSpellings('dat')).toEqual(['dat', 'đat']);
    expect(dSpellings('Dieu')).toEqual(['Dieu', 'Đieu']);
  });

  it('leaves a d inside a Vietnamese syllable alone', () => {
    expect(dSpellings('VssID')).toEqual(['VssID']);
    expect(dSpellings('vay')).toEqual(['vay']);
  });

  it('reads any d of an abbreviation or document code as đ', () => {
    expect(dSpellings('qd')).toEqual(['qd', 'qđ']);
    expect(dSpellings('HDND')).toEqual(['HDND', 'HĐND', 'HDNĐ', 'HĐNĐ']);
    expect(dSpellings('SKHDT')).toContain('SKHĐT');
  });

  it('keeps the punctuation of a document number and varies each code on its own', () => {
    const spellings = dSpellings('510/QD-UBND');
    expect(spellings[0]).toBe('510/QD-UBND');
    expect(spellings).toContain('510/QĐ-UBND');
    expect(spellings.every((s) => s.startsWith('510/Q') && s.includes('-UBN'))).toBe(true);
    expect(dSpellings('55/2015/ND-CP')).toContain('55/2015/NĐ-CP');
  });

  it('tells words typed with diacritics from bare ones', () => {
    expect(hasDiacritics('đất')).toBe(true);
    expect(hasDiacritics('dầu')).toBe(true);
    expect(hasDiacritics('dat')).toBe(false);
  });

  it('normalises white space and composes characters', () => {
    expect(normalizeQuery('  vay   von\n')).toBe('vay von');
    expect(normalizeQuery('vốn'.normalize('NFD'))).toBe('vốn');
  });
});

describe('queries built from what the index knows', () => {
  it('turns "dat dai" into "đat đai" when only the đ spellings exist', () => {
    expect(queriesFor('dat dai', ['đat', 'đai'])).toEqual(['đat đai']);
  });

  it('runs both readings when the index knows both spellings of a word', () => {
    expect(queriesFor('dau tu', ['dau', 'đau'])).toEqual(
      expect.arrayContaining(['dau tu', 'đau tu']),
    );
  });

  it('keeps a word the index does not know as typed', () => {
    expect(queriesFor('dat xyz', [])).toEqual(['dat xyz']);
  });

  it('finds "nghi dinh 55" as "nghi đinh 55"', () => {
    expect(queriesFor('nghi dinh 55', ['đinh'])).toEqual(['nghi đinh 55']);
  });

  it('asks about the spellings of the words that have more than one', () => {
    expect(spellingsToCheck(planQuery('vay von dat'))).toEqual(['dat', 'đat']);
  });

  it('ranks a typed word above đ put into a word typed with diacritics', () => {
    const queries = buildQueries(planQuery('dầu'), () => true);
    expect(queries[0]).toEqual({ query: 'dầu', weight: 1, reading: 0 });
    expect(queries[1].query).toBe('đầu');
    expect(queries[1].weight).toBeLessThan(1);
  });

  it('runs the spelling with more đ first among equally likely ones', () => {
    expect(queriesFor('dat dai', ['dat', 'đat', 'dai', 'đai'])[0]).toBe('đat đai');
  });

  it('never runs more than the limit of queries', () => {
    const queries = buildQueries(planQuery('dat dai dau tu don vi dia phuong'), () => true, 8);
    expect(queries).toHaveLength(8);
  });
});

describe('abbreviations', () => {
  it('searches HTX as "hợp tác xã" as well, whatever the case typed', () => {
    for (const typed of ['HTX', 'htx']) {
      const readings = planQuery(`${typed} vay von`, synonyms);
      const texts = readings.map((r) => r.words.map((w) => w[0]).join(' '));
      expect(texts).toEqual([`${typed} vay von`, 'hợp tác xã vay von']);
      expect(readings[1].weight).toBeLessThan(readings[0].weight);
    }
  });

  it('searches "hop tac xa" as HTX as well, with or without diacritics', () => {
    for (const typed of ['hop tac xa', 'Hợp tác xã']) {
      const texts = planQuery(typed, synonyms).map((r) => r.words.map((w) => w[0]).join(' '));
      expect(texts).toContain('HTX');
    }
  });

  it('knows KTTT, THT and BHXH both ways', () => {
    const texts = (q: string) =>
      planQuery(q, synonyms).map((r) => r.words.map((w) => w[0]).join(' '));
    expect(texts('KTTT')).toContain('kinh tế tập thể');
    expect(texts('kinh te tap the')).toContain('KTTT');
    expect(texts('tht')).toContain('tổ hợp tác');
    expect(texts('bao hiem xa hoi')).toContain('BHXH');
  });

  it('searches a document-number code from its full form only one way', () => {
    const texts = (q: string) =>
      planQuery(q, synonyms).map((r) => r.words.map((w) => w[0]).join(' '));
    expect(texts('so ke hoach va dau tu')).toEqual(['so ke hoach va dau tu']);
    expect(texts('SKHDT')).toContain('Sở Kế hoạch và Đầu tư');
  });

  it('reads "So KH&DT" as Sở Kế hoạch và Đầu tư first, since the text never writes KH&ĐT', () => {
    // The department abbreviations are content: the search synonyms of content/site.yaml.
    const site = siteSchema.parse(parse(readFileSync(`${realContent}/site.yaml`, 'utf8')));
    const readings = planQuery('So KH&DT', site.searchSynonyms);
    expect(readings.map((r) => r.words.map((w) => w[0]).join(' '))).toEqual([
      'So Kế hoạch và Đầu tư',
      'So KH&DT',
    ]);
    expect(readings[0].weight).toBeGreaterThan(readings[1].weight);
  });

  it('does not read a two-letter syllable typed in lower case as an abbreviation', () => {
    const texts = planQuery('dau tu', synonyms).map((r) => r.words.map((w) => w[0]).join(' '));
    expect(texts).toEqual(['dau tu']);
    const upper = planQuery('TU', synonyms).map((r) => r.words.map((w) => w[0]).join(' '));
    expect(upper).toContain('Tỉnh ủy');
  });

  it('combines abbreviations with đ spellings', () => {
    const queries = buildQueries(planQuery('htx dat dai', synonyms), (s) =>
      ['đat', 'đai'].includes(s),
    ).map((q) => q.query);
    expect(queries).toEqual(['htx đat đai', 'hợp tác xã đat đai']);
  });

  it('takes the glossary abbreviations that have a full form', () => {
    expect(
      synonymsFromGlossary([
        { term: 'HTX', kind: 'viet-tat', expansion: 'hợp tác xã' },
        { term: 'GAP', kind: 'viet-tat' },
        { term: 'quỹ không chia', kind: 'thuat-ngu' },
        { term: 'QĐ', kind: 'ky-hieu', expansion: 'Quyết định' },
      ]),
    ).toEqual([
      { short: 'HTX', long: 'hợp tác xã', bothWays: true },
      { short: 'QĐ', long: 'Quyết định', bothWays: false },
    ]);
  });
});

describe('merging the results of several queries', () => {
  it('keeps the best score of a page found by two spellings and orders by score', () => {
    const merged = mergeResults([
      { query: 'đat đai', weight: 1, reading: 0, results: [{ id: 'a', score: 4 }] },
      {
        query: 'đat dai',
        weight: 1,
        reading: 0,
        results: [
          { id: 'a', score: 2 },
          { id: 'b', score: 3 },
        ],
      },
    ]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('does not let a longer reading win by its length alone', () => {
    const merged = mergeResults([
      { query: 'HTX', weight: 1, reading: 0, results: [{ id: 'short', score: 2 }] },
      { query: 'hợp tác xã', weight: 0.8, reading: 1, results: [{ id: 'long', score: 9 }] },
    ]);
    expect(merged.map((r) => r.id)).toEqual(['short', 'long']);
  });

  it('returns the very result objects Pagefind gave, not copies, with the merged score', () => {
    // Pagefind frees a result's data once its object is collected: a copy would lose it.
    const a = { id: 'a', score: 4 };
    const b = { id: 'b', score: 2 };
    const c = { id: 'c', score: 10 };
    const none = new Set<string>();
    const merged = mergeResults([
      { query: 'HTX', weight: 1, reading: 0, results: [a, b], phraseIds: none },
      {
        query: 'hợp tác xã',
        weight: 0.8,
        reading: 1,
        results: [c, { id: 'b', score: 1 }],
        phraseIds: none,
      },
    ]);
    expect(merged).toEqual([a, c, b]);
    expect(merged[0]).toBe(a);
    expect(merged[1]).toBe(c);
    expect(merged[2]).toBe(b);
    expect([a.score, c.score, b.score]).toEqual([1, 0.8, 0.5]);
  });

  it('ranks the same results the same when they are merged again', () => {
    const results = [
      { id: 'x', score: 3 },
      { id: 'y', score: 6 },
    ];
    const run = { query: 'vay von', weight: 1, reading: 0, results, phraseIds: new Set(['x']) };
    const first = mergeResults([run]).map((r) => [r.id, r.score]);
    expect(mergeResults([run]).map((r) => [r.id, r.score])).toEqual(first);
    expect(first).toEqual([
      ['x', 0.5 + PHRASE_BONUS],
      ['y', 1],
    ]);
  });

  it('ranks a page both readings find by its better place', () => {
    const merged = mergeResults([
      {
        query: 'HTX',
        weight: 1,
        reading: 0,
        results: [
          { id: 'a', score: 4 },
          { id: 'b', score: 1 },
        ],
      },
      { query: 'hợp tác xã', weight: 0.8, reading: 1, results: [{ id: 'b', score: 9 }] },
    ]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'b']);
    expect(merged[1].score).toBeCloseTo(PHRASE_BONUS + 0.8);
  });

  it('puts pages with the words side by side first', () => {
    const merged = mergeResults([
      {
        query: 'quy khong chia',
        weight: 1,
        reading: 0,
        results: [
          { id: 'scattered', score: 9 },
          { id: 'phrase', score: 3 },
        ],
        phraseIds: new Set(['phrase']),
      },
    ]);
    expect(merged.map((r) => r.id)).toEqual(['phrase', 'scattered']);
  });

  it('counts every result of a one-word query as a phrase match', () => {
    const merged = mergeResults([
      { query: 'THT', weight: 1, reading: 0, results: [{ id: 'abbreviation', score: 2 }] },
      {
        query: 'tổ hợp tác',
        weight: 0.8,
        reading: 1,
        results: [{ id: 'full', score: 9 }],
        phraseIds: new Set(['full']),
      },
    ]);
    expect(merged.map((r) => r.id)).toEqual(['abbreviation', 'full']);
  });

  it('finds words side by side among the positions where Pagefind found them', () => {
    // "quỹ không chia" at 10–12; "quy định … không … chia" scattered.
    expect(wordsSideBySide([40, 12, 10, 11], 3)).toBe(true);
    expect(wordsSideBySide([3, 9, 15, 16], 3)).toBe(false);
    expect(wordsSideBySide([5, 5, 6], 3)).toBe(false);
    expect(wordsSideBySide([7], 1)).toBe(true);
    // One word may come between: "Môi trường tỉnh Gia Lai" for "moi truong gia lai".
    expect(wordsSideBySide([20, 21, 23, 24], 4)).toBe(true);
    expect(wordsSideBySide([20, 21, 24, 25], 4)).toBe(false);
    expect(wordsSideBySide([20, 21, 24, 25], 4, 2)).toBe(true);
  });

  it('counts the words Pagefind searches for a query', () => {
    expect(termCount('quy khong chia')).toBe(3);
    expect(termCount('bao cao truoc ngay 15/12')).toBe(5);
    expect(termCount(' HTX  ')).toBe(1);
    expect(termCount('— vay')).toBe(1);
  });

  const map = facetMap([
    { id: 'x', filters: { loai: ['Văn bản'] } },
    { id: 'a', filters: { loai: ['Văn bản'], 'co-quan': ['Sở Tài chính', 'UBND tỉnh'] } },
    { id: 'b', filters: { loai: ['Cơ quan'], 'co-quan': ['UBND tỉnh'] } },
    { id: 'c', filters: { loai: ['Cơ quan'] } },
  ]);

  it('counts the pages of each facet value, listing the values no page carries as 0', () => {
    expect(countFilters(['a', 'b', 'c'], map)).toEqual({
      loai: { 'Văn bản': 1, 'Cơ quan': 2 },
      'co-quan': { 'Sở Tài chính': 1, 'UBND tỉnh': 2 },
    });
    expect(countFilters(['c'], map)).toEqual({
      loai: { 'Văn bản': 0, 'Cơ quan': 1 },
      'co-quan': { 'Sở Tài chính': 0, 'UBND tỉnh': 0 },
    });
  });

  it('counts a page found by two readings once, and ignores a page it does not know', () => {
    expect(countFilters(['a', 'a', 'khong-co'], map).loai).toEqual({ 'Văn bản': 1, 'Cơ quan': 0 });
  });

  it('writes the same facet map whatever order the pages come in', () => {
    const pages = [
      { id: 'p2', filters: { loai: ['Cơ quan'] } },
      { id: 'p1', filters: { loai: ['Văn bản'] } },
    ];
    expect(JSON.stringify(facetMap(pages))).toBe(JSON.stringify(facetMap([...pages].reverse())));
  });
});

describe('titles of the full text in results', () => {
  const section = {
    key: 'III.2.4',
    heading: '2.4. Chính sách tín dụng',
    paragraphs: [{ index: 1 }, { index: 2 }],
  };
  it('names a section by its number and heading', () => {
    expect(sectionSearchTitle(section)).toBe('Mục III.2.4. Chính sách tín dụng');
    expect(sectionSearchTitle({ key: 'Điều 2', heading: null })).toBe('Điều 2');
  });
  it('names a paragraph by its section, its place and the heading', () => {
    expect(paragraphSearchTitle(section, { index: 2 })).toBe(
      'Mục III.2.4, đoạn 2 – Chính sách tín dụng',
    );
  });
});

describe('remembering searches', () => {
  it('counts only the filters that choose something', () => {
    expect(chosenFilters({ loai: [], 'co-quan': 'Sở Tài chính', 'chinh-sach': '' })).toEqual([
      ['co-quan', 'Sở Tài chính'],
    ]);
    expect(chosenFilters(undefined)).toEqual([]);
  });

  const counting = () => {
    const asked: string[] = [];
    const search = (term: string | null) => {
      asked.push(String(term));
      return term === 'hỏng' ? Promise.reject(new Error('offline')) : Promise.resolve(asked.length);
    };
    return { asked, search };
  };

  it('answers the same words with the same options without searching again', async () => {
    const { asked, search } = counting();
    const remembered = rememberSearches(search, 10);
    expect(await remembered('510/QĐ-UBND')).toBe(1);
    expect(await remembered('510/QĐ-UBND', { filters: {}, sort: {} })).toBe(1);
    expect(await remembered('510/QĐ-UBND', { filters: { loai: [] } })).toBe(1);
    expect(await remembered('510/QĐ-UBND', { filters: { loai: ['Văn bản'] } })).toBe(2);
    expect(asked).toEqual(['510/QĐ-UBND', '510/QĐ-UBND']);
  });

  it('forgets the oldest ask beyond its size, and never remembers a failure', async () => {
    const { asked, search } = counting();
    const remembered = rememberSearches(search, 2);
    await remembered('a');
    await remembered('b');
    await remembered('c');
    await remembered('a');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
    await expect(remembered('hỏng')).rejects.toThrow('offline');
    await expect(remembered('hỏng')).rejects.toThrow('offline');
    expect(asked.filter((t) => t === 'hỏng')).toHaveLength(2);
  });

  it("asks for a result's data once, however often and however soon it is asked again", async () => {
    let asked = 0;
    const data = answerOnce(() => Promise.resolve({ url: `/trang-${++asked}/` }));
    const [first, second] = await Promise.all([data(), data()]);
    expect(await data()).toEqual({ url: '/trang-1/' });
    expect(second).toBe(first);
    expect(asked).toBe(1);
  });

  it('asks again for data whose first ask failed', async () => {
    let asked = 0;
    const data = answerOnce(() =>
      ++asked === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(asked),
    );
    await expect(data()).rejects.toThrow('offline');
    expect(await data()).toBe(2);
    expect(await data()).toBe(2);
    expect(asked).toBe(2);
  });
});

describe('the words of a mistyped address', () => {
  const origin = 'https://x.vn';
  it('reads a slug path as its words', () => {
    expect(wordsOfAddress('https://x.vn/chinh-sach/tin-dunng-vay-von/', origin)).toBe(
      'chinh sach tin dunng vay von',
    );
  });
  it('leaves out a file ending, and decodes an address typed with diacritics', () => {
    expect(wordsOfAddress('https://x.vn/co-quan/so-tai-chinh/index.html', origin)).toBe(
      'co quan so tai chinh',
    );
    expect(wordsOfAddress('https://x.vn/vay%20v%E1%BB%91n', origin)).toBe('vay vốn');
  });
  it("gives nothing for another site's address or none", () => {
    expect(wordsOfAddress('https://other.vn/vay-von/', origin)).toBe('');
    expect(wordsOfAddress('', origin)).toBe('');
  });
});

describe("the index's own words instead of trial searches", () => {
  const words = dWordList(['đat', 'dai', 'đai', 'vay', 'data', '510qđubnd', 'đat', 'khich']);

  it('keeps the words with d or đ, once each, sorted', () => {
    expect(words).toEqual(['510qđubnd', 'dai', 'data', 'đai', 'đat']);
  });

  it('searches a word as Pagefind does: lower case, no punctuation, no combining marks', () => {
    expect(pagefindTerm('510/QĐ-UBND')).toBe('510qđubnd');
    expect(pagefindTerm('Đất')).toBe('đat');
    expect(pagefindTerm('“vốn”,')).toBe('von');
    expect(pagefindTerm('KH&ĐT')).toBe('khđt');
  });

  it('knows a spelling that begins an index word, as Pagefind matches it', () => {
    expect(knownInIndex('đat', words)).toBe(true);
    expect(knownInIndex('dat', words)).toBe(true); // "data"
    expect(knownInIndex('Đất', words)).toBe(true);
    expect(knownInIndex('510/QĐ-UBND', words)).toBe(true);
    expect(knownInIndex('510/QD-UBND', words)).toBe(false);
    expect(knownInIndex('dau', words)).toBe(false);
    expect(knownInIndex('đatx', words)).toBe(false);
    expect(knownInIndex('--', words)).toBe(false);
  });
});

/**
 * The search index as written by scripts/index-search.ts, in both built sites: the facet map that
 * the search page counts merged results with must cover the same pages as Pagefind's index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFacets } from '../../scripts/index-search.ts';
import {
  countFilters,
  DERIVED_WEIGHT,
  GUIDANCE_META,
  type FacetMap,
} from '../../src/lib/search.ts';
import { indexedFragments } from '../helpers/pagefind-index.ts';
import { fixtureContent, fixtureDist, realContent, realDist } from '../helpers/paths.ts';
import { listPages, readPage } from '../helpers/built-site.ts';
import { parse } from 'node-html-parser';

describe.each([
  ['real', realDist, realContent],
  ['fixture', fixtureDist, fixtureContent],
])('the %s site’s facet map', (_name, dist, content) => {
  const map = JSON.parse(readFileSync(`${dist}/pagefind/tim-kiem/facets.json`, 'utf8')) as FacetMap;
  const entry = JSON.parse(readFileSync(`${dist}/pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };

  it('holds every page of the index, each with its content type', () => {
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(Object.keys(map.pages)).toHaveLength(indexed);
    const type = map.filters.findIndex(([name]) => name === 'loai');
    expect(type).toBeGreaterThanOrEqual(0);
    for (const [id, row] of Object.entries(map.pages)) expect(row[type], id).not.toEqual([]);
  });

  it('gives each document and agency page its type: one result per page, plus the index', () => {
    const all = countFilters(Object.keys(map.pages), map);
    const entries = (folder: string) =>
      readdirSync(`${content}/${folder}`).filter((f) => f.endsWith('.yaml')).length;
    expect(all['loai']?.['Văn bản']).toBe(entries('documents') + 1);
    expect(all['loai']?.['Cơ quan']).toBe(entries('agencies') + 1);
  });

  it('is written the same when read again from the index', async () => {
    expect(await readFacets(`${dist}/pagefind`)).toEqual(map);
  });
});

describe.each([
  ['real', realDist],
  ['fixture', fixtureDist],
] as const)('what the %s site’s index holds', (name, dist) => {
  const fragments = indexedFragments(dist);
  const urls = new Set(fragments.map((f) => f.url));

  it('indexes the task register itself but none of its views that narrow or re-order it', () => {
    const views = listPages(name).filter((p) =>
      /^\/nhiem-vu\/(theo-han|chinh-sach|co-quan|thoi-han|tinh-hinh)\//.test(p),
    );
    // Every kind of view exists in the built site, so the test is not vacuous.
    for (const kind of ['theo-han', 'chinh-sach', 'co-quan', 'thoi-han', 'tinh-hinh']) {
      expect(
        views.some((p) => p.startsWith(`/nhiem-vu/${kind}/`)),
        kind,
      ).toBe(true);
    }
    expect(urls.has('/nhiem-vu/')).toBe(true);
    expect(views.filter((p) => urls.has(p))).toEqual([]);
  });

  it('gives each guidance page, and only those, its summary as the guidance metadata', () => {
    const guided = fragments.filter((f) => GUIDANCE_META in f.meta);
    expect(guided.length).toBeGreaterThan(0);
    for (const f of guided) {
      expect(f.url).toMatch(/^\/chinh-sach\/[a-z-]+\/$/);
      const description = parse(readPage(name, f.url))
        .querySelector('meta[name="description"]')
        ?.getAttribute('content');
      expect(description?.length, f.url).toBeGreaterThan(20);
      expect(f.meta[GUIDANCE_META], f.url).toBe(description);
    }
    const policies = listPages(name).filter((p) => /^\/chinh-sach\/[a-z-]+\/$/.test(p));
    expect(guided.map((f) => f.url).sort()).toEqual(policies.sort());
  });
});

describe('an agency page as search weighs it', () => {
  const page = parse(readPage('real', '/co-quan/ubnd-tinh/'));

  it('weighs its duty lists and the passages naming it like quotes of the plan', () => {
    for (const id of ['thoi-han', 'nhan-bao-cao', 'tinh-hinh-thuc-hien', 'van-ban-neu-ten']) {
      const section = page.querySelector(`section[aria-labelledby="${id}"]`);
      expect(section, id).not.toBeNull();
      expect(section?.getAttribute('data-pagefind-weight'), id).toBe(DERIVED_WEIGHT);
    }
  });

  it('keeps its own name and description at full weight', () => {
    const weighted = page.querySelectorAll('[data-pagefind-weight]');
    const h1 = page.querySelector('h1');
    expect(h1).not.toBeNull();
    expect(weighted.some((el) => el.querySelector('h1') !== null || el === h1)).toBe(false);
  });
});

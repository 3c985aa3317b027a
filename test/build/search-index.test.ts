/**
 * The search index as written by scripts/index-search.ts, in both built sites: the facet map that
 * the search page counts merged results with must cover the same pages as Pagefind's index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFacets } from '../../scripts/index-search.ts';
import { countFilters, type FacetMap } from '../../src/lib/search.ts';
import { fixtureContent, fixtureDist, realContent, realDist } from '../helpers/paths.ts';

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

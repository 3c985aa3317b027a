/**
 * Builds the search index of a built site with Pagefind's Node API, in place of `pagefind --site`:
 * `node scripts/index-search.ts [site directory]` (default `dist`). It indexes the same pages
 * the CLI would (those with data-pagefind-body), as src/lib/search-index.ts prepares them: long
 * pages split into one result per marked section, and white space where Pagefind 1.6 would run
 * two blocks' text together. The served HTML is not changed. Writes `<site>/pagefind/`, with the
 * search page's entry module in `<site>/pagefind/tim-kiem/`, and prints what it indexed.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { dWordList, facetMap, type FacetMap } from '../src/lib/search.ts';
import { searchRecords } from '../src/lib/search-index.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith('pagefind/'))
    .sort();
}

/** The address Pagefind gives a file: "ke-hoach/510-qd-ubnd/index.html" → "/ke-hoach/510-qd-ubnd/". */
export function pageUrl(site: string, file: string): string {
  return `/${relative(site, file).split('\\').join('/')}`.replace(/index\.html$/, '');
}

interface Fragment {
  url: string;
  filters?: Record<string, string[]>;
}

/**
 * The facet values of every page of a written index, read from Pagefind's fragments: a fragment
 * file holds one page (named by its id) or, in a group, several pages by id. Pagefind writes them
 * gzipped behind a `pagefind_dcd` signature.
 */
export async function readFacets(pagefindDir: string): Promise<FacetMap> {
  const dir = join(pagefindDir, 'fragment');
  const pages: { id: string; filters: Record<string, string[]> }[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.pf_fragment'))) {
    const bytes = gunzipSync(await readFile(join(dir, name)));
    if (bytes.subarray(0, 12).toString() !== 'pagefind_dcd') {
      throw new Error(
        `Tệp chỉ mục ${name} không có chữ ký của Pagefind: phiên bản Pagefind đã đổi?`,
      );
    }
    const json = JSON.parse(bytes.subarray(12).toString('utf8')) as
      Fragment | Record<string, Fragment>;
    const entries: [string, Fragment][] =
      typeof json.url === 'string'
        ? [[name.replace(/\.pf_fragment$/, ''), json as Fragment]]
        : Object.entries(json as Record<string, Fragment>);
    for (const [id, fragment] of entries) pages.push({ id, filters: fragment.filters ?? {} });
  }
  return facetMap(pages);
}

/** A file of a written index, without Pagefind's gzip and `pagefind_dcd` signature. */
async function pagefindFile(path: string): Promise<Uint8Array> {
  const bytes = gunzipSync(await readFile(path));
  if (bytes.subarray(0, 12).toString() !== 'pagefind_dcd') {
    throw new Error(`Tệp chỉ mục ${path} không có chữ ký của Pagefind: phiên bản Pagefind đã đổi?`);
  }
  return bytes.subarray(12);
}

/**
 * Every word of a written index, as Pagefind stores it (diacritics folded, `đ` kept): the first
 * field of each entry of each index chunk, a CBOR array `[words, …]` whose entries start with the
 * word (Pagefind 1.6's `pf_index` format).
 */
export async function readIndexWords(pagefindDir: string): Promise<string[]> {
  const dir = join(pagefindDir, 'index');
  const words: string[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.pf_index'))) {
    const chunk = decode(await pagefindFile(join(dir, name)), { useMaps: false }) as unknown;
    const entries = Array.isArray(chunk) ? (chunk[0] as unknown) : null;
    if (!Array.isArray(entries)) {
      throw new Error(`Tệp chỉ mục ${name} không như Pagefind 1.6 ghi: phiên bản Pagefind đã đổi?`);
    }
    for (const entry of entries) {
      if (Array.isArray(entry) && typeof entry[0] === 'string') words.push(entry[0]);
    }
  }
  return words;
}

export async function indexSite(siteDir: string): Promise<{ records: number; ms: number }> {
  const site = resolve(siteDir);
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind không tạo được chỉ mục: ${errors.join('; ')}`);
  for (const file of await htmlFiles(site)) {
    for (const record of searchRecords(await readFile(file, 'utf8'), pageUrl(site, file))) {
      const result = await index.addHTMLFile(record);
      if (result.errors.length > 0) {
        throw new Error(`Pagefind không đọc được ${record.url}: ${result.errors.join('; ')}`);
      }
    }
  }
  await rm(join(site, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) {
    throw new Error(`Pagefind không ghi được chỉ mục: ${written.errors.join('; ')}`);
  }
  await pagefind.close();
  // The search page's entry to the bundle (see the file), next to Pagefind's own.
  await mkdir(join(site, 'pagefind', 'tim-kiem'), { recursive: true });
  await copyFile(
    new URL('../src/pages/tim-kiem/_pagefind-bundle.js', import.meta.url),
    join(site, 'pagefind', 'tim-kiem', 'pagefind.js'),
  );
  // Facet counts over the merged readings of a query (src/lib/search.ts, FacetMap).
  await writeFile(
    join(site, 'pagefind', 'tim-kiem', 'facets.json'),
    JSON.stringify(await readFacets(join(site, 'pagefind'))),
  );
  // The index's words with d or đ, so that the search page reads which spellings exist from one
  // small file instead of one trial search per spelling (src/lib/search.ts, knownInIndex).
  await writeFile(
    join(site, 'pagefind', 'tim-kiem', 'tu-d.json'),
    JSON.stringify(dWordList(await readIndexWords(join(site, 'pagefind')))),
  );
  // Pages without data-pagefind-body are left out when the index is written, as the CLI does.
  const entry = JSON.parse(
    await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>;
  };
  const records = Object.values(entry.languages).reduce(
    (sum, language) => sum + language.page_count,
    0,
  );
  return { records, ms: Math.round(performance.now() - started) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = process.argv[2] ?? 'dist';
  const { records, ms } = await indexSite(site);
  console.log(
    `Chỉ mục tìm kiếm: ${records} kết quả có thể tìm, ghi vào ${site}/pagefind/ (${ms} ms)`,
  );
}

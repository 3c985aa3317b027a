/**
 * Helpers for offline reading, shared by the build's service-worker script, the offline page and
 * tests. The site's base ("/" or "/kttt/") is passed in, not read from src/lib/routes.ts: the
 * offline page's script imports this file, and routes.ts would be bundled into it.
 */

/** The same-site page paths listed in a sitemap (`<loc>` entries), in order, without duplicates. */
export function pagePathsFromSitemap(xml: string): string[] {
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1].trim()).pathname);
  return [...new Set(paths)];
}

/** What the offline page saves when asked: every page, the search index, and their total size. */
export interface OfflineList {
  pages: string[];
  search: string[];
  bytes: number;
}

/**
 * The search files a browser needs to search offline: Pagefind's engine, its Component UI and
 * every piece of the index, not its other UIs, which the site does not load.
 */
export function isSearchFile(path: string): boolean {
  return (
    path.startsWith('/pagefind/') && !/\/pagefind-(ui|modular-ui|highlight)\.(js|css)$/.test(path)
  );
}

/** The list the offline page reads, from a built site's pages and its `pagefind/` folder. */
export function offlineList(
  pages: string[],
  searchFiles: string[],
  size: (path: string) => number | null,
  base = '/',
): OfflineList {
  const inSite = (path: string) => (path.startsWith(base) ? `/${path.slice(base.length)}` : path);
  const search = searchFiles.filter((path) => isSearchFile(inSite(path))).sort();
  const bytes = [...pages, ...search].reduce((sum, path) => sum + (size(path) ?? 0), 0);
  return { pages, search, bytes };
}

/** A download size as readers say it: "1,4 MB", "820 KB" (at least 1 KB). */
export function sizeInWords(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${mb.toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Every address of the site, from one module, as Starlight's utils/path.ts: pages, components,
 * feeds, calendars, open data, JSON-LD and the service worker take their links from here, so the
 * site works when it is published under a sub-path (Astro's `base`, e.g. `/kttt/`). Each address
 * is a path from the host's root that already starts with the base; an absolute URL is
 * `new URL(path, site)`. A new kind of page adds its function here and nowhere else.
 */

/**
 * The base path, always with a slash at both ends: "/" or "/kttt/". Astro (through Vite) gives it
 * as `import.meta.env.BASE_URL`; the command-line scripts run under plain Node, which has no
 * `import.meta.env`, and pass their own to the functions that take one.
 */
export function normalizeBase(value: string | undefined): string {
  const trimmed = (value ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The site's base path, "/" unless the build sets Astro's `base`. */
export const BASE = normalizeBase(
  // Vite replaces `import.meta.env.BASE_URL` as written, not `import.meta.env?.BASE_URL`; under
  // plain Node (the scripts) `import.meta.env` is undefined, whatever Astro's types say.
  typeof import.meta.env === 'undefined' ? undefined : import.meta.env.BASE_URL,
);

/** A site path ("/van-ban/", "ke-hoach/x/#a", "") under the base: "/kttt/van-ban/". */
export function withBase(path: string, base: string = BASE): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** The path without the base ("/kttt/nhiem-vu/" → "/nhiem-vu/"), for comparing with routes. */
export function withoutBase(pathname: string, base: string = BASE): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

const anchored = (path: string, anchor?: string) => withBase(anchor ? `${path}#${anchor}` : path);

// ---------------------------------------------------------------------------------------------
// Lists and single pages
// ---------------------------------------------------------------------------------------------

export const homeHref = withBase('/');
export const plansHref = withBase('/ke-hoach/');
export const policiesHref = withBase('/chinh-sach/');
export const registerHref = withBase('/nhiem-vu/');
export const agenciesHref = withBase('/co-quan/');
export const documentsHref = withBase('/van-ban/');
export const targetsHref = withBase('/muc-tieu/');
export const columnsHref = withBase('/chuyen-muc/');
export const glossaryPageHref = withBase('/thuat-ngu/');
export const changesHref = withBase('/cap-nhat/');
export const timelineHref = withBase('/dong-thoi-gian/');
export const progressHref = withBase('/tinh-hinh-thuc-hien/');
export const openDataHref = withBase('/du-lieu/');
export const searchHref = withBase('/tim-kiem/');
export const offlineHref = withBase('/ngoai-tuyen/');
export const contactsHref = withBase('/lien-he/');

// ---------------------------------------------------------------------------------------------
// Entries
// ---------------------------------------------------------------------------------------------

/** The full text of a plan, or one of its sections or paragraphs. */
export function planHref(plan: string, anchor?: string): string {
  return anchored(`/ke-hoach/${plan}/`, anchor);
}

/** Where a citation (`510-qd-ubnd#dieu-2-p1`) points: `/ke-hoach/510-qd-ubnd/#dieu-2-p1`. */
export function citeHref(cite: string): string {
  const [plan, anchor] = cite.split('#');
  return planHref(plan, anchor);
}

export function policyHref(id: string): string {
  return withBase(`/chinh-sach/${id}/`);
}

export function taskHref(id: string): string {
  return withBase(`/nhiem-vu/${id}/`);
}

export function agencyHref(id: string): string {
  return withBase(`/co-quan/${id}/`);
}

export function documentHref(id: string): string {
  return withBase(`/van-ban/${id}/`);
}

export function columnHref(id: string): string {
  return withBase(`/chuyen-muc/${id}/`);
}

/** The HTML id of a target on the targets page: ids start with a year, an HTML id must not. */
export function targetAnchor(id: string): string {
  return `muc-tieu-${id}`;
}

export function targetHref(id: string): string {
  return anchored('/muc-tieu/', targetAnchor(id));
}

/** The anchor of a change on /cap-nhat/: ids start with a date, and an HTML id must not. */
export function changeAnchor(id: string): string {
  return `thay-doi-${id}`;
}

/** The page listing the changes, at one change. */
export function changeHref(id: string): string {
  return anchored('/cap-nhat/', changeAnchor(id));
}

export function evidenceAnchor(id: string): string {
  return `su-kien-${id}`;
}

export function evidenceHref(id: string): string {
  return anchored('/tinh-hinh-thuc-hien/', evidenceAnchor(id));
}

/** The anchor of one place on the contacts page. */
export function contactAnchor(id: string): string {
  return `lien-he-${id}`;
}

/** The contacts page, at one place. */
export function contactHref(id: string): string {
  return anchored('/lien-he/', contactAnchor(id));
}

/** The glossary page, where every entry has an anchor named by its id. */
export function glossaryHref(id: string): string {
  return anchored('/thuat-ngu/', id);
}

// ---------------------------------------------------------------------------------------------
// The task register's filtered views
// ---------------------------------------------------------------------------------------------

/** The register filtered by agency. */
export function agencyFilterHref(id: string): string {
  return withBase(`/nhiem-vu/co-quan/${id}/`);
}

/** The register filtered by policy area. */
export function policyFilterHref(policy: string): string {
  return withBase(`/nhiem-vu/chinh-sach/${policy}/`);
}

/** The register filtered by kind of timeframe. */
export function timeframeFilterHref(kind: string): string {
  return withBase(`/nhiem-vu/thoi-han/${kind}/`);
}

/**
 * The register filtered by agency and kind of timeframe together. Such a page exists only for
 * the kinds an agency's duties have, so their number grows with duties, not agencies × kinds.
 */
export function agencyTimeframeHref(id: string, kind: string): string {
  return withBase(`/nhiem-vu/co-quan/${id}/thoi-han/${kind}/`);
}

/** The register filtered by what is known of a task's progress. */
export function statusFilterHref(status: string): string {
  return withBase(`/nhiem-vu/tinh-hinh/${status}/`);
}

/** The whole register sorted by next deadline. */
export const deadlineSortHref = withBase('/nhiem-vu/theo-han/');

// ---------------------------------------------------------------------------------------------
// Columns' lists
// ---------------------------------------------------------------------------------------------

/** Page `n` (from 1) of the list of all columns. */
export function listPageHref(n: number): string {
  return n <= 1 ? columnsHref : withBase(`/chuyen-muc/trang/${n}/`);
}

/** The columns of one series, by its slug. */
export function seriesPageHref(slug: string): string {
  return withBase(`/chuyen-muc/muc/${slug}/`);
}

/** The columns with one tag, by its slug. */
export function tagPageHref(slug: string): string {
  return withBase(`/chuyen-muc/the/${slug}/`);
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

/** A plan's calendar of every deadline. */
export function planCalendarHref(planId: string): string {
  return withBase(`/ke-hoach/${planId}.ics`);
}

/** An agency's calendar of its deadlines. */
export function agencyCalendarHref(id: string): string {
  return withBase(`/co-quan/${id}.ics`);
}

/** A file of the open data ("so-nhiem-vu.csv"). */
export function openDataFileHref(name: string): string {
  return withBase(`/du-lieu/${name}`);
}

/** A file from `public/` or written at the root of the build ("/icon.svg", "sw.js"). */
export function assetHref(path: string): string {
  return withBase(path);
}

export const changesFeedHref = withBase('/cap-nhat/rss.xml');
export const columnsFeedHref = withBase('/chuyen-muc/rss.xml');
export const timelineFeedHref = withBase('/dong-thoi-gian/rss.xml');

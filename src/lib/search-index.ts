/**
 * What the search index is built from: each built page as Pagefind should read it. Used by
 * scripts/index-search.ts at build time only (never in the browser).
 *
 * Two things differ from handing Pagefind the files as they are:
 *
 * - A long page can be split into records of its own. An element with an `id` and a
 *   `data-search-record="<title>"` attribute becomes a separate result at `<page>#<id>`, and the
 *   rest of the page stays one result. The full text of a plan is one page of some 12,000 words:
 *   as one result it ranks below every short page that quotes it and lands at the top of the page;
 *   as one result per section, "vay von" finds Mục III.2.4 itself. Records keep the page's `<head>`
 *   (language, the content-type facet) and add the page's name as the `trang` metadata.
 * - Pagefind 1.6 runs the text of some block elements together ("Thời hạnVăn bản", one word no
 *   search finds): a space is added after their closing tags. Only white space is added, so
 *   excerpts still show the page's own text.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** The attribute that makes an element its own search result; its value is the result title. */
export const RECORD_ATTRIBUTE = 'data-search-record';

/** Elements whose text Pagefind 1.6 runs into the next element's. */
const GLUED_BLOCKS = ['dt', 'dd', 'th', 'caption', 'figcaption', 'summary', 'blockquote', 'tr'];

/** One result-to-be: the address it links to and the HTML Pagefind indexes for it. */
export interface SearchRecord {
  url: string;
  content: string;
}

/** The page with a space after the closing tag of each block Pagefind would run together. */
export function separateBlocks(html: string): string {
  return html.replace(new RegExp(`</(${GLUED_BLOCKS.join('|')})>`, 'gi'), '</$1> ');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function hasRecordAncestor(el: HTMLElement): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) {
    if (p.getAttribute?.(RECORD_ATTRIBUTE) !== undefined) return true;
  }
  return false;
}

/**
 * The records Pagefind indexes for a built page at `url`: the page itself, minus the elements
 * marked as records of their own, then one record per marked element. A page without marks is one
 * record, unchanged apart from white space.
 */
export function searchRecords(html: string, url: string): SearchRecord[] {
  const prepared = separateBlocks(html);
  if (!prepared.includes(RECORD_ATTRIBUTE)) return [{ url, content: prepared }];

  const root = parse(prepared, { comment: false });
  const lang = root.querySelector('html')?.getAttribute('lang') ?? '';
  const head = root.querySelector('head')?.innerHTML ?? '';
  const pageName = root.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const records: SearchRecord[] = [];
  for (const el of root.querySelectorAll(`[${RECORD_ATTRIBUTE}]`)) {
    const title = el.getAttribute(RECORD_ATTRIBUTE)?.trim();
    if (!el.id || !title || hasRecordAncestor(el)) continue;
    const meta = [
      `<meta data-pagefind-meta="title[content]" content="${escapeAttribute(title)}">`,
      pageName
        ? `<meta data-pagefind-meta="trang[content]" content="${escapeAttribute(pageName)}">`
        : '',
    ].join('');
    records.push({
      url: `${url}#${el.id}`,
      content: `<!doctype html><html lang="${escapeAttribute(lang)}"><head>${head}${meta}</head><body><div data-pagefind-body>${el.outerHTML}</div></body></html>`,
    });
  }
  for (const el of root.querySelectorAll(`[${RECORD_ATTRIBUTE}]`)) {
    if (el.id && !hasRecordAncestor(el)) el.remove();
  }
  return [{ url, content: root.toString() }, ...records];
}

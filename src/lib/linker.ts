/**
 * The one function of the site that turns mentions in a text into links: agencies, legal
 * documents and glossary terms. Every renderer of the plan text goes through `linkText`, so the
 * rules below hold everywhere:
 *
 * - the segments' texts, concatenated, give back the input exactly (not a character changes);
 * - a mention is linked only as a whole word: a letter (diacritics included), a combining mark or
 *   a digit right before or after it means it is part of something longer (`HTX` in `HTXX`);
 * - among overlapping mentions the longest wins (`Sở Tài chính` inside a longer agency name that
 *   is itself a term stays part of the longer link); at equal length the earlier one wins;
 * - segments never overlap, so a link is never nested inside another link;
 * - a term made only of digits and separators (`510`, `15/12`) is never linked;
 * - a glossary term (kind `term`) is marked only at its first occurrence on a page, tracked across
 *   paragraphs by a `LinkState`.
 */
import { isBareNumber } from '../schemas/shared.ts';

export type LinkKind = 'agency' | 'document' | 'term';

export interface LinkTerm {
  /** Exact surface form as written in the text (case and diacritics included). */
  text: string;
  /** What the mention refers to; decides how it is rendered. */
  kind: LinkKind;
  /** Id of the entry in its collection. */
  id: string;
  /** Address of the entry's page; a term without one is rendered without a link. */
  href?: string;
  /** Full name or expansion, shown as the link's or the abbreviation's title. */
  title?: string;
}

export interface Segment {
  /** A verbatim slice of the input. */
  text: string;
  /** The term this slice mentions; absent for plain text. */
  term?: LinkTerm;
  /**
   * For an agency or document mention: the same slice split again around the glossary
   * abbreviations inside it (`UBND` in `UBND tỉnh`), so they are expanded without a link inside
   * the link. Absent when there is none.
   */
  inner?: Segment[];
}

/** What has been marked so far on one page (glossary terms are marked once per page). */
export interface LinkState {
  /** Keys (`kind:id`) of the glossary terms already marked. */
  seen: Set<string>;
}

export function createLinkState(): LinkState {
  return { seen: new Set() };
}

// A term of digits and separators only is never a link; the rule lives with the schemas, which
// refuse such an alias (schemas never import src/lib/).
export { isBareNumber };

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The code point that ends just before `index` (surrogate pairs read as one character). */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text.charAt(index - 1);
}

function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function isWordChar(ch: string): boolean {
  return ch !== '' && WORD_CHAR.test(ch);
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The term whose surface form ends here (the first one given wins a duplicate). */
  term?: LinkTerm;
}

interface Matcher {
  root: TrieNode;
}

const compiled = new WeakMap<readonly LinkTerm[], Matcher>();

function compile(terms: readonly LinkTerm[]): Matcher {
  const cached = compiled.get(terms);
  if (cached) return cached;
  const root: TrieNode = { next: new Map() };
  for (const term of terms) {
    if (term.text.trim() === '' || isBareNumber(term.text)) continue;
    let node = root;
    for (let i = 0; i < term.text.length; i++) {
      const ch = term.text[i];
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.term ??= term;
  }
  const matcher = { root };
  compiled.set(terms, matcher);
  return matcher;
}

interface Match {
  start: number;
  end: number;
  term: LinkTerm;
}

/** Every whole-word occurrence of every term, overlapping ones included. */
function findAll(text: string, matcher: Matcher): Match[] {
  const found: Match[] = [];
  for (let start = 0; start < text.length; start++) {
    const first = text[start];
    let node = matcher.root.next.get(first);
    if (!node) continue;
    // A mention that starts with a letter must not continue a word that began before it.
    if (isWordChar(charAt(text, start)) && isWordChar(charBefore(text, start))) continue;
    let end = start + 1;
    for (;;) {
      if (node.term) {
        const last = charBefore(text, end);
        const after = charAt(text, end);
        if (!(isWordChar(last) && isWordChar(after))) found.push({ start, end, term: node.term });
      }
      if (end >= text.length) break;
      const child: TrieNode | undefined = node.next.get(text[end]);
      if (!child) break;
      node = child;
      end++;
    }
  }
  return found;
}

/**
 * The terms that occur in `text` as whole words, overlapping ones included, with no longest-match
 * selection: a cheap first pass that tells which entries a paragraph may mention at all.
 */
export function termsIn(text: string, terms: readonly LinkTerm[]): LinkTerm[] {
  return findAll(text, compile(terms)).map((m) => m.term);
}

/** Keeps the longest mentions, then the earliest, dropping any that overlaps one already kept. */
function selectLongest(found: Match[], length: number): Match[] {
  const ordered = [...found].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const kept: Match[] = [];
  for (const m of ordered) {
    let free = true;
    for (let i = m.start; i < m.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The glossary abbreviations of a term list (those with an expansion), cached per list. */
const abbreviationsOf = new WeakMap<readonly LinkTerm[], LinkTerm[]>();
function abbreviations(terms: readonly LinkTerm[]): LinkTerm[] {
  let list = abbreviationsOf.get(terms);
  if (!list) {
    list = terms.filter((t) => t.kind === 'term' && t.title);
    abbreviationsOf.set(terms, list);
  }
  return list;
}

function stateKey(term: LinkTerm): string {
  return `${term.kind}:${term.id}`;
}

/**
 * Splits `text` into plain and linked segments. Pass the same `state` for every paragraph of a
 * page so that a glossary term is marked only where it first appears; without a state each call
 * counts as a page of its own.
 */
export function linkText(
  text: string,
  terms: readonly LinkTerm[],
  state: LinkState = createLinkState(),
): Segment[] {
  if (text === '') return [];
  const matches = selectLongest(findAll(text, compile(terms)), text.length);
  const segments: Segment[] = [];
  const pushPlain = (slice: string) => {
    if (slice === '') return;
    const last = segments[segments.length - 1];
    if (last && !last.term) last.text += slice;
    else segments.push({ text: slice });
  };
  let cursor = 0;
  for (const m of matches) {
    pushPlain(text.slice(cursor, m.start));
    const slice = text.slice(m.start, m.end);
    if (m.term.kind === 'term') {
      const key = stateKey(m.term);
      if (state.seen.has(key)) {
        // Already marked on this page: the span stays claimed, so nothing shorter links inside it.
        pushPlain(slice);
      } else {
        state.seen.add(key);
        segments.push({ text: slice, term: m.term });
      }
    } else {
      // Only glossary terms are looked for inside, so this recursion is one level deep.
      const inner = linkText(slice, abbreviations(terms), state);
      segments.push(
        inner.some((s) => s.term)
          ? { text: slice, term: m.term, inner }
          : { text: slice, term: m.term },
      );
    }
    cursor = m.end;
  }
  pushPlain(text.slice(cursor));
  return segments;
}

/** Where a piece of a plan's text sits, so that scoped terms apply only there. */
export interface PlanPlace {
  plan: string;
  /** Anchor of the section (`dieu-3`). */
  section: string;
  /** Anchor of the paragraph (`dieu-3-p1`); absent for a section heading. */
  paragraph?: string;
}

/** One piece of a plan's text as a page renders it: a heading, a paragraph or a table cell. */
export interface PlanPart {
  /** `muc-iii-2` for a heading, `muc-iii-2-p1` for a paragraph, `phu-luc-p3:1` for a cell. */
  key: string;
  text: string;
  place: PlanPlace;
}

/** Minimal shape of a parsed section, so this module needs nothing from the parser. */
interface SectionLike {
  anchor: string;
  heading: string | null;
  paragraphs: readonly { anchor: string; kind: string; text: string; cells?: string[] }[];
}

/** Every piece of a plan's text in reading order: each heading, then its paragraphs or cells. */
export function planTextParts(plan: string, sections: readonly SectionLike[]): PlanPart[] {
  const parts: PlanPart[] = [];
  for (const section of sections) {
    const place = { plan, section: section.anchor };
    if (section.heading) parts.push({ key: section.anchor, text: section.heading, place });
    for (const p of section.paragraphs) {
      const at = { ...place, paragraph: p.anchor };
      if (p.kind === 'row') {
        (p.cells ?? []).forEach((cell, i) => {
          parts.push({ key: `${p.anchor}:${i}`, text: cell, place: at });
        });
      } else parts.push({ key: p.anchor, text: p.text, place: at });
    }
  }
  return parts;
}

/**
 * Links the pieces of one page in reading order with one LinkState, so a glossary term is marked
 * where the page first uses it. `termsFor` gives the terms that apply at a piece's place.
 */
export function linkParts(
  parts: readonly PlanPart[],
  termsFor: (place: PlanPlace) => readonly LinkTerm[],
): Map<string, Segment[]> {
  const state = createLinkState();
  return new Map(parts.map((part) => [part.key, linkText(part.text, termsFor(part.place), state)]));
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * The HTML of linked segments: agencies and documents as links, glossary terms as `<abbr>` (in a
 * link to the glossary when there is one). Markup is written directly, with no white space around
 * a slice, so the page's text is the input's text, character for character. A term whose page is
 * `currentPath` is left as plain text: a page does not link to itself.
 */
export function segmentsToHtml(segments: readonly Segment[], currentPath?: string): string {
  return segments
    .map(({ text, term, inner }) => {
      if (!term) return escapeHtml(text);
      // Abbreviations inside an agency or document link: <abbr> only, never a link in a link.
      const body = inner
        ? inner
            .map((s) =>
              s.term?.title
                ? `<abbr title="${escapeHtml(s.term.title)}">${escapeHtml(s.text)}</abbr>`
                : escapeHtml(s.text),
            )
            .join('')
        : escapeHtml(text);
      const href = term.href && term.href !== currentPath ? escapeHtml(term.href) : undefined;
      const title = term.title ? ` title="${escapeHtml(term.title)}"` : '';
      if (term.kind === 'term') {
        const inner = term.title ? `<abbr${title}>${body}</abbr>` : body;
        return href ? `<a class="xref xref-term" href="${href}">${inner}</a>` : inner;
      }
      return href ? `<a class="xref xref-${term.kind}" href="${href}"${title}>${body}</a>` : body;
    })
    .join('');
}

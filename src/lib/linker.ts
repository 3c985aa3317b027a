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
}

/** What has been marked so far on one page (glossary terms are marked once per page). */
export interface LinkState {
  /** Keys (`kind:id`) of the glossary terms already marked. */
  seen: Set<string>;
}

export function createLinkState(): LinkState {
  return { seen: new Set() };
}

/** Digits and the separators of numbers and dates only: never a link on its own. */
const BARE_NUMBER = /^[\p{N}\s./\-–,:()]*$/u;

/** True when a surface form has nothing but digits and separators (`510`, `15/12`, `2021 - 2025`). */
export function isBareNumber(text: string): boolean {
  return BARE_NUMBER.test(text);
}

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
      const ch = term.text[i]!;
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
    const first = text[start]!;
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
      const child: TrieNode | undefined = node.next.get(text[end]!);
      if (!child) break;
      node = child;
      end++;
    }
  }
  return found;
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
      segments.push({ text: slice, term: m.term });
    }
    cursor = m.end;
  }
  pushPlain(text.slice(cursor));
  return segments;
}

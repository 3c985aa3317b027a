/**
 * The glossary: abbreviations and key terms of the plan. It feeds the site's one linker
 * (`src/lib/linker.ts`) with terms, so that an abbreviation is expanded with `<abbr title>` where
 * it first occurs on a page and a key term links to its explanation, never changing the words.
 */
import { resolveCitation } from './citations.ts';
import type { ContentIssue } from './content-errors.ts';
import { duplicates } from './content-errors.ts';
import {
  createLinkState,
  linkText,
  type LinkState,
  type LinkTerm,
  type PlanPlace,
  type Segment,
} from './linker.ts';
import type { PlanSection } from './plan-parser.ts';
import { tooBroad } from './term-breadth.ts';
import { sortVi } from './vietnamese.ts';
import { glossaryKinds, type GlossaryKind, type GlossaryTerm } from '../schemas/glossary-term.ts';
import { STATEMENT_KINDS } from '../schemas/shared.ts';
import { glossaryHref } from './routes.ts';

export interface GlossaryEntry extends GlossaryTerm {
  /** File name without extension: `htx`, `quy-khong-chia`. */
  id: string;
}

/** The surface forms of an entry, as written in the text. */
export function formsOf(entry: GlossaryTerm): string[] {
  return entry.forms ?? [entry.term];
}

/** True for the entries rendered as `<abbr>`: abbreviations and document-number codes. */
export function isAbbreviation(entry: GlossaryTerm): boolean {
  return entry.kind !== 'thuat-ngu';
}

/**
 * The text of an abbreviation's `title`: its expansion (marked as the editors' reading when the
 * text never writes it out), or for an uncertain one the hint that says so. Undefined for a key term.
 */
export function abbrTitle(entry: GlossaryTerm): string | undefined {
  if (!isAbbreviation(entry)) return undefined;
  // An expansion the text never writes out is the editors' reading; the hover says so too.
  if (entry.expansion && entry.expansionBasis === 'thong-dung') {
    return `${entry.expansion} (${STATEMENT_KINDS['suy-luan'].toLowerCase()}: cách viết tắt thông dụng)`;
  }
  return entry.expansion ?? entry.hint;
}

/**
 * The linker's terms for the glossary. Document-number codes (`QĐ` in `510/QĐ-UBND`) are left
 * out: they only occur inside a document number, which the documents' own terms link as a whole,
 * and marking them separately would cut a number in two wherever that link is absent.
 * Abbreviations carry a `title` (rendered as `<abbr title>`); key terms carry none and link to
 * their explanation.
 */
export function glossaryTerms(entries: readonly GlossaryEntry[]): LinkTerm[] {
  return entries
    .filter((e) => e.kind !== 'ky-hieu')
    .flatMap((e) =>
      formsOf(e).map((text): LinkTerm => {
        const title = abbrTitle(e);
        return {
          text,
          kind: 'term',
          id: e.id,
          href: glossaryHref(e.id),
          ...(title ? { title } : {}),
        };
      }),
    );
}

/** Only the abbreviations' terms: what `expandAbbreviations` marks. */
export function abbreviationTerms(entries: readonly GlossaryEntry[]): LinkTerm[] {
  return glossaryTerms(entries.filter((e) => e.kind === 'viet-tat'));
}

/**
 * Splits a text so that each abbreviation is marked at its first occurrence on the page (pass one
 * `state` per page). Concatenating the segments gives back the text unchanged.
 */
export function expandAbbreviations(
  text: string,
  entries: readonly GlossaryEntry[],
  state: LinkState = createLinkState(),
): Segment[] {
  return linkText(text, abbreviationTerms(entries), state);
}

/**
 * Links the paragraphs a page quotes, in the page's order with one state, so an abbreviation is
 * expanded where the page first shows it and not again in a later quote. Keys are the paragraph
 * citations (`510-qd-ubnd#muc-iii-2-4-p1`), as `plan-quote.astro` looks them up; table rows and
 * citations that do not resolve are left out (the quote component reports the latter). Pass the
 * `state` of the page's own text above the quotes to continue its count.
 */
export function linkQuotes(
  cites: readonly string[],
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
  termsFor: (place: PlanPlace) => readonly LinkTerm[],
  state: LinkState = createLinkState(),
): Map<string, Segment[]> {
  const linked = new Map<string, Segment[]>();
  for (const cite of cites) {
    const found = resolveCitation(cite, sectionsByPlan);
    if ('error' in found || !found.paragraph || found.paragraph.kind === 'row') continue;
    const key = `${found.plan}#${found.paragraph.anchor}`;
    if (linked.has(key)) continue;
    const place = {
      plan: found.plan,
      section: found.section.anchor,
      paragraph: found.paragraph.anchor,
    };
    linked.set(key, linkText(found.paragraph.text, termsFor(place), state));
  }
  return linked;
}

/** Entries grouped by kind, each group in Vietnamese alphabetical order. */
export function groupGlossary<T extends GlossaryTerm & { id: string }>(
  entries: readonly T[],
): { kind: GlossaryKind; label: string; entries: T[] }[] {
  return (Object.keys(glossaryKinds) as GlossaryKind[])
    .map((kind) => ({
      kind,
      label: glossaryKinds[kind],
      entries: sortVi(
        entries.filter((e) => e.kind === kind),
        (e) => e.term,
      ),
    }))
    .filter((g) => g.entries.length > 0);
}

/** True when `form` occurs in `text` as a whole word, by the linker's own rule. */
export function occursAsWord(text: string, form: string): boolean {
  return linkText(text, [{ text: form, kind: 'term', id: 'x' }]).some((s) => s.term);
}

/**
 * Checks what the schema cannot: every form occurs in some plan text (the glossary explains only
 * what the text uses), the first source uses the term, sources and related entries exist, and no
 * two entries claim the same surface form.
 */
export function checkGlossary(
  entries: readonly GlossaryEntry[],
  options: {
    dir: string;
    sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>;
  },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = (id: string) => `${options.dir}/${id}.yaml`;
  const ids = new Set(entries.map((e) => e.id));
  const planTexts = [...options.sectionsByPlan.values()].map((sections) =>
    sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs.map((p) => p.text)]).join('\n'),
  );
  for (const e of entries) {
    const forms = formsOf(e);
    forms.forEach((form, i) => {
      const inText =
        e.kind === 'ky-hieu'
          ? planTexts.some((t) => t.includes(form))
          : planTexts.some((t) => occursAsWord(t, form));
      if (!inText) {
        issues.push({
          file: file(e.id),
          field: e.forms ? `forms[${i}]` : 'term',
          message: `"${form}" không có trong văn bản kế hoạch (phân biệt chữ hoa, chữ thường); bảng thuật ngữ chỉ giải thích những gì văn bản dùng`,
        });
      }
      const broad = inText ? tooBroad(form, options.sectionsByPlan) : null;
      if (broad) {
        issues.push({ file: file(e.id), field: e.forms ? `forms[${i}]` : 'term', message: broad });
      }
    });
    e.sources.forEach((source, i) => {
      const found = resolveCitation(source, options.sectionsByPlan);
      if ('error' in found) {
        issues.push({
          file: file(e.id),
          field: `sources[${i}]`,
          message: `trích dẫn ${found.error}`,
        });
        return;
      }
      if (i === 0 && found.paragraph) {
        const text = found.paragraph.text.toLocaleLowerCase('vi');
        const used = forms.some((f) => text.includes(f.toLocaleLowerCase('vi')));
        if (!used) {
          issues.push({
            file: file(e.id),
            field: 'sources[0]',
            message: `đoạn dẫn đầu tiên (${source}) không chứa "${forms.join('", "')}"; hãy dẫn đoạn có dùng thuật ngữ này`,
          });
        }
      }
    });
    e.related.forEach((id, i) => {
      if (!ids.has(id)) {
        issues.push({
          file: file(e.id),
          field: `related[${i}]`,
          message: `không có mục thuật ngữ mã "${id}"`,
        });
      }
    });
  }
  const allForms = entries.flatMap((e) => formsOf(e));
  for (const form of duplicates(allForms)) {
    for (const e of entries.filter((x) => formsOf(x).includes(form))) {
      issues.push({
        file: file(e.id),
        field: e.forms ? 'forms' : 'term',
        message: `"${form}" đã thuộc một mục thuật ngữ khác; mỗi cách viết chỉ thuộc một mục`,
      });
    }
  }
  return issues;
}

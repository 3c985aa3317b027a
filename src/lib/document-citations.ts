/**
 * Where a plan cites each document, paragraph by paragraph, and what rests on a document (the
 * plans, tasks and documents a reader should know of before it changes).
 */
import { linkText, termsIn } from './linker.ts';
import type { PlanSection } from './plan-parser.ts';
import type { LegalDocument } from './documents.ts';
import { documentTerms } from './document-linking.ts';

export interface DocumentCitation {
  plan: string;
  /** The section's numbering as a reader cites it (`Điều 2`, `III.2.4`). */
  sectionKey: string;
  /** The paragraph's anchor. */
  anchor: string;
  /** 1-based line of the source text. */
  line: number;
  /** The words of the text that cite it, as written (`Nghị quyết số 134//NQ-CP`). */
  matches: string[];
  /** `plan#anchor`, for a quote. */
  cite: string;
}

/**
 * For each document, every paragraph of every plan that names it, found with the site's linker
 * (the same whole-word, longest-match rules as the links) against that document's own aliases, so
 * a mention inside a longer document name still counts as a citation. A first pass over all
 * aliases at once finds which documents a paragraph may name, so the cost grows with paragraphs,
 * not documents × paragraphs.
 */
export function citationsByDocument(
  docs: readonly LegalDocument[],
  plans: ReadonlyArray<{ id: string; sections: readonly PlanSection[] }>,
): Map<string, DocumentCitation[]> {
  const allTerms = documentTerms(docs);
  // Two documents may share an alias; the first pass keeps one term per text, so map text → ids.
  const owners = new Map<string, Set<string>>();
  for (const term of allTerms)
    owners.set(term.text, (owners.get(term.text) ?? new Set()).add(term.id));
  const ownTerms = new Map(docs.map((doc) => [doc.id, documentTerms([doc])]));
  const found = new Map<string, DocumentCitation[]>(docs.map((doc) => [doc.id, []]));
  for (const plan of plans) {
    for (const section of plan.sections) {
      for (const paragraph of section.paragraphs) {
        const candidates = new Set(
          termsIn(paragraph.text, allTerms).flatMap((t) => [...(owners.get(t.text) ?? [])]),
        );
        for (const id of candidates) {
          const matches = linkText(paragraph.text, ownTerms.get(id)!)
            .filter((s) => s.term)
            .map((s) => s.text);
          if (matches.length === 0) continue;
          found.get(id)!.push({
            plan: plan.id,
            sectionKey: section.key,
            anchor: paragraph.anchor,
            line: paragraph.line,
            matches,
            cite: `${plan.id}#${paragraph.anchor}`,
          });
        }
      }
    }
  }
  return found;
}

/** Every paragraph of every plan that names the document (see citationsByDocument). */
export function documentCitations(
  doc: LegalDocument,
  plans: ReadonlyArray<{ id: string; sections: readonly PlanSection[] }>,
): DocumentCitation[] {
  return citationsByDocument([doc], plans).get(doc.id) ?? [];
}

export interface DependentItem {
  id: string;
  title: string;
  href: string;
  /** Paragraphs the item is written from (`plan#anchor`). */
  cites: readonly string[];
  /** Documents the item names explicitly (ids), if it has such a field. */
  documents?: readonly (string | undefined)[];
}

export interface Dependent {
  id: string;
  title: string;
  href: string;
  /** `names`: the item names the document; `paragraph`: it rests on a paragraph that cites it. */
  reason: 'names' | 'paragraph';
  /** The citing paragraphs the item shares with the document, for `paragraph`. */
  via: string[];
}

/**
 * Policy areas, tasks or any other entries that rest on a document: those that name it, and those
 * written from a paragraph of the plan that cites it.
 */
export function dependentsOf(
  doc: LegalDocument,
  citations: readonly DocumentCitation[],
  items: readonly DependentItem[],
): Dependent[] {
  const citing = new Set(citations.map((c) => c.cite));
  const found: Dependent[] = [];
  for (const item of items) {
    const base = { id: item.id, title: item.title, href: item.href };
    if (item.documents?.includes(doc.id)) {
      found.push({ ...base, reason: 'names', via: [] });
      continue;
    }
    const via = item.cites.filter((c) => citing.has(c));
    if (via.length > 0) found.push({ ...base, reason: 'paragraph', via });
  }
  return found;
}

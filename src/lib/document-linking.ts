/**
 * The documents in a plan's text: the linker's terms for every way the text writes a document,
 * and the check that every document number the text cites has an entry.
 */
import type { ContentIssue } from './content-errors.ts';
import type { LinkTerm } from './linker.ts';
import { splitLines } from './plan-parser.ts';
import { documentHref } from './routes.ts';
import { type LegalDocument, documentIdFromNumber, documentLabel } from './documents.ts';

/** One link term per way the text writes each document, for the linker. */
export function documentTerms(docs: readonly LegalDocument[]): LinkTerm[] {
  return docs.flatMap((doc) =>
    doc.aliases.map((text) => ({
      text,
      kind: 'document' as const,
      id: doc.id,
      href: documentHref(doc.id),
      title: documentLabel(doc),
    })),
  );
}

/**
 * A document number and symbol as Vietnamese texts write them: `20-NQ/TW`, `08-CTr/TU`,
 * `09/NQ-CP`, `134//NQ-CP`, `3204/QĐ-UBND`, `253/SKHĐT-KTN`, `55/2015/NĐ-CP`. A date (`16/6/2022`)
 * or a bare number never matches: the symbol must start with a capital letter.
 */
const DOCUMENT_NUMBER =
  /(?<![\p{L}\p{N}])\d+(?:\/\d{4})?(?:-|\/{1,2})[A-ZĐ][\p{L}&]*(?:[-/][A-ZĐ][\p{L}&]*)*(?![\p{L}\p{N}])/gu;

export interface FoundNumber {
  /** The number as written. */
  number: string;
  /** 1-based line of the text. */
  line: number;
}

/** Every document number a text writes, in order, with its line. */
export function findDocumentNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  splitLines(text).forEach((lineText, i) => {
    for (const m of lineText.matchAll(DOCUMENT_NUMBER)) {
      found.push({ number: m[0], line: i + 1 });
    }
  });
  return found;
}

/** The numbers each document is known by: its own and every one its aliases write. */
function knownNumbers(docs: readonly LegalDocument[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const doc of docs) {
    const numbers = [doc.number, ...doc.aliases].filter((s): s is string => Boolean(s));
    for (const s of numbers) {
      for (const { number } of findDocumentNumbers(s)) known.set(number, doc.id);
    }
  }
  return known;
}

/**
 * The check that keeps a new plan from silently missing a document: every document number its
 * text writes must be the number, or appear in an alias, of an entry in content/documents/.
 */
export function checkCitedDocuments(
  plan: { id: string; file: string; text: string },
  docs: readonly LegalDocument[],
  documentsDir = 'content/documents',
): ContentIssue[] {
  const known = knownNumbers(docs);
  const reported = new Set<string>();
  const issues: ContentIssue[] = [];
  for (const { number, line } of findDocumentNumbers(plan.text)) {
    if (known.has(number) || reported.has(number)) continue;
    reported.add(number);
    issues.push({
      file: plan.file,
      field: `dòng ${line}`,
      message:
        `văn bản trích dẫn số hiệu "${number}" nhưng ${documentsDir}/ chưa có văn bản nào mang số ` +
        `hiệu hay cách viết này. Hãy thêm tệp ${documentsDir}/${documentIdFromNumber(number)}.yaml ` +
        `(ghi "${number}" trong aliases), hoặc thêm cách viết này vào aliases của văn bản đã có.`,
    });
  }
  return issues;
}

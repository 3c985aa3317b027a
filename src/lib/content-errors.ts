/**
 * Content problems reported to editors. Every check in `src/lib/` returns a list of these rather
 * than throwing at the first one, so that one build names every broken file at once.
 */

import { closestField } from '../schemas/shared.ts';

export interface ContentIssue {
  /** The content file, relative to the project: `content/tasks/bao-cao-hang-nam.yaml`. */
  file: string;
  /** The field as an editor sees it in the file: `lead`, `coordinators[1]`, `source`. */
  field: string;
  /** What is wrong, in plain Vietnamese. */
  message: string;
}

/**
 * A field as an editor reads it: `coordinators[1]` is the second item of a list, which editors
 * count from one, and "dòng" (line) is kept for real lines of the file.
 */
export function fieldWords(field: string): string {
  return field.replace(
    /\[(\d+)\](\.?)/g,
    (_, n: string, dot: string) => `, mục ${Number(n) + 1}${dot ? ' › ' : ''}`,
  );
}

/**
 * ` (có phải ý bạn là "so-tai-chinh"?)` for a wrong id close to a known one, else nothing: a
 * typo in an id is the commonest reference error, and the right id is what the editor needs.
 */
export function didYouMean(id: string, known: Iterable<string>): string {
  const close = closestField(id, [...known]);
  return close ? ` (có phải ý bạn là "${close}"?)` : '';
}

/**
 * Astro's own report of a schema error in one file ("**tags.1**: phải là chữ"), which the dev
 * server shows on an English page, as our issues for that file; none when the text is not such a
 * report. The messages are already ours (see src/lib/zod-vietnamese.ts); only the wrapping is
 * Astro's.
 */
export function issuesFromSchemaReport(file: string, report: string): ContentIssue[] {
  if (!report.includes('data does not match collection schema')) return [];
  return [...report.matchAll(/^\s*\*\*([^*\n]*)\*\*: (.*)$/gm)].map(
    ([, path = '', message = '']) => ({
      file,
      field: path ? path.replace(/\.(\d+)(?=\.|$)/g, '[$1]') : 'phần khai báo',
      message,
    }),
  );
}

/** One readable block listing every problem, grouped by file. */
export function formatContentIssues(issues: readonly ContentIssue[]): string {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) {
    byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  }
  const blocks = [...byFile].map(
    ([file, list]) =>
      `Tệp ${file}:\n${list.map((i) => `  - trường "${fieldWords(i.field)}": ${i.message}`).join('\n')}`,
  );
  return `Nội dung có ${issues.length} lỗi cần sửa trước khi xây dựng trang:\n${blocks.join('\n')}`;
}

export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(formatContentIssues(issues));
    // The dev server titles its error page with the name: editors read Vietnamese there too.
    this.name = 'Lỗi nội dung';
    this.issues = issues;
    // The dev server shows the stack under the message: for a content mistake the editor needs
    // the file and field above, not the lines of our code that found it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Throws a ContentError when there is any issue. */
export function assertNoIssues(issues: readonly ContentIssue[]): void {
  if (issues.length > 0) throw new ContentError(issues);
}

/** Ids that occur more than once, for duplicate checks. */
export function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

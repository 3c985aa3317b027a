/**
 * The content registry: every collection once, with its folder, the files it reads, how an entry
 * gets its id, its schema, the fields that name entries of other collections, and what editors
 * call it. The build (src/content.config.ts), `npm run check:content`, `npm run new:column` and
 * the tests all read content through this list, so a new content type is one entry here (plus its
 * schema, its lib module and its pages), and a folder of `content/` that no entry claims is an
 * error instead of a silently unread folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { z } from 'astro/zod';
import type { ContentIssue } from '../lib/content-errors.ts';
import { COLUMN_COMPONENTS } from '../lib/content-safety.ts';
import { agencySchema } from '../schemas/agency.ts';
import { changeSchema } from '../schemas/change.ts';
import { contactSchema } from '../schemas/contact.ts';
import { columnSchema } from '../schemas/column.ts';
import { dataReleaseSchema } from '../schemas/data-changelog.ts';
import { documentSchema } from '../schemas/document.ts';
import { evidenceSchema } from '../schemas/evidence.ts';
import { glossaryTermSchema } from '../schemas/glossary-term.ts';
import { planSchema } from '../schemas/plan.ts';
import { policySchema } from '../schemas/policy.ts';
import { reportSchema } from '../schemas/report.ts';
import { sectionSchema } from '../schemas/section.ts';
import { siteSchema } from '../schemas/site.ts';
import { targetSchema } from '../schemas/target.ts';
import { taskSchema } from '../schemas/task.ts';

/**
 * How a collection is stored:
 * - `files`: one file per entry in `content/<folder>/`, the file name (without its ending) is the
 *   id and the address;
 * - `plans`: one folder per plan in `content/<folder>/<id>/`, with `plan.yaml` and its text;
 * - `sections`: parsed from the plans' texts, never written by hand; the id is `<plan>/<anchor>`;
 * - `single`: one file `content/<file>`, the whole site's, with the id `site`.
 */
export type StorageKind = 'files' | 'plans' | 'sections' | 'single';

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  kind: StorageKind;
  /** The folder inside `content/` (`tasks`), or the file for `single` (`site.yaml`). */
  folder: string;
  /** File endings read, lower case (`files` only). */
  extensions: readonly string[];
  schema: S;
  /** What editors call the collection, in messages and docs ("nhiệm vụ"). */
  label: string;
  /**
   * Fields whose values are ids of another collection (`lead: 'agencies'`), a dotted path for a
   * nested field; checked by src/lib/site-checks.ts and listed in docs/CONVENTIONS.md.
   */
  relations: Readonly<Record<string, string>>;
  /** Components a Markdown/MDX entry may use; any when absent (script is refused regardless). */
  components?: readonly string[];
}

function spec<S extends z.ZodType>(
  value: Omit<CollectionSpec<S>, 'extensions' | 'relations'> &
    Partial<Pick<CollectionSpec<S>, 'extensions' | 'relations'>>,
): CollectionSpec<S> {
  return { extensions: ['.yaml'], relations: {}, ...value };
}

export const registry = {
  site: spec({ kind: 'single', folder: 'site.yaml', schema: siteSchema, label: 'cấu hình trang' }),
  plans: spec({ kind: 'plans', folder: 'plans', schema: planSchema, label: 'kế hoạch' }),
  sections: spec({
    kind: 'sections',
    folder: 'plans',
    schema: sectionSchema,
    label: 'mục của kế hoạch',
  }),
  documents: spec({
    kind: 'files',
    folder: 'documents',
    schema: documentSchema,
    label: 'văn bản',
    relations: { outsideChange: 'changes', 'relations.target': 'documents', plan: 'plans' },
  }),
  columns: spec({
    kind: 'files',
    folder: 'columns',
    extensions: ['.md', '.mdx'],
    schema: columnSchema,
    label: 'bài chuyên mục',
    relations: {
      tasks: 'tasks',
      agencies: 'agencies',
      documents: 'documents',
      policies: 'policies',
    },
    components: Object.keys(COLUMN_COMPONENTS),
  }),
  agencies: spec({
    kind: 'files',
    folder: 'agencies',
    schema: agencySchema,
    label: 'cơ quan',
    relations: { parent: 'agencies', groups: 'agencies', 'successors.agency': 'agencies' },
  }),
  tasks: spec({
    kind: 'files',
    folder: 'tasks',
    schema: taskSchema,
    label: 'nhiệm vụ',
    relations: {
      lead: 'agencies',
      coLeads: 'agencies',
      coordinators: 'agencies',
      reportsTo: 'agencies',
    },
  }),
  policies: spec({
    kind: 'files',
    folder: 'policies',
    extensions: ['.mdx'],
    schema: policySchema,
    label: 'trang chính sách',
    relations: { 'contacts.agency': 'agencies', targets: 'targets', 'gaps.ask': 'agencies' },
  }),
  targets: spec({ kind: 'files', folder: 'targets', schema: targetSchema, label: 'mục tiêu' }),
  reports: spec({
    kind: 'files',
    folder: 'reports',
    schema: reportSchema,
    label: 'số liệu báo cáo',
    relations: { target: 'targets' },
  }),
  evidence: spec({
    kind: 'files',
    folder: 'evidence',
    schema: evidenceSchema,
    label: 'thông tin thực hiện',
    relations: { tasks: 'tasks' },
  }),
  dataChangelog: spec({
    kind: 'files',
    folder: 'data-changelog',
    schema: dataReleaseSchema,
    label: 'phiên bản dữ liệu mở',
  }),
  glossary: spec({
    kind: 'files',
    folder: 'glossary',
    schema: glossaryTermSchema,
    label: 'thuật ngữ',
    relations: { related: 'glossary' },
  }),
  changes: spec({
    kind: 'files',
    folder: 'changes',
    schema: changeSchema,
    label: 'thay đổi từ khi ban hành',
    relations: {
      'affects.agencies': 'agencies',
      'affects.documents': 'documents',
      'affects.plans': 'plans',
      'affects.targets': 'targets',
    },
  }),
  contacts: spec({
    kind: 'files',
    folder: 'contacts',
    schema: contactSchema,
    label: 'nơi liên hệ hôm nay',
    relations: { agencies: 'agencies', policies: 'policies' },
  }),
} as const satisfies Record<string, CollectionSpec>;

export type Registry = typeof registry;
export type CollectionName = keyof Registry;

/** The collections in the registry's order, with their names. */
export function collectionSpecs(): [CollectionName, CollectionSpec][] {
  return Object.entries(registry) as [CollectionName, CollectionSpec][];
}

/**
 * Every folder or file of the content folder that no collection claims: an editor's file put in
 * a folder the site does not read (`content/chinh-sach/`, `content/task/`) would otherwise be
 * lost without a word. Hidden files and a README are left alone.
 */
export function unknownContent(dir: string, shown: string): ContentIssue[] {
  if (!existsSync(dir)) return [];
  const known = new Set(Object.values(registry).map((c: CollectionSpec) => c.folder));
  const folders = [...new Set(Object.values(registry).map((c: CollectionSpec) => c.folder))]
    .map((f) => `${f}${f.includes('.') ? '' : '/'}`)
    .join(', ');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && !/^readme\.md$/i.test(e.name) && !known.has(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((e) => ({
      file: `${shown}/${e.name}${e.isDirectory() ? '/' : ''}`,
      field: e.isDirectory() ? 'thư mục' : 'tên tệp',
      message: `trang không đọc ${e.isDirectory() ? 'thư mục' : 'tệp'} này: ${shown}/ chỉ có ${folders}; hãy chuyển nội dung vào đúng thư mục, hoặc khai báo loại nội dung mới trong src/registry/collections.ts (xem docs/CONVENTIONS.md)`,
    }));
}

/**
 * The propaganda columns: addresses, what is public when, lists and pages, and the links between a
 * column and the policies, tasks, agencies and documents it is about. Pure functions over plain
 * entries, so the pages, the feed, the editors' scripts and the tests share one set of rules.
 */
import { resolveCitation } from './citations.ts';
import { didYouMean, type ContentIssue } from './content-errors.ts';
import { closestField } from '../schemas/shared.ts';
import {
  blankFrontmatter,
  checkContentSource,
  COLUMN_COMPONENTS,
  parseContent,
  planQuoteCites,
} from './content-safety.ts';
import type { PlanSection } from './plan-parser.ts';
import { compareVi, slugifyVi } from './vietnamese.ts';
import { vietnamDay } from './format.ts';
import type { ColumnData } from '../schemas/column.ts';
import {
  agencyHref,
  documentHref,
  listPageHref,
  policyHref,
  seriesPageHref,
  tagPageHref,
  taskHref,
} from './routes.ts';

export interface Column extends ColumnData {
  /** The file name without extension; also the address `/chuyen-muc/<id>/`. */
  id: string;
}

/** What a column links to, by the collection that holds the other end. */
export type RelationKind = 'policy' | 'task' | 'agency' | 'document';

const FIELD_OF: Record<RelationKind, 'policies' | 'tasks' | 'agencies' | 'documents'> = {
  policy: 'policies',
  task: 'tasks',
  agency: 'agencies',
  document: 'documents',
};

/** Where each kind of related entry lives on the site (see DESIGN.md, "Addresses"). */
const RELATION_HREF: Record<RelationKind, (id: string) => string> = {
  policy: policyHref,
  task: taskHref,
  agency: agencyHref,
  document: documentHref,
};

/** Columns per list page; a list longer than this is split into pages. */
export const PAGE_SIZE = 10;
/** Sub-addresses of `/chuyen-muc/` that a column id would shadow. */
export const RESERVED_IDS: readonly string[] = ['muc', 'the', 'trang'];
/** Long titles make unreadable addresses; the slug stops at a word boundary before this. */
export const MAX_SLUG_LENGTH = 80;

/**
 * The id (and address) for a new column from its title: Vietnamese folded (`đ` → `d`), lower
 * case, words joined by "-", cut at a word boundary when longer than MAX_SLUG_LENGTH.
 */
export function columnSlug(title: string): string {
  const slug = slugifyVi(title);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG_LENGTH)).replace(
    /-+$/,
    '',
  );
}

export function seriesSlug(series: string): string {
  return slugifyVi(series);
}

export function seriesHref(series: string): string {
  return seriesPageHref(seriesSlug(series));
}

export function tagSlug(tag: string): string {
  return slugifyVi(tag);
}

export function tagHref(tag: string): string {
  return tagPageHref(tagSlug(tag));
}

export function relationHref(kind: RelationKind, id: string): string {
  return RELATION_HREF[kind](id);
}

// Kept here for scripts/new-column.ts: the helper itself lives in format.ts with the other dates.
export { vietnamDay };

export type PublicationState = 'published' | 'draft' | 'scheduled';

/**
 * A draft stays a draft whatever its date; otherwise a column dated after today (in Vietnam) is
 * scheduled, and goes public with the first build on or after its day.
 */
export function publicationState(
  column: Pick<Column, 'draft' | 'publishDate'>,
  now: Date = new Date(),
): PublicationState {
  if (column.draft) return 'draft';
  return vietnamDay(column.publishDate) > vietnamDay(now) ? 'scheduled' : 'published';
}

export function isPublished(column: Pick<Column, 'draft' | 'publishDate'>, now?: Date): boolean {
  return publicationState(column, now) === 'published';
}

/** Newest first; same day by title in Vietnamese order, so the order never depends on the disk. */
export function newestFirst<T extends Pick<Column, 'publishDate' | 'title'>>(
  columns: readonly T[],
): T[] {
  return [...columns].sort(
    (a, b) => b.publishDate.getTime() - a.publishDate.getTime() || compareVi(a.title, b.title),
  );
}

export interface VisibilityOptions {
  /** Show drafts and scheduled columns too: true only in `npm run dev`. */
  includeUnpublished: boolean;
  now?: Date;
}

/**
 * The columns a build shows, newest first. A production build shows published columns only; the
 * development server also shows drafts and scheduled columns so their authors can read them.
 */
export function visibleColumns<T extends Column>(
  columns: readonly T[],
  options: VisibilityOptions,
): T[] {
  return newestFirst(
    columns.filter((c) => options.includeUnpublished || isPublished(c, options.now)),
  );
}

export interface Page<T> {
  /** From 1. */
  number: number;
  total: number;
  items: T[];
  href: string;
  prevHref: string | null;
  nextHref: string | null;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(
  items: readonly T[],
  size: number = PAGE_SIZE,
  hrefOf: (n: number) => string = listPageHref,
): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`Số bài mỗi trang không hợp lệ: ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      number,
      total,
      items: items.slice(i * size, number * size),
      href: hrefOf(number),
      prevHref: number > 1 ? hrefOf(number - 1) : null,
      nextHref: number < total ? hrefOf(number + 1) : null,
    };
  });
}

export interface Group<T> {
  slug: string;
  /** The name as first written by an editor. */
  name: string;
  href: string;
  columns: T[];
}

function groupBy<T extends Column>(
  columns: readonly T[],
  names: (c: T) => readonly string[],
  slugOf: (name: string) => string,
  hrefOf: (name: string) => string,
): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const column of newestFirst(columns)) {
    for (const name of new Set(names(column))) {
      const slug = slugOf(name);
      const group = groups.get(slug) ?? { slug, name, href: hrefOf(name), columns: [] };
      if (!group.columns.includes(column)) group.columns.push(column);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => compareVi(a.name, b.name));
}

/** The series ("chuyên mục") in Vietnamese order, each with its columns newest first. */
export function groupBySeries<T extends Column>(columns: readonly T[]): Group<T>[] {
  return groupBy(columns, (c) => [c.series], seriesSlug, seriesHref);
}

/** The tags in Vietnamese order, each with its columns newest first. */
export function groupByTag<T extends Column>(columns: readonly T[]): Group<T>[] {
  return groupBy(columns, (c) => c.tags, tagSlug, tagHref);
}

type RelatedColumn = Pick<
  Column,
  'policies' | 'tasks' | 'agencies' | 'documents' | 'publishDate' | 'title'
>;

/**
 * A lookup of the columns about each policy, task, agency or document, newest first. Built once
 * per build (src/data/site-data.ts): filtering every column on every page grew with pages × columns.
 */
export function relatedColumnsIndex<T extends RelatedColumn>(
  columns: readonly T[],
): (kind: RelationKind, id: string) => T[] {
  const index = new Map<string, T[]>();
  for (const column of newestFirst(columns)) {
    for (const kind of Object.keys(FIELD_OF) as RelationKind[]) {
      for (const id of new Set(column[FIELD_OF[kind]])) {
        const key = `${kind}:${id}`;
        index.set(key, [...(index.get(key) ?? []), column]);
      }
    }
  }
  return (kind, id) => index.get(`${kind}:${id}`) ?? [];
}

/** The columns about one policy, task, agency or document, newest first. */
export function columnsAbout<T extends RelatedColumn>(
  kind: RelationKind,
  id: string,
  columns: readonly T[],
): T[] {
  return relatedColumnsIndex(columns)(kind, id);
}

/** Everything a column links to, by kind, in the order the editor wrote it. */
export function relationsOf(
  column: Pick<Column, 'policies' | 'tasks' | 'agencies' | 'documents'>,
): {
  kind: RelationKind;
  ids: string[];
}[] {
  return (Object.keys(FIELD_OF) as RelationKind[]).map((kind) => ({
    kind,
    ids: [...column[FIELD_OF[kind]]],
  }));
}

/** The heading of each kind of related entry on a column's page. */
export const RELATION_HEADINGS: Record<RelationKind, string> = {
  policy: 'Chính sách',
  task: 'Nhiệm vụ',
  agency: 'Cơ quan',
  document: 'Văn bản',
};

/** An entry a column can link to: its id and the name (or title) a reader knows it by. */
export interface NamedEntry {
  id: string;
  name?: string;
  title?: string;
}

/** What a column page shows: its state and the entries it is about, each linked by name. */
export interface ColumnPageView {
  state: PublicationState;
  published: boolean;
  related: { kind: RelationKind; heading: string; links: { href: string; label: string }[] }[];
  /** The preview image for link sharing; none for a vector cover (previews cannot show SVG). */
  ogImage: { src: string; alt: string } | undefined;
}

/**
 * The view of one column's page. `entries` holds each related collection the site has; an entry
 * missing from it (or a collection the site does not have yet) is named by its id.
 */
export function columnPageView(
  column: Column,
  entries: Partial<Record<RelationKind, readonly NamedEntry[]>>,
  today?: Date,
): ColumnPageView {
  const state = publicationState(column, today);
  const related = relationsOf(column)
    .filter((r) => r.ids.length > 0)
    .map((r) => ({
      kind: r.kind,
      heading: RELATION_HEADINGS[r.kind],
      links: r.ids.map((id) => {
        const found = entries[r.kind]?.find((e) => e.id === id);
        return { href: relationHref(r.kind, id), label: found?.name ?? found?.title ?? id };
      }),
    }));
  const cover = column.cover;
  return {
    state,
    published: state === 'published',
    related,
    ogImage: cover && !cover.src.endsWith('.svg') ? { src: cover.src, alt: cover.alt } : undefined,
  };
}

export interface ColumnCheckContext {
  /** Path of a column's file as an editor finds it: `content/columns/<id>.mdx`. */
  fileOf: (id: string) => string;
  /**
   * Ids that exist in each related collection. A collection not yet in the site (undefined) is not
   * checked, so that a column can be written before the entries it will link to.
   */
  known: Partial<Record<RelationKind, ReadonlySet<string>>>;
  /** Whether a file exists under `public/` at this site path ("/images/x.svg"). */
  publicFileExists?: (sitePath: string) => boolean;
}

const KIND_WORD: Record<RelationKind, string> = {
  policy: 'chính sách',
  task: 'nhiệm vụ',
  agency: 'cơ quan',
  document: 'văn bản',
};

const FIELD_WORD: Record<RelationKind, string> = {
  policy: 'Chính sách liên quan (policies)',
  task: 'Nhiệm vụ liên quan (tasks)',
  agency: 'Cơ quan liên quan (agencies)',
  document: 'Văn bản liên quan (documents)',
};

/**
 * Rules that span files: the id is a usable address, references point at entries that exist, the
 * cover image is there, and two spellings of one series or tag do not split it into two pages.
 */
export function checkColumns(
  columns: readonly Column[],
  context: ColumnCheckContext,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const tagNames = new Map<string, string>();
  for (const column of columns) {
    const file = context.fileOf(column.id);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(column.id)) {
      issues.push({
        file,
        field: 'tên tệp',
        message: `tên tệp "${column.id}" phải gồm chữ thường không dấu, số và dấu "-"; hãy tạo bài bằng lệnh npm run new:column`,
      });
    }
    if (RESERVED_IDS.includes(column.id)) {
      issues.push({
        file,
        field: 'tên tệp',
        message: `tên tệp "${column.id}" trùng với một địa chỉ dành riêng của chuyên mục (${RESERVED_IDS.join(', ')}); hãy đổi tên tệp`,
      });
    }
    for (const { kind, ids } of relationsOf(column)) {
      const known = context.known[kind];
      ids.forEach((id, i) => {
        if (known && !known.has(id)) {
          issues.push({
            file,
            field: `${FIELD_WORD[kind]}, mục ${i + 1}`,
            message: `không có ${KIND_WORD[kind]} nào có mã "${id}"${didYouMean(id, known)}`,
          });
        }
      });
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) {
          issues.push({
            file,
            field: `${FIELD_WORD[kind]}, mục ${i + 1}`,
            message: `mã "${id}" được ghi hai lần`,
          });
        }
      });
    }
    if (column.cover && context.publicFileExists && !context.publicFileExists(column.cover.src)) {
      issues.push({
        file,
        field: 'Đường dẫn ảnh bìa (cover.src)',
        message: `không có tệp ảnh public${column.cover.src}; hãy chép ảnh vào thư mục public/ hoặc sửa đường dẫn`,
      });
    }
    if (!seriesSlug(column.series)) {
      issues.push({
        file,
        field: 'Chuyên mục (series)',
        message: 'tên chuyên mục phải có ít nhất một chữ cái hoặc chữ số',
      });
    }
    column.tags.forEach((tag, i) => {
      const slug = tagSlug(tag);
      if (!slug) {
        issues.push({
          file,
          field: `Từ khoá (tags), mục ${i + 1}`,
          message: 'từ khoá phải có ít nhất một chữ cái hoặc chữ số',
        });
        return;
      }
      const first = tagNames.get(slug);
      if (first !== undefined && first !== tag) {
        issues.push({
          file,
          field: `Từ khoá (tags), mục ${i + 1}`,
          message: `"${tag}" gần trùng với từ khoá "${first}" đã có; hãy viết đúng như cũ`,
        });
      } else tagNames.set(slug, tag);
    });
  }
  issues.push(...checkSeriesSpelling(columns, context.fileOf));
  return issues;
}

/**
 * A series spelt unlike the other columns of it. The spelling most columns use is the series; the
 * odd one out is the mistake, whichever file the loader read first: a typo in a new column must
 * name the new file, not the two old ones. A spelling of its own (one column) within two edits of
 * a series that has more columns is a typo too, though it would make a page of its own.
 */
function checkSeriesSpelling(
  columns: readonly Column[],
  fileOf: (id: string) => string,
): ContentIssue[] {
  const bySpelling = new Map<string, Column[]>();
  for (const c of columns) bySpelling.set(c.series, [...(bySpelling.get(c.series) ?? []), c]);
  const spellings = [...bySpelling].map(([name, list]) => ({ name, list }));
  const issues: ContentIssue[] = [];
  spellings.forEach(({ name, list }, index) => {
    const slug = seriesSlug(name);
    if (!slug) return;
    const larger = spellings.filter((o) => o.list.length > list.length);
    // Two spellings of one address with as many columns each: the one read first stays.
    const sameSlug = spellings
      .filter(
        (o, i) =>
          seriesSlug(o.name) === slug &&
          (o.list.length > list.length || (o.list.length === list.length && i < index)),
      )
      .sort((x, y) => y.list.length - x.list.length)[0];
    const close =
      sameSlug?.name ??
      (list.length === 1
        ? closestField(
            name,
            larger.map((o) => o.name),
          )
        : undefined);
    if (close === undefined) return;
    const count = bySpelling.get(close)!.length;
    for (const column of list) {
      issues.push({
        file: fileOf(column.id),
        field: 'Chuyên mục (series)',
        message: `chuyên mục "${name}" khác cách viết của ${count} bài khác (có phải ý bạn là "${close}"?); hãy viết đúng như vậy để các bài vào cùng một chuyên mục`,
      });
    }
  });
  return issues;
}

/**
 * Sentences of the new-column template that an editor must replace. A published column that
 * still carries one would show the template on the site, so the check refuses it.
 */
export const TEMPLATE_PLACEHOLDERS = {
  sapo: 'Thay câu này bằng hai, ba câu tóm tắt bài viết.',
  body: 'Thay đoạn này bằng nội dung bài viết.',
} as const;

export interface ColumnFile {
  id: string;
  /** Path as an editor finds it: `content/columns/<id>.mdx`. */
  file: string;
  /** The whole file, frontmatter included. */
  source: string;
  draft: boolean;
  sapo: string;
}

/**
 * Checks of one column's text: safety (script, components), every `<PlanQuote>` cite resolves,
 * and a published column no longer carries the template's placeholder sentences.
 * `resolveCite` returns null when the cite resolves, or the reason it does not.
 */
export function checkColumnFile(
  column: ColumnFile,
  resolveCite: (cite: string) => string | null,
): ContentIssue[] {
  const { file, source } = column;
  const issues = checkContentSource(file, source, {
    allowedComponents: Object.keys(COLUMN_COMPONENTS),
  });
  let tree: ReturnType<typeof parseContent> | null = null;
  try {
    tree = parseContent(blankFrontmatter(source), file.endsWith('.mdx'));
  } catch {
    // checkContentSource has already explained the syntax error.
  }
  if (tree) issues.push(...quoteIssues(file, tree, resolveCite));
  issues.push(...misindentedListItems(file, source, LIST_FIELD_WORD));
  if (!column.draft) {
    if (column.sapo.includes(TEMPLATE_PLACEHOLDERS.sapo)) {
      issues.push({
        file,
        field: 'Sapo – đoạn mở đầu (sapo)',
        message: 'sapo vẫn là câu mẫu; hãy viết sapo trước khi đăng (hoặc để draft: true)',
      });
    }
    if (source.includes(TEMPLATE_PLACEHOLDERS.body)) {
      issues.push({
        file,
        field: 'nội dung',
        message: 'bài vẫn còn đoạn mẫu; hãy viết nội dung trước khi đăng (hoặc để draft: true)',
      });
    }
  }
  return issues;
}

/** The list fields of a column's frontmatter, by key, as editors read them. */
const LIST_FIELD_WORD: Readonly<Record<string, string>> = {
  tags: 'Từ khoá (tags)',
  policies: FIELD_WORD.policy,
  tasks: FIELD_WORD.task,
  agencies: FIELD_WORD.agency,
  documents: FIELD_WORD.document,
};

/**
 * A "- " item of a frontmatter list indented unlike the items above it. YAML reads a deeper one as
 * the rest of the item above, so "- Hợp tác xã" over "    - Tín dụng" becomes one tag
 * "Hợp tác xã - Tín dụng" without a word; only the text of the file shows the line at fault.
 * `fields` maps the top-level keys to check to their names for editors.
 */
export function misindentedListItems(
  file: string,
  source: string,
  fields: Readonly<Record<string, string>>,
): ContentIssue[] {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const issues: ContentIssue[] = [];
  let key: string | undefined;
  let indent: number | undefined;
  let previous = '';
  for (let i = 1; i < lines.length && lines[i].trim() !== '---'; i++) {
    const line = lines[i];
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const top = /^([A-Za-z_][\w-]*):\s*$/.exec(line);
    // A list may start flush left under its key ("tags:" then "- a"); any other unindented line
    // is the next field.
    if (top || !/^\s|^- /.test(line)) {
      key = top && Object.hasOwn(fields, top[1]) ? top[1] : undefined;
      indent = undefined;
      continue;
    }
    const item = /^(\s*)- /.exec(line);
    if (key === undefined || !item) continue;
    const own = item[1].length;
    if (indent === undefined) indent = own;
    else if (own !== indent) {
      issues.push({
        file,
        field: `${fields[key]}, dòng ${i + 1}`,
        message: `dòng "${line.trim()}" thụt vào ${own} dấu cách, các mục ở trên thụt ${indent}: YAML gộp nó vào mục "${previous}" thành một mục; hãy để mọi dòng "- " thẳng hàng nhau`,
      });
      continue;
    }
    previous = line.trim().slice(2).trim();
  }
  return issues;
}

/** An issue for every `<PlanQuote>` of a parsed text whose cite is missing or does not resolve. */
function quoteIssues(
  file: string,
  tree: ReturnType<typeof parseContent>,
  resolveCite: (cite: string) => string | null,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { cite, line } of planQuoteCites(tree)) {
    const field = line ? `nội dung, dòng ${line}` : 'nội dung';
    if (cite === null) {
      issues.push({
        file,
        field,
        message:
          'thẻ <PlanQuote> thiếu cite, ví dụ <PlanQuote cite="510-qd-ubnd#muc-iii-2-4-p2" />',
      });
      continue;
    }
    const problem = resolveCite(cite);
    if (problem) issues.push({ file, field, message: `trích dẫn ${problem}` });
  }
  return issues;
}

/** The `<PlanQuote>` checks of columns, for any MDX text (a policy page). */
export function checkPlanQuotes(
  file: string,
  source: string,
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): ContentIssue[] {
  try {
    return quoteIssues(
      file,
      parseContent(blankFrontmatter(source), file.endsWith('.mdx')),
      citeProblem(sectionsByPlan),
    );
  } catch {
    return []; // A syntax error is reported by checkContentSource.
  }
}

/** For checkColumnFile: null when a cite resolves, else why it does not. */
export function citeProblem(
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): (cite: string) => string | null {
  return (cite) => {
    const result = resolveCitation(cite, sectionsByPlan);
    return 'error' in result ? result.error : null;
  };
}

export interface ColumnSetContext extends Omit<ColumnCheckContext, 'fileOf'> {
  /** Parsed sections of every plan, to resolve `<PlanQuote cite>`. */
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>;
}

/**
 * Every check of the columns, for the build (src/data/site-data.ts) and `npm run check:content`
 * alike: rules across files, and the text of each file.
 */
export function checkColumnSet(
  columns: readonly (Column & { file: string; source: string })[],
  context: ColumnSetContext,
): ContentIssue[] {
  const files = new Map(columns.map((c) => [c.id, c.file]));
  const resolveCite = citeProblem(context.sectionsByPlan);
  return [
    ...checkColumns(columns, {
      ...context,
      fileOf: (id) => files.get(id) ?? id,
    }),
    ...columns.flatMap((c) => checkColumnFile(c, resolveCite)),
  ];
}

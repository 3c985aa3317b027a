/**
 * `npm run check:content`: checks every content file the way the build does, in seconds and
 * without building, and explains each problem to an editor: the file, the field in Vietnamese
 * words (with the key as written in the file), and what to do.
 *
 * Two passes, like the build: each file against its collection's schema (src/schemas/), then the
 * rules across files that src/data/site-data.ts runs (src/lib/*). A check added to site-data.ts
 * belongs here too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { checkColumnFile, citeProblem, publicationState, type Column } from '../src/lib/columns.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { didYouMean, formatContentIssues, type ContentIssue } from '../src/lib/content-errors.ts';
import {
  folderFiles,
  planFolders,
  readFrontmatter,
  readSource,
  readYaml,
} from '../src/lib/content-files.ts';
import { checkContentSource } from '../src/lib/content-safety.ts';
import type { LegalDocument } from '../src/lib/documents.ts';
import { formatDate } from '../src/lib/format.ts';
import type { GlossaryEntry } from '../src/lib/glossary.ts';
import { parsePlanText } from '../src/lib/plan-parser.ts';
import { checkPublicFiles } from '../src/lib/public-files.ts';
import { fieldLabel, useVietnameseErrors } from '../src/lib/zod-vietnamese.ts';
import { checkSite, type CheckedPlan } from '../src/lib/site-checks.ts';
import type { PolicyPage } from '../src/lib/policies.ts';
import type { ReportEntry, TargetEntry } from '../src/lib/targets.ts';
import type { EvidenceEntry } from '../src/lib/progress.ts';
import type { DataReleaseEntry } from '../src/lib/open-data.ts';
import {
  collectionSpecs,
  registry,
  unknownContent,
  type CollectionName,
} from '../src/registry/collections.ts';
import type { Agency } from '../src/schemas/agency.ts';
import type { Change } from '../src/schemas/change.ts';
import type { Task } from '../src/schemas/task.ts';

// Field labels come from the schemas' own Vietnamese titles (`.meta({ title })`), one source for
// the schemas, the editors' JSON Schemas and these messages.
export { fieldLabel };

useVietnameseErrors();

/** A file whose fields failed the schema: its text can still be checked. */
interface Rejected {
  file: string;
  source: string;
}

interface Loaded<T> {
  id: string;
  file: string;
  source: string;
  data: T;
}

interface CollectionSpec {
  dir: string;
  /** File name endings this collection reads. */
  extensions: readonly string[];
  schema: z.ZodType;
  /** Components a Markdown/MDX file may use; any when absent (script is refused regardless). */
  components?: readonly string[];
}

/** The registry's file collections (src/registry/collections.ts), as this script reads them. */
const COLLECTIONS = Object.fromEntries(
  collectionSpecs()
    .filter(([, c]) => c.kind === 'files')
    .map(([name, c]) => [
      name,
      {
        dir: c.folder,
        extensions: c.extensions,
        schema: c.schema,
        components: c.components,
      } satisfies CollectionSpec,
    ]),
) as Record<CollectionName, CollectionSpec>;

/** `content/site.yaml`: read, valid, and naming a plan that exists. */
function checkSiteConfig(base: string, planIds: ReadonlySet<string>): ContentIssue[] {
  const path = join(base, registry.site.folder);
  const file = display(path);
  if (!existsSync(path)) {
    return [
      {
        file,
        field: 'toàn tệp',
        message: 'thiếu tệp cấu hình trang (tên trang, mô tả, kế hoạch chính)',
      },
    ];
  }
  const read = readSource(path, file);
  if ('issue' in read) return [read.issue];
  const parsed = readYaml(read.source);
  if ('error' in parsed) return [{ file, field: 'toàn tệp', message: parsed.error }];
  const result = registry.site.schema.safeParse(parsed.data);
  if (!result.success) {
    return result.error.issues.map((issue) => ({
      file,
      field: fieldLabel(issue.path, registry.site.schema),
      message: issue.message,
    }));
  }
  if (planIds.size > 0 && !planIds.has(result.data.mainPlan)) {
    return [
      {
        file,
        field: fieldLabel(['mainPlan'], registry.site.schema),
        message: `không có kế hoạch mã "${result.data.mainPlan}" trong thư mục kế hoạch${didYouMean(result.data.mainPlan, planIds)}`,
      },
    ];
  }
  return [];
}

function display(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

export interface CheckResult {
  issues: ContentIssue[];
  /** Notes that are not errors: unread files, unpublished columns. */
  notes: string[];
  files: number;
}

/** Every check of the content folder `base`; nothing is written, nothing thrown. */
export function checkContent(
  base: string = contentDir(),
  options: { publicDir?: string } = {},
): CheckResult {
  const issues: ContentIssue[] = [];
  const notes: string[] = [];
  let files = 0;

  const rejected = new Map<string, Rejected[]>();

  function load<T>(spec: CollectionSpec): Loaded<T>[] {
    const dir = join(base, spec.dir);
    const loaded: Loaded<T>[] = [];
    // The build's own rules for which files are read and what their ids are.
    const found = folderFiles({ dir, shown: display(dir), extensions: spec.extensions });
    issues.push(...found.issues);
    for (const { id, name, extension: ext, path } of found.files) {
      files += 1;
      const file = display(join(dir, name));
      const read = readSource(path, file);
      if ('issue' in read) {
        issues.push(read.issue);
        continue;
      }
      const source = read.source;
      const isText = ext === '.md' || ext === '.mdx';
      let raw: unknown;
      if (isText) {
        const parsed = readFrontmatter(source);
        if ('error' in parsed) {
          issues.push({ file, field: 'phần đầu tệp', message: parsed.error });
          continue;
        }
        raw = parsed.data;
        // Script is refused everywhere; only columns are held to a list of components.
        issues.push(
          ...checkContentSource(file, source, {
            allowedComponents: spec.components === undefined ? null : spec.components,
          }),
        );
      } else {
        const parsed = readYaml(source);
        if ('error' in parsed) {
          issues.push({ file, field: 'toàn tệp', message: parsed.error });
          continue;
        }
        raw = parsed.data;
      }
      const result = spec.schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          issues.push({ file, field: fieldLabel(issue.path, spec.schema), message: issue.message });
        }
        rejected.set(spec.dir, [...(rejected.get(spec.dir) ?? []), { file, source }]);
        continue;
      }
      loaded.push({ id, file, source, data: result.data as T });
    }
    return loaded;
  }

  // Plans: metadata beside the verbatim text, parsed as the sections loader does.
  const plans: CheckedPlan[] = [];
  const plansDir = join(base, 'plans');
  // Read as the build's loaders read them; a text that is not the official one is reported here.
  const planFiles = planFolders(plansDir, display(plansDir));
  issues.push(...planFiles.issues);
  for (const folder of planFiles.plans) {
    files += 1;
    const { file } = folder;
    const result = registry.plans.schema.safeParse(folder.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({
          file,
          field: fieldLabel(issue.path, registry.plans.schema),
          message: issue.message,
        });
      }
      continue;
    }
    try {
      const sections = parsePlanText(folder.text);
      plans.push({
        id: folder.id,
        ...result.data,
        file,
        textFile: folder.textFile,
        text: folder.text,
        sections,
      });
    } catch (error) {
      issues.push({ file: folder.textFile, field: 'văn bản', message: (error as Error).message });
    }
  }
  const sectionsByPlan = new Map(plans.map((p) => [p.id, p.sections]));
  issues.push(...checkSiteConfig(base, new Set(plans.map((p) => p.id))));
  if (existsSync(join(base, registry.site.folder))) files += 1;
  const flat = <T>(entries: Loaded<T>[]) => entries.map((e) => ({ id: e.id, ...e.data }));
  const documents: LegalDocument[] = flat(load<Omit<LegalDocument, 'id'>>(COLLECTIONS.documents));
  const agencyEntries = load<Omit<Agency, 'id'>>(COLLECTIONS.agencies);
  const taskEntries = load<Omit<Task, 'id'>>(COLLECTIONS.tasks);
  const targets: TargetEntry[] = flat(load<Omit<TargetEntry, 'id'>>(COLLECTIONS.targets));
  const reports: ReportEntry[] = flat(load<Omit<ReportEntry, 'id'>>(COLLECTIONS.reports));
  const policyEntries = load<Omit<PolicyPage, 'id'>>(COLLECTIONS.policies);
  const policies: PolicyPage[] = flat(policyEntries);
  const evidence: EvidenceEntry[] = flat(load<Omit<EvidenceEntry, 'id'>>(COLLECTIONS.evidence));
  const dataReleases: DataReleaseEntry[] = flat(
    load<Omit<DataReleaseEntry, 'id'>>(COLLECTIONS.dataChangelog),
  );
  const glossary: GlossaryEntry[] = flat(load<Omit<GlossaryEntry, 'id'>>(COLLECTIONS.glossary));
  const columnEntries = load<Omit<Column, 'id'>>(COLLECTIONS.columns);
  const changeEntries = load<Omit<Change, 'id'>>(COLLECTIONS.changes);

  // The rules across files are the build's own (src/lib/site-checks.ts). Not against a text that
  // is no longer the official one: every quote of it would be blamed for the text's change, as the
  // build too stops at the text (src/loaders/sections-loader.ts).
  const textChanged = planFiles.issues.some((i) => i.message.includes('văn bản chính thức'));
  if (textChanged) {
    notes.push('Văn bản kế hoạch khác bản chính thức: chưa kiểm tra các trích dẫn tới nó.');
  }
  issues.push(
    ...(textChanged
      ? []
      : checkSite(
          {
            plans,
            documents,
            agencies: agencyEntries.map((e) => ({ agency: { id: e.id, ...e.data }, file: e.file })),
            tasks: taskEntries.map((e) => ({ task: { id: e.id, ...e.data }, file: e.file })),
            targets,
            reports,
            evidence,
            dataReleases,
            policies,
            policyFiles: policyEntries.map((e) => ({ file: e.file, source: e.source })),
            glossary,
            columns: columnEntries.map((e) => ({
              id: e.id,
              ...e.data,
              file: e.file,
              source: e.source,
            })),
            changes: changeEntries.map((e) => ({ change: { id: e.id, ...e.data }, file: e.file })),
          },
          {
            dir: (collection) => display(join(base, collection)),
            publicFileExists: (path) => existsSync(`public${path}`),
          },
        )),
  );
  // The files of public/ are published as they are, whatever the content folder.
  issues.push(...checkPublicFiles(options.publicDir ?? 'public'));
  // A column whose fields are wrong still gets its quotes checked, so one run lists everything.
  for (const { file, source } of rejected.get('columns') ?? []) {
    issues.push(
      ...checkColumnFile(
        { id: file, file, source, draft: true, sapo: '' },
        citeProblem(sectionsByPlan),
      ),
    );
  }
  for (const column of columnEntries) {
    const state = publicationState(column.data);
    if (state === 'draft') notes.push(`Bài nháp (chưa đăng): ${column.file}`);
    if (state === 'scheduled') {
      notes.push(`Bài hẹn đăng ${formatDate(column.data.publishDate)}: ${column.file}`);
    }
  }

  // A folder or file no collection claims would go unread: the build refuses it too.
  issues.push(...unknownContent(base, display(base)));
  // The columns' text is checked on its own and again with the column rules: report once.
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = `${i.file}\u0000${i.field}\u0000${i.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { issues: unique, notes, files };
}

if (import.meta.main) {
  const base = contentDir();
  if (!existsSync(base)) {
    console.error(`Không có thư mục nội dung ${base}.`);
    process.exitCode = 1;
  } else {
    const { issues, notes, files } = checkContent(base);
    for (const note of notes) console.log(`Lưu ý: ${note}`);
    if (issues.length > 0) {
      console.error(formatContentIssues(issues));
      console.error('\nSửa các lỗi trên rồi chạy lại: npm run check:content');
      process.exitCode = 1;
    } else {
      console.log(`Đã kiểm tra ${files} tệp trong ${display(base)}: không có lỗi.`);
    }
  }
}

/**
 * `npm run check:content`: checks every content file the way the build does, in seconds and
 * without building, and explains each problem to an editor: the file, the field in Vietnamese
 * words (with the key as written in the file), and what to do.
 *
 * Two passes, like the build: each file against its collection's schema (src/schemas/), read by
 * ./check-content/read.ts, then the rules across files that src/data/site-data.ts runs
 * (src/lib/site-checks.ts). A check added to site-data.ts belongs here too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkColumnFile, citeProblem, publicationState, type Column } from '../src/lib/columns.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatContentIssues, type ContentIssue } from '../src/lib/content-errors.ts';
import type { LegalDocument } from '../src/lib/documents.ts';
import { formatDate } from '../src/lib/format.ts';
import type { GlossaryEntry } from '../src/lib/glossary.ts';
import { checkPublicFiles } from '../src/lib/public-files.ts';
import { fieldLabel, useVietnameseErrors } from '../src/lib/zod-vietnamese.ts';
import { checkSite } from '../src/lib/site-checks.ts';
import type { PolicyPage } from '../src/lib/policies.ts';
import type { ReportEntry, TargetEntry } from '../src/lib/targets.ts';
import type { EvidenceEntry } from '../src/lib/progress.ts';
import type { DataReleaseEntry } from '../src/lib/open-data.ts';
import { registry, unknownContent } from '../src/registry/collections.ts';
import type { Agency } from '../src/schemas/agency.ts';
import type { Change } from '../src/schemas/change.ts';
import type { Contact } from '../src/schemas/contact.ts';
import type { Task } from '../src/schemas/task.ts';
import {
  checkSiteConfig,
  COLLECTIONS,
  contentReader,
  display,
  type Loaded,
} from './check-content/read.ts';

// Field labels come from the schemas' own Vietnamese titles (`.meta({ title })`), one source for
// the schemas, the editors' JSON Schemas and these messages.
export { fieldLabel };

useVietnameseErrors();

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

  // Plans: metadata beside the verbatim text, parsed as the sections loader does.
  const reader = contentReader(base, issues);
  const load = reader.load;
  const { plans, officialIssues } = reader.readPlans();
  const sectionsByPlan = new Map(plans.map((p) => [p.id, p.sections]));
  issues.push(...checkSiteConfig(base, new Set(plans.map((p) => p.id))));
  if (existsSync(join(base, registry.site.folder))) reader.countFile();
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
  const contacts: Contact[] = flat(load<Omit<Contact, 'id'>>(COLLECTIONS.contacts));

  // The rules across files are the build's own (src/lib/site-checks.ts). Not against a text that
  // is no longer the official one: every quote of it would be blamed for the text's change, as the
  // build too stops at the text (src/loaders/sections-loader.ts).
  const textChanged = officialIssues.some((i) => i.message.includes('văn bản chính thức'));
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
            contacts,
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
  for (const { file, source } of reader.rejected.get('columns') ?? []) {
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
  return { issues: unique, notes, files: reader.files };
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

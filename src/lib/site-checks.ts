/**
 * Every rule that spans more than one content file, in one place. The build
 * (src/data/site-data.ts) and `npm run check:content` (scripts/check-content.ts) load the files
 * their own way and both call this, so the two can never disagree about what is broken.
 */
import { checkAgencies } from './agencies.ts';
import { checkChanges, checkSuccession, type ChangeEntry } from './changes.ts';
import { checkContacts } from './contacts.ts';
import { checkColumnSet, checkPlanQuotes, type Column } from './columns.ts';
import { checkInternalLinks, type KnownEntries } from './internal-links.ts';
import type { ContentIssue } from './content-errors.ts';
import { type LegalDocument } from './documents.ts';
import { checkDocumentIssuers, checkDocuments } from './document-checks.ts';
import { checkCitedDocuments } from './document-linking.ts';
import { checkGlossary, type GlossaryEntry } from './glossary.ts';
import type { PlanSection } from './plan-parser.ts';
import { checkPlanNotes } from './plans.ts';
import { checkPolicyAreas, horizonsOf, policyAreasOf } from './policy-areas.ts';
import { checkGeneralContacts, checkPolicies, type PolicyPage } from './policies.ts';
import { checkTargets, type ReportEntry, type TargetEntry } from './targets.ts';
import { checkEvidence, checkReports, type EvidenceEntry } from './progress.ts';
import { checkDataChangelog, type DataReleaseEntry } from './open-data.ts';
import { checkTasks } from './tasks.ts';
import type { Agency } from '../schemas/agency.ts';
import type { PlanData } from '../schemas/plan.ts';
import type { Task } from '../schemas/task.ts';
import type { Contact } from '../schemas/contact.ts';

export interface CheckedPlan extends PlanData {
  id: string;
  /** The plan's `plan.yaml`, as editors name it. */
  file: string;
  /** The verbatim text file, as editors name it, and its content. */
  textFile: string;
  text: string;
  sections: PlanSection[];
}

export interface SiteContent {
  plans: readonly CheckedPlan[];
  documents: readonly LegalDocument[];
  agencies: readonly { agency: Agency; file: string }[];
  tasks: readonly { task: Task; file: string }[];
  targets: readonly TargetEntry[];
  reports: readonly ReportEntry[];
  /** Dated evidence of what has been done on the tasks (content/evidence/). Empty by default. */
  evidence?: readonly EvidenceEntry[];
  /** The releases of the open data (content/data-changelog/). Empty by default. */
  dataReleases?: readonly DataReleaseEntry[];
  policies: readonly PolicyPage[];
  glossary: readonly GlossaryEntry[];
  columns: readonly (Column & { file: string; source: string })[];
  /** The policy pages' files and text, for their quotes and links. */
  policyFiles?: readonly { file: string; source: string }[];
  /** Outside facts since the plans (content/changes/); none when the folder is absent. */
  changes?: readonly ChangeEntry[];
  /** Where to go today (content/contacts/); none when the folder is absent. */
  contacts?: readonly Contact[];
}

export interface SiteCheckOptions {
  /** The folder of a collection as editors name it (`content/tasks`). */
  dir: (collection: string) => string;
  /** Whether a path under `public/` exists (a column's cover image). */
  publicFileExists: (path: string) => boolean;
}

/** Every cross-file problem of the content, for one readable report. */
export function checkSite(content: SiteContent, options: SiteCheckOptions): ContentIssue[] {
  const { dir } = options;
  const sectionsByPlan = new Map(content.plans.map((p) => [p.id, p.sections]));
  const issues: ContentIssue[] = [];

  // Each plan's policy areas and target horizons, which the rules below compare with.
  const areas = policyAreasOf(content.plans);
  const horizons = horizonsOf(content.plans);
  issues.push(...checkPolicyAreas(content.plans));
  for (const plan of content.plans) {
    if (plan.sections.length === 0) {
      issues.push({ file: plan.file, field: 'text', message: 'văn bản không có mục nào đọc được' });
    }
    issues.push(...checkPlanNotes(plan.file, plan.notes, plan.sections));
  }

  // Documents: relations, and no number cited in a plan's text without an entry.
  const documents = content.documents;
  issues.push(
    ...checkDocuments(documents, {
      dir: dir('documents'),
      sectionsByPlan,
      changeIds: new Set((content.changes ?? []).map((c) => c.change.id)),
      planRelations: content.plans.map((p) => ({
        plan: p.id,
        file: p.file,
        implements: p.implements,
        repeals: p.repeals,
      })),
    }),
  );
  for (const plan of content.plans) {
    issues.push(
      ...checkCitedDocuments(
        { id: plan.id, file: plan.textFile, text: plan.text },
        documents,
        dir('documents'),
      ),
    );
  }

  // Agencies and tasks: every reference is checked here, since Astro only logs a dangling one.
  const agencies = content.agencies.map((a) => a.agency);
  const agencyIds = new Set(agencies.map((a) => a.id));
  issues.push(...checkDocumentIssuers(documents, agencyIds, dir('documents')));
  issues.push(...checkAgencies(content.agencies, sectionsByPlan));
  issues.push(...checkTasks(content.tasks, agencies, sectionsByPlan, areas));

  // Changes since the plans, and the successions they make: what they name must exist.
  const changes = content.changes ?? [];
  issues.push(
    ...checkChanges(changes, {
      agencies: agencyIds,
      documents: new Set(documents.map((d) => d.id)),
      plans: new Set(content.plans.map((p) => p.id)),
      targets: new Set(content.targets.map((t) => t.id)),
    }),
    ...checkSuccession(content.agencies, new Map(changes.map((c) => [c.change.id, c.change]))),
  );
  const changeIds = new Set(changes.map((c) => c.change.id));
  for (const doc of documents) {
    if (doc.outsideChange !== undefined && !changeIds.has(doc.outsideChange)) {
      issues.push({
        file: `${dir('documents')}/${doc.id}.yaml`,
        field: 'outsideChange',
        message: `không có thay đổi nào mã "${doc.outsideChange}" trong content/changes/`,
      });
    }
  }

  // Policy areas, targets, reports and the glossary: citations, verbatim wording and ids.
  const documentIds = new Set(documents.map((d) => d.id));
  issues.push(...checkTargets(content.targets, { dir: dir('targets'), sectionsByPlan, horizons }));
  issues.push(...checkReports(content.reports, content.targets, { dir: dir('reports') }));
  issues.push(
    ...checkEvidence(content.evidence ?? [], new Set(content.tasks.map((t) => t.task.id)), {
      dir: dir('evidence'),
    }),
    ...checkDataChangelog(content.dataReleases ?? [], { dir: dir('data-changelog') }),
    ...checkContacts(
      content.contacts ?? [],
      { agencyIds, policyIds: new Set(content.policies.map((p) => p.id)) },
      { dir: dir('contacts') },
    ),
  );
  issues.push(
    ...checkPolicies(content.policies, {
      dir: dir('policies'),
      sectionsByPlan,
      agencyIds,
      documentIds,
      targetIds: new Set(content.targets.map((t) => t.id)),
      areas,
      requireAll: true,
    }),
    ...checkGeneralContacts(content.plans, agencyIds, sectionsByPlan),
  );
  issues.push(...checkGlossary(content.glossary, { dir: dir('glossary'), sectionsByPlan }));

  // Quotes and links written in the text of policy pages and columns.
  const known: KnownEntries = {
    agencies: agencyIds,
    tasks: new Set(content.tasks.map((t) => t.task.id)),
    policies: new Set(content.policies.map((p) => p.id)),
    documents: documentIds,
    columns: new Set(content.columns.map((c) => c.id)),
    sectionsByPlan,
  };
  for (const { file, source } of content.policyFiles ?? []) {
    issues.push(...checkPlanQuotes(file, source, sectionsByPlan));
    issues.push(...checkInternalLinks(file, source, known));
  }
  for (const { file, source } of content.columns) {
    issues.push(...checkInternalLinks(file, source, known));
  }

  // Columns last: every related id must name an entry checked above.
  issues.push(
    ...checkColumnSet(content.columns, {
      sectionsByPlan,
      known: {
        document: documentIds,
        agency: agencyIds,
        task: new Set(content.tasks.map((t) => t.task.id)),
        policy: new Set(content.policies.map((p) => p.id)),
      },
      publicFileExists: options.publicFileExists,
    }),
  );
  return issues;
}

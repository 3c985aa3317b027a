/**
 * Loads every collection once per build, runs the integrity checks of src/lib/, and fails the
 * build with one readable list of problems (file and field named) when content is broken. Astro
 * only logs a dangling reference, so the checks here are what keeps a broken link out of the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { checkColumnSet, type Column } from '../lib/columns.ts';
import { assertNoIssues, type ContentIssue } from '../lib/content-errors.ts';
import { contentDir } from '../lib/content-dir.ts';
import {
  checkCitedDocuments,
  checkDocumentIssuers,
  checkDocuments,
  documentTerms,
  type LegalDocument,
} from '../lib/documents.ts';
import {
  linkParts,
  planTextParts,
  type LinkTerm,
  type PlanPlace,
  type Segment,
} from '../lib/linker.ts';
import type { PlanSection } from '../lib/plan-parser.ts';
import { agencyTerms, checkAgencies } from '../lib/agencies.ts';
import { checkTasks, sortTasks } from '../lib/tasks.ts';
import type { Agency } from '../schemas/agency.ts';
import type { Task } from '../schemas/task.ts';
import { checkPlanNotes } from '../lib/plans.ts';
import { checkGlossary, glossaryTerms, type GlossaryEntry } from '../lib/glossary.ts';
import {
  checkGeneralContacts,
  checkPolicies,
  sortPolicies,
  type PolicyEntry,
} from '../lib/policies.ts';
import {
  checkReports,
  checkTargets,
  sortTargets,
  type ReportEntry,
  type TargetEntry,
} from '../lib/targets.ts';
import type { PlanData } from '../schemas/plan.ts';

export interface Plan extends PlanData {
  id: string;
  sections: PlanSection[];
}

export interface SiteData {
  plans: Plan[];
  sectionsByPlan: Map<string, PlanSection[]>;
  /** Every column, published or not: pages show what src/lib/columns.ts allows. */
  columns: Column[];
  /** Every document the plans cite (content/documents/). */
  documents: LegalDocument[];
  /** Every agency the plans name (content/agencies/), in no particular order. */
  agencies: Agency[];
  /** The task register (content/tasks/), in the order of the plan text. */
  tasks: Task[];
  /** The eight policy areas of III.2 (content/policies/), in the plan's order. */
  policies: PolicyEntry[];
  /** The targets of II.2 (content/targets/), by horizon then in the text's order. */
  targets: TargetEntry[];
  /** Progress figures from published reports (content/reports/); empty until one exists. */
  reports: ReportEntry[];
  /** Abbreviations and terms (content/glossary/). */
  glossary: GlossaryEntry[];
  /** The linker's terms that apply at a place of a plan (or anywhere, without a place). */
  linkTermsAt: (place?: PlanPlace) => LinkTerm[];
  /** Each plan's text, linked in reading order: plan id → part key (see planTextParts) → segments. */
  planLinks: Map<string, Map<string, Segment[]>>;
}

async function load(): Promise<SiteData> {
  const base = contentDir();
  const sectionEntries = await getCollection('sections');
  const sectionsByPlan = new Map<string, PlanSection[]>();
  for (const { data } of sectionEntries) {
    const { plan, ...section } = data;
    sectionsByPlan.set(plan, [...(sectionsByPlan.get(plan) ?? []), section]);
  }
  for (const list of sectionsByPlan.values()) list.sort((a, b) => a.order - b.order);

  const plans = (await getCollection('plans'))
    .map((entry) => ({ id: entry.id, ...entry.data, sections: sectionsByPlan.get(entry.id) ?? [] }))
    .sort((a, b) => b.issuedOn.getTime() - a.issuedOn.getTime());

  const issues: ContentIssue[] = [];
  for (const plan of plans) {
    const file = `${base}/plans/${plan.id}/plan.yaml`;
    if (plan.sections.length === 0) {
      issues.push({ file, field: 'text', message: 'văn bản không có mục nào đọc được' });
    }
    issues.push(...checkPlanNotes(file, plan.notes, plan.sections));
  }
  const documents = (await getCollection('documents')).map((e) => ({ id: e.id, ...e.data }));
  issues.push(
    ...checkDocuments(documents, {
      dir: `${base}/documents`,
      sectionsByPlan,
      planRelations: plans.map((p) => ({
        plan: p.id,
        file: `${base}/plans/${p.id}/plan.yaml`,
        implements: p.implements,
        repeals: p.repeals,
      })),
    }),
  );
  // A plan's text must not cite a document number that has no entry.
  for (const plan of plans) {
    const file = `${base}/plans/${plan.id}/${plan.text}`;
    issues.push(
      ...checkCitedDocuments(
        { id: plan.id, file, text: readFileSync(file, 'utf8') },
        documents,
        `${base}/documents`,
      ),
    );
  }

  // Agencies and tasks: every reference is checked here, since Astro only logs a dangling one.
  const agencyEntries = await getCollection('agencies');
  const agencies: Agency[] = agencyEntries.map((e) => ({ id: e.id, ...e.data }));
  issues.push(
    ...checkDocumentIssuers(documents, new Set(agencies.map((a) => a.id)), `${base}/documents`),
  );
  issues.push(
    ...checkAgencies(
      agencyEntries.map((e) => ({
        agency: { id: e.id, ...e.data },
        file: e.filePath ?? `${base}/agencies/${e.id}.yaml`,
      })),
      sectionsByPlan,
    ),
  );
  const taskEntries = await getCollection('tasks');
  issues.push(
    ...checkTasks(
      taskEntries.map((e) => ({
        task: { id: e.id, ...e.data },
        file: e.filePath ?? `${base}/tasks/${e.id}.yaml`,
      })),
      agencies,
      sectionsByPlan,
    ),
  );
  const tasks = sortTasks(
    taskEntries.map((e) => ({ id: e.id, ...e.data })),
    sectionsByPlan,
  );

  // Policy areas, targets, reports and the glossary: citations, verbatim wording and ids.
  const targets = sortTargets(
    (await getCollection('targets')).map((e) => ({ id: e.id, ...e.data })),
  );
  issues.push(...checkTargets(targets, { dir: `${base}/targets`, sectionsByPlan }));
  const reports = (await getCollection('reports')).map((e) => ({ id: e.id, ...e.data }));
  const documentIds = new Set(documents.map((d) => d.id));
  issues.push(...checkReports(reports, targets, { dir: `${base}/reports`, documentIds }));
  const policies = sortPolicies(
    (await getCollection('policies')).map((e) => ({ id: e.id, ...e.data })),
  );
  const agencyIds = new Set(agencies.map((a) => a.id));
  // The real site must cover all eight areas; a fixture set may hold a few.
  const requireAll = base === contentDir({});
  issues.push(
    ...checkPolicies(policies, {
      dir: `${base}/policies`,
      sectionsByPlan,
      agencyIds,
      documentIds,
      targetIds: new Set(targets.map((t) => t.id)),
      requireAll,
    }),
    ...(requireAll ? checkGeneralContacts(agencyIds) : []),
  );
  const glossary = (await getCollection('glossary')).map((e) => ({ id: e.id, ...e.data }));
  issues.push(...checkGlossary(glossary, { dir: `${base}/glossary`, sectionsByPlan }));

  // Columns last among the links they make: every related id must name an entry loaded above.
  const columnEntries = await getCollection('columns');
  const columns: Column[] = columnEntries.map((e) => ({ id: e.id, ...e.data }));
  issues.push(
    ...checkColumnSet(
      columnEntries.map((e) => {
        const file = e.filePath ?? `${base}/columns/${e.id}.mdx`;
        return { id: e.id, ...e.data, file, source: readFileSync(file, 'utf8') };
      }),
      {
        sectionsByPlan,
        known: {
          document: new Set(documents.map((d) => d.id)),
          agency: new Set(agencies.map((a) => a.id)),
          task: new Set(tasks.map((t) => t.id)),
          policy: new Set(policies.map((p) => p.id)),
        },
        publicFileExists: (path) => existsSync(`public${path}`),
      },
    ),
  );

  assertNoIssues(issues);

  // Cross-links in the text: documents, plus agencies and glossary terms where those exist.
  const docTerms = documentTerms(documents);
  const glossaryLinkTerms = glossaryTerms(glossary);
  const linkTermsAt = (place?: PlanPlace): LinkTerm[] => [
    ...docTerms,
    ...agencyTerms(agencies, place),
    ...glossaryLinkTerms,
  ];
  const planLinks = new Map(
    plans.map((p) => [p.id, linkParts(planTextParts(p.id, p.sections), linkTermsAt)]),
  );
  return {
    plans,
    sectionsByPlan,
    documents,
    columns,
    agencies,
    tasks,
    policies,
    targets,
    reports,
    glossary,
    linkTermsAt,
    planLinks,
  };
}

let cached: Promise<SiteData> | undefined;

/** The site's content, loaded and checked once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

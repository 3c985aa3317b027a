/**
 * Loads every collection once per build, runs the integrity checks of src/lib/, and fails the
 * build with one readable list of problems (file and field named) when content is broken. Astro
 * only logs a dangling reference, so the checks here are what keeps a broken link out of the site.
 */
import type { Contact } from '../schemas/contact.ts';
import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import {
  relatedColumnsIndex,
  visibleColumns,
  type Column,
  type RelationKind,
} from '../lib/columns.ts';
import { assertNoIssues } from '../lib/content-errors.ts';
import { contentDir } from '../lib/content-dir.ts';
import { relationGraph, type LegalDocument, type RelationGraph } from '../lib/documents.ts';
import { citationsByDocument, type DocumentCitation } from '../lib/document-citations.ts';
import { documentTerms } from '../lib/document-linking.ts';
import {
  linkParts,
  planTextParts,
  type LinkTerm,
  type PlanPlace,
  type Segment,
} from '../lib/linker.ts';
import type { PlanSection } from '../lib/plan-parser.ts';
import {
  displayName,
  agencyTerms,
  findMentions,
  membersByGroup,
  mentionsByAgency,
  type AgencyMentions,
} from '../lib/agencies.ts';
import { checkPublicFiles } from '../lib/public-files.ts';
import { checkSite } from '../lib/site-checks.ts';
import { vietnamToday } from '../lib/format.ts';
import {
  currentHolders,
  predecessorsByAgency,
  sortChanges,
  takenOverByAgency,
  type SuccessionStep,
  type TakenOverDuty,
} from '../lib/changes.ts';
import type { Change } from '../schemas/change.ts';
import {
  agenciesWithTasks,
  dutiesByAgency,
  filterCounts,
  sortTasks,
  tasksByPlan,
  type Duty,
  type FilterCounts,
} from '../lib/tasks.ts';
import type { Agency } from '../schemas/agency.ts';
import type { Task } from '../schemas/task.ts';
import { glossaryTerms, type GlossaryEntry } from '../lib/glossary.ts';
import { withAreas, type PolicyEntry } from '../lib/policies.ts';
import { sortTargets, type ReportEntry, type TargetEntry } from '../lib/targets.ts';
import type { PlanData } from '../schemas/plan.ts';
import type { Area } from '../schemas/shared.ts';
import {
  planOfTarget,
  sortEvidence,
  statusCounts,
  type EvidenceEntry,
  type TaskStatus,
} from '../lib/progress.ts';
import { plansWithCalendar } from '../lib/ical.ts';
import { sortReleases, type DataReleaseEntry } from '../lib/open-data.ts';
import { horizonsOf, policyAreasOf, type Horizon, type PolicyArea } from '../lib/policy-areas.ts';
import type { SiteConfig } from '../schemas/site.ts';

export interface Plan extends PlanData {
  id: string;
  sections: PlanSection[];
}

export interface SiteData {
  /** The site's configuration (content/site.yaml): its name, copy and main plan. */
  site: SiteConfig;
  /** The plan the site is mainly about (`mainPlan` of the configuration). */
  mainPlan: Plan;
  plans: Plan[];
  /** Every plan's policy areas (its plan.yaml's `policyAreas`), plan by plan, in each plan's order. */
  policyAreas: PolicyArea[];
  /** Every plan's target horizons (its plan.yaml's `horizons`). */
  horizons: Horizon[];
  sectionsByPlan: Map<string, PlanSection[]>;
  /** Every column, published or not: pages show what src/lib/columns.ts allows. */
  columns: Column[];
  /**
   * The columns a reader may see about a policy, task, agency or document, newest first: published
   * ones, plus drafts and scheduled ones in `astro dev`.
   */
  columnsAbout: (kind: RelationKind, id: string) => Column[];
  /** Every document the plans cite (content/documents/). */
  documents: LegalDocument[];
  /** Every agency the plans name (content/agencies/), in no particular order. */
  agencies: Agency[];
  /** The same agencies by id. */
  agencyById: ReadonlyMap<string, Agency>;
  /** Outside facts since the plans (content/changes/), latest effective date first. */
  changes: Change[];
  /** The same changes by id. */
  changeById: ReadonlyMap<string, Change>;
  /** Where to go today (content/contacts/): offices, portals, procedures; outside facts. */
  contacts: Contact[];
  /** The bodies that hold each agency's work today, with the steps there; absent when unchanged. */
  holdersByAgency: ReadonlyMap<string, { agency: Agency; steps: SuccessionStep[] }[]>;
  /** Every agency whose work passes to each agency, with the steps (predecessorsOf), by id. */
  predecessorsByAgency: ReadonlyMap<string, { predecessor: Agency; steps: SuccessionStep[] }[]>;
  /** The plan's duties each successor takes over from its predecessors (an inference), by id. */
  takenOverByAgency: ReadonlyMap<string, TakenOverDuty[]>;
  /** Each agency's duties, own then inherited (see dutiesOf in src/lib/tasks.ts), by agency id. */
  dutiesByAgency: ReadonlyMap<string, Duty[]>;
  /** What each document rests on, carries out, repeals or amends, both ways, by document id. */
  documentGraph: RelationGraph;
  /** The paragraphs of every plan that name each document, by document id. */
  citationsByDocument: ReadonlyMap<string, DocumentCitation[]>;
  /** The task register (content/tasks/), in the order of the plan text. */
  tasks: Task[];
  /** The guidance pages of the policy areas (content/policies/), in their plan's order. */
  policies: PolicyEntry[];
  /** The targets of II.2 (content/targets/), by horizon then in the text's order. */
  targets: TargetEntry[];
  /** Progress figures from published reports (content/reports/); empty until one exists. */
  reports: ReportEntry[];
  /** Dated evidence of what has been done on the tasks (content/evidence/), newest first. */
  evidence: EvidenceEntry[];
  /** The releases of the open data (content/data-changelog/), newest first. */
  dataReleases: DataReleaseEntry[];
  /** The area each target was set for: its plan's `area` (none when the plan does not say). */
  targetArea: (targetId: string) => Area | undefined;
  /** The plan's area, by plan id. */
  planArea: (planId: string) => Area | undefined;
  /** The latest day the editors looked for progress (plans' `progressCheckedOn`), if any. */
  progressCheckedOn: string | undefined;
  /** Abbreviations and terms (content/glossary/). */
  glossary: GlossaryEntry[];
  /** The linker's terms that apply at a place of a plan (or anywhere, without a place). */
  linkTermsAt: (place?: PlanPlace) => LinkTerm[];
  /** Each plan's text, linked in reading order: plan id → part key (see planTextParts) → segments. */
  planLinks: Map<string, Map<string, Segment[]>>;
  /** Where the plans' text names each agency: agency id → the plans that do, with the places. */
  mentionsByAgency: ReadonlyMap<string, AgencyMentions[]>;
  /** The direct members of each group, in Vietnamese order, by group id. */
  membersByGroup: ReadonlyMap<string, Agency[]>;
  /** Each task's position in the register (task id → index in `tasks`). */
  taskOrder: ReadonlyMap<string, number>;
  /** Agencies with at least one duty (own or inherited), with how many, in Vietnamese order. */
  agenciesWithDuties: { agency: Agency; count: number }[];
  /** The register's policy and timeframe filters in use, with their number of tasks. */
  taskFilters: FilterCounts;
  /** How many tasks of the register have each status (see tasksOfStatus in src/lib/progress.ts). */
  taskStatusCounts: Record<TaskStatus, number>;
  /** Each plan's tasks, in the register's order, by plan id (see planTasks in src/lib/tasks.ts). */
  tasksByPlan: ReadonlyMap<string, Task[]>;
  /** The plans with a calendar of every deadline, with their number of events (plansWithCalendar). */
  calendars: { plan: Plan; count: number }[];
  /**
   * The day of the build in Vietnam (at 00:00 UTC, see vietnamToday): every "today" of the site,
   * so next deadlines, scheduled columns, ended periods and "Cập nhật ngày" agree.
   */
  today: Date;
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
  const siteEntry = (await getCollection('site'))[0];
  if (!siteEntry) throw new Error(`Thiếu tệp ${base}/site.yaml (cấu hình trang).`);
  const site = siteEntry.data;
  const mainPlan = plans.find((p) => p.id === site.mainPlan);
  if (!mainPlan) {
    throw new Error(
      `${base}/site.yaml, Kế hoạch chính (mainPlan): không có kế hoạch mã "${site.mainPlan}" trong ${base}/plans/.`,
    );
  }
  const policyAreas = policyAreasOf(plans);
  const documents = (await getCollection('documents')).map((e) => ({ id: e.id, ...e.data }));
  const agencyEntries = (await getCollection('agencies')).map((e) => ({
    agency: { id: e.id, ...e.data },
    file: e.filePath ?? `${base}/agencies/${e.id}.yaml`,
  }));
  const agencies: Agency[] = agencyEntries.map((e) => e.agency);
  const taskEntries = (await getCollection('tasks')).map((e) => ({
    task: { id: e.id, ...e.data },
    file: e.filePath ?? `${base}/tasks/${e.id}.yaml`,
  }));
  const tasks = sortTasks(
    taskEntries.map((e) => e.task),
    sectionsByPlan,
  );
  const targets = sortTargets(
    (await getCollection('targets')).map((e) => ({ id: e.id, ...e.data })),
  );
  const reports = (await getCollection('reports')).map((e) => ({ id: e.id, ...e.data }));
  const policyEntries = await getCollection('policies');
  const policyPages = policyEntries.map((e) => ({ id: e.id, ...e.data }));
  // Each page with its area's name, position and section (plan.yaml), in the plans' order.
  const policies = withAreas(policyPages, policyAreas);
  const glossary = (await getCollection('glossary')).map((e) => ({ id: e.id, ...e.data }));
  const evidence = sortEvidence(
    (await getCollection('evidence')).map((e) => ({ id: e.id, ...e.data })),
  );
  const dataReleases = sortReleases(
    (await getCollection('dataChangelog')).map((e) => ({ id: e.id, ...e.data })),
  );
  const columnEntries = await getCollection('columns');
  const columns: Column[] = columnEntries.map((e) => ({ id: e.id, ...e.data }));
  const changeEntries = (await getCollection('changes')).map((e) => ({
    change: { id: e.id, ...e.data },
    file: e.filePath ?? `${base}/changes/${e.id}.yaml`,
  }));
  const changes = sortChanges(changeEntries.map((e) => e.change));
  const changeById = new Map(changes.map((c) => [c.id, c]));
  const contacts: Contact[] = (await getCollection('contacts')).map((e) => ({
    id: e.id,
    ...e.data,
  }));

  assertNoIssues([
    // Published as they are on the site's origin (see src/lib/public-files.ts).
    ...checkPublicFiles('public'),
    ...checkSite(
      {
        plans: plans.map((p) => {
          const textFile = `${base}/plans/${p.id}/${p.text}`;
          return {
            ...p,
            file: `${base}/plans/${p.id}/plan.yaml`,
            textFile,
            text: readFileSync(textFile, 'utf8'),
          };
        }),
        documents,
        agencies: agencyEntries,
        tasks: taskEntries,
        targets,
        reports,
        evidence,
        dataReleases,
        policies: policyPages,
        policyFiles: policyEntries.map((e) => {
          const file = e.filePath ?? `${base}/policies/${e.id}.mdx`;
          return { file, source: readFileSync(file, 'utf8') };
        }),
        glossary,
        columns: columnEntries.map((e) => {
          const file = e.filePath ?? `${base}/columns/${e.id}.mdx`;
          return { id: e.id, ...e.data, file, source: readFileSync(file, 'utf8') };
        }),
        changes: changeEntries,
        contacts,
      },
      {
        dir: (collection) => `${base}/${collection}`,
        publicFileExists: (path) => existsSync(`public${path}`),
      },
    ),
  ]);

  // Cross-links in the text: documents, plus agencies and glossary terms where those exist.
  const docTerms = documentTerms(documents);
  const glossaryLinkTerms = glossaryTerms(glossary);
  // Most places share one list: scoped aliases (Điều 3's "Tài chính") apply in a few paragraphs
  // only. One list per distinct scope lets the linker build its matcher once per list, not once
  // per paragraph, which grew with plans × agencies.
  const scopes = new Set(
    agencies.flatMap((a) =>
      a.aliases.flatMap((alias) => (typeof alias === 'string' ? [] : alias.within)),
    ),
  );
  const termLists = new Map<string, LinkTerm[]>();
  const linkTermsAt = (place?: PlanPlace): LinkTerm[] => {
    const key = place
      ? [`${place.plan}#${place.section}`, place.paragraph && `${place.plan}#${place.paragraph}`]
          .filter((k): k is string => !!k && scopes.has(k))
          .join(' ')
      : '';
    let terms = termLists.get(key);
    if (!terms) {
      terms = [...docTerms, ...agencyTerms(agencies, place), ...glossaryLinkTerms];
      termLists.set(key, terms);
    }
    return terms;
  };
  const planLinks = new Map(
    plans.map((p) => [p.id, linkParts(planTextParts(p.id, p.sections), linkTermsAt)]),
  );
  // The indexes below are computed once here, not on each page: per page, the cost grew with
  // pages × entries (agencies × plans, agencies × tasks, documents × paragraphs, and agencies ×
  // plans × tasks for the plans' calendars named on an agency page without dated duties).
  const duties = dutiesByAgency(agencies, tasks);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const predecessors = predecessorsByAgency(agencies, agencyById, changeById);
  const areaByPlan = new Map(plans.map((p) => [p.id, p.area]));
  const targetById = new Map(targets.map((t) => [t.id, t]));
  const checkedDays = plans.flatMap((p) => (p.progressCheckedOn ? [p.progressCheckedOn] : []));
  return {
    site,
    mainPlan,
    plans,
    policyAreas,
    horizons: horizonsOf(plans),
    sectionsByPlan,
    documents,
    columns,
    columnsAbout: relatedColumnsIndex(
      visibleColumns(columns, { includeUnpublished: import.meta.env.DEV }),
    ),
    agencies,
    agencyById,
    changes,
    changeById,
    contacts,
    holdersByAgency: new Map(
      agencies
        .filter((a) => a.successors.length > 0)
        .map((a) => [a.id, currentHolders(a, agencyById, changeById)]),
    ),
    predecessorsByAgency: predecessors,
    takenOverByAgency: takenOverByAgency(agencies, duties, predecessors, displayName),
    dutiesByAgency: duties,
    documentGraph: relationGraph(documents),
    citationsByDocument: citationsByDocument(documents, plans),
    tasks,
    policies,
    targets,
    reports,
    evidence,
    dataReleases,
    planArea: (planId) => areaByPlan.get(planId),
    targetArea: (targetId) => {
      const target = targetById.get(targetId);
      return target ? areaByPlan.get(planOfTarget(target)) : undefined;
    },
    progressCheckedOn: checkedDays.sort().at(-1),
    glossary,
    linkTermsAt,
    planLinks,
    mentionsByAgency: mentionsByAgency(
      plans,
      new Map(plans.map((p) => [p.id, findMentions(agencies, p.id, p.sections, linkTermsAt)])),
    ),
    membersByGroup: membersByGroup(agencies),
    taskOrder: new Map(tasks.map((t, i) => [t.id, i])),
    agenciesWithDuties: agenciesWithTasks(agencies, duties),
    taskFilters: filterCounts(tasks, policyAreas),
    taskStatusCounts: statusCounts(tasks, evidence),
    tasksByPlan: tasksByPlan(tasks),
    calendars: plansWithCalendar(plans, tasks),
    today: vietnamToday(),
  };
}

let cached: Promise<SiteData> | undefined;

/** The site's content, loaded and checked once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

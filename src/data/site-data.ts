/**
 * Loads every collection once per build, runs the integrity checks of src/lib/, and fails the
 * build with one readable list of problems (file and field named) when content is broken. Astro
 * only logs a dangling reference, so the checks here are what keeps a broken link out of the site.
 */
import { getCollection } from 'astro:content';
import { assertNoIssues, type ContentIssue } from '../lib/content-errors.ts';
import { contentDir } from '../lib/content-dir.ts';
import type { PlanSection } from '../lib/plan-parser.ts';
import { checkPlanNotes } from '../lib/plans.ts';
import type { PlanData } from '../schemas/plan.ts';

export interface Plan extends PlanData {
  id: string;
  sections: PlanSection[];
}

export interface SiteData {
  plans: Plan[];
  sectionsByPlan: Map<string, PlanSection[]>;
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
  assertNoIssues(issues);
  return { plans, sectionsByPlan };
}

let cached: Promise<SiteData> | undefined;

/** The site's content, loaded and checked once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

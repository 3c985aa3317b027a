/**
 * The policy areas and target horizons of the plans, as their `plan.yaml` defines them: nothing in
 * the code knows how many areas a plan has, what they are called or which section each rests on.
 * Pure functions over the plans passed in.
 */
import { resolveCitation } from './citations.ts';
import type { ContentIssue } from './content-errors.ts';
import type { PlanSection } from './plan-parser.ts';
import type { HorizonData, PolicyAreaData } from '../schemas/plan.ts';

/** A policy area with its plan and its position there (from 1). */
export interface PolicyArea extends PolicyAreaData {
  plan: string;
  order: number;
}

/** A target horizon with its plan. */
export interface Horizon extends HorizonData {
  plan: string;
}

interface PlanAreas {
  id: string;
  policyAreas: readonly PolicyAreaData[];
  horizons: readonly HorizonData[];
}

/** Every plan's policy areas, plan by plan in the order given, each in its plan's order. */
export function policyAreasOf(plans: readonly PlanAreas[]): PolicyArea[] {
  return plans.flatMap((p) => p.policyAreas.map((a, i) => ({ ...a, plan: p.id, order: i + 1 })));
}

/** Every plan's target horizons, each plan's in its own order. */
export function horizonsOf(plans: readonly PlanAreas[]): Horizon[] {
  return plans.flatMap((p) => p.horizons.map((h) => ({ ...h, plan: p.id })));
}

/** The areas of one plan, in its order. */
export function areasOfPlan(areas: readonly PolicyArea[], plan: string): PolicyArea[] {
  return areas.filter((a) => a.plan === plan);
}

const COUNT_WORDS = [
  'không',
  'một',
  'hai',
  'ba',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'tám',
  'chín',
  'mười',
];

/** "tám" for 8: small counts in words, as Vietnamese prose writes them; digits beyond ten. */
export function countWords(n: number): string {
  return COUNT_WORDS[n] ?? String(n);
}

/**
 * The rules a plan's knowledge must keep: its column assignment quotes the paragraph it cites;
 * each area and horizon rests on a section its plan's text has,
 * an area id is used once across all plans (it is the address of the area's page and the
 * `policy` of a task), a horizon year once per plan.
 */
export function checkPolicyAreas(
  plans: readonly (PlanAreas & {
    file: string;
    sections: readonly PlanSection[];
    columnAssignment?: { cite: string; task: string } | undefined;
  })[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sectionsByPlan = new Map(plans.map((p) => [p.id, p.sections]));
  for (const plan of plans) {
    const assignment = plan.columnAssignment;
    if (!assignment) continue;
    const found = resolveCitation(assignment.cite, sectionsByPlan);
    if ('error' in found) {
      issues.push({
        file: plan.file,
        field: 'columnAssignment.cite',
        message: `trích dẫn ${found.error}`,
      });
    } else if (
      !found.paragraph?.text
        .toLocaleLowerCase('vi')
        .includes(assignment.task.toLocaleLowerCase('vi'))
    ) {
      issues.push({
        file: plan.file,
        field: 'columnAssignment.task',
        message: `"${assignment.task}" không có trong đoạn ${assignment.cite}; hãy chép đúng lời văn bản (chữ hoa, chữ thường không kể)`,
      });
    }
  }
  const seen = new Map<string, string>();
  for (const plan of plans) {
    const anchors = new Set(plan.sections.map((s) => s.anchor));
    plan.policyAreas.forEach((a, i) => {
      if (!anchors.has(a.section)) {
        issues.push({
          file: plan.file,
          field: `policyAreas[${i}].section`,
          message: `văn bản của kế hoạch không có mục neo "${a.section}"`,
        });
      }
      const other = seen.get(a.id);
      if (other) {
        issues.push({
          file: plan.file,
          field: `policyAreas[${i}].id`,
          message: `mã lĩnh vực "${a.id}" đã dùng cho một lĩnh vực của kế hoạch ${other}; mỗi lĩnh vực cần một mã riêng`,
        });
      } else seen.set(a.id, plan.id);
    });
    const years = new Set<number>();
    plan.horizons.forEach((h, i) => {
      if (!anchors.has(h.section)) {
        issues.push({
          file: plan.file,
          field: `horizons[${i}].section`,
          message: `văn bản của kế hoạch không có mục neo "${h.section}"`,
        });
      }
      if (years.has(h.year)) {
        issues.push({
          file: plan.file,
          field: `horizons[${i}].year`,
          message: `mốc năm ${h.year} được ghi hai lần`,
        });
      }
      years.add(h.year);
    });
  }
  return issues;
}

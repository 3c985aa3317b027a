/**
 * The task register: timeframes in words, the next due date of a yearly duty, who does what
 * (directly or through a group), filters for the static register pages, and the checks that
 * keep `content/tasks/` pointing at agencies and paragraphs that exist. No Astro imports.
 */
import type { Agency } from '../schemas/agency.ts';
import type { Task, Timeframe, TimeframeKind } from '../schemas/task.ts';
import { taskBases, timeframeKinds } from '../schemas/task.ts';
import type { PolicyArea } from './policy-areas.ts';
import { ancestorGroups } from './agencies.ts';
import { parseCitation, resolveCitation } from './citations.ts';
import type { ContentIssue } from './content-errors.ts';
import { didYouMean, duplicates } from './content-errors.ts';
import { formatDate, formatDayMonth, vietnamToday } from './format.ts';
import type { PlanSection } from './plan-parser.ts';
import { compareVi, sortVi } from './vietnamese.ts';

/** A task entry as loaded, with the file it came from (for error messages). */
export interface TaskEntry {
  task: Task;
  /** `content/tasks/<id>.yaml`. */
  file: string;
}

/** The timeframe in words: "Trước ngày 15/12 hằng năm", "Giai đoạn 2021 - 2025". */
export function timeframeLabel(timeframe: Timeframe): string {
  switch (timeframe.kind) {
    case 'hang-nam':
      if (timeframe.day === undefined || timeframe.month === undefined) {
        return 'Hằng năm (văn bản không ghi ngày)';
      }
      return `${timeframe.before ? 'Trước ngày' : 'Ngày'} ${formatDayMonth(timeframe.day, timeframe.month)} hằng năm`;
    case 'giai-doan':
      return `Giai đoạn ${timeframe.from} - ${timeframe.to}`;
    case 'thoi-han':
      return `Hạn ${formatDate(timeframe.date)}`;
    default:
      return timeframeKinds[timeframe.kind];
  }
}

/** Vietnamese label of a timeframe kind (for the filter pages). */
export function timeframeKindLabel(kind: TimeframeKind): string {
  return timeframeKinds[kind];
}

/** Vietnamese label of a task's basis. */
export function basisLabel(task: Task): string {
  return taskBases[task.basis];
}

/** The short name of a policy area, as its plan.yaml gives it (the id when no plan has it). */
export function policyLabel(policy: string, areas: readonly PolicyArea[]): string {
  return areas.find((a) => a.id === policy)?.label ?? policy;
}

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * The day of an instant in Vietnam, at 00:00 UTC, the way dates from content are read (a date from
 * content, already at 00:00 UTC, stays the same day).
 */
export function dayOf(now: Date): Date {
  return vietnamToday(now);
}

/** A deadline: the date the text names, and the last day to act on ("trước ngày" → the day before). */
export interface Deadline {
  /** The date as the text names it (15/12/yyyy). */
  date: Date;
  /** The last day the duty can be done: the day before when the text says "trước ngày". */
  lastDay: Date;
}

function deadlineIn(year: number, day: number, month: number, before: boolean): Deadline {
  const date = utcDate(year, month, day);
  const lastDay = before ? utcDate(year, month, day - 1) : date;
  return { date, lastDay };
}

/**
 * The next deadline of a duty on or after `today`: this year's if its last day has not passed,
 * else next year's, for a yearly duty with a day; the date itself for a one-off duty not yet past.
 * Null for duties without a date, and for one-off duties already past.
 */
export function nextDeadline(timeframe: Timeframe, today: Date): Deadline | null {
  const day0 = dayOf(today);
  if (timeframe.kind === 'hang-nam') {
    if (timeframe.day === undefined || timeframe.month === undefined) return null;
    const year = day0.getUTCFullYear();
    const thisYear = deadlineIn(year, timeframe.day, timeframe.month, timeframe.before);
    if (thisYear.lastDay.getTime() >= day0.getTime()) return thisYear;
    return deadlineIn(year + 1, timeframe.day, timeframe.month, timeframe.before);
  }
  if (timeframe.kind === 'thoi-han') {
    const date = new Date(`${timeframe.date}T00:00:00Z`);
    return date.getTime() >= day0.getTime() ? { date, lastDay: date } : null;
  }
  return null;
}

/**
 * The duties whose timeframe says when (not ongoing, not undated), each with its next deadline,
 * dated ones first by that date; the rest (periods, past dates) after, in the order given. The
 * agency page lists its own and its taken-over duties this way.
 */
export function timedDuties<D extends { task: Task }>(
  duties: readonly D[],
  today: Date,
): { duty: D; next: Deadline | null }[] {
  return duties
    .filter((d) => !['khong-ghi', 'thuong-xuyen'].includes(d.task.timeframe.kind))
    .map((d) => ({ duty: d, next: nextDeadline(d.task.timeframe, today) }))
    .sort(
      (a, b) =>
        (a.next?.date.getTime() ?? Number.MAX_SAFE_INTEGER) -
        (b.next?.date.getTime() ?? Number.MAX_SAFE_INTEGER),
    );
}

/** The first deadline of a yearly duty on or after a start date (the plan's effective date). */
export function firstDeadline(timeframe: Timeframe, from: Date): Deadline | null {
  return nextDeadline(timeframe, from);
}

/** The next deadline in words ("trước ngày 15/12/2025"), or undefined when there is none. */
export function nextDueLabel(timeframe: Timeframe, today: Date): string | undefined {
  const next = nextDeadline(timeframe, today);
  if (!next) return undefined;
  const before = timeframe.kind === 'hang-nam' && timeframe.before;
  return `${before ? 'trước ngày ' : ''}${formatDate(next.date)}`;
}

/**
 * Says that a timeframe is over by `today`: a period of years after its last year ("Giai đoạn đã
 * kết thúc"), a one-off date already past ("Hạn đã qua"). Undefined while it still runs. It says
 * nothing of whether the work was done: the plan's text does not tell.
 */
export function endedLabel(timeframe: Timeframe, today: Date): string | undefined {
  const day = dayOf(today);
  if (timeframe.kind === 'giai-doan' && timeframe.to < day.getUTCFullYear()) {
    return `Giai đoạn đã kết thúc vào cuối năm ${timeframe.to}`;
  }
  if (timeframe.kind === 'thoi-han' && new Date(`${timeframe.date}T00:00:00Z`) < day) {
    return 'Hạn đã qua';
  }
  return undefined;
}

/** The tasks of one plan (those whose source paragraph is in it), in the order given. */
export function planTasks<T extends Task>(tasks: readonly T[], planId: string): T[] {
  return tasks.filter((t) => parseCitation(t.source)?.plan === planId);
}

/**
 * The tasks of every plan at once (plan id → planTasks of it): asking plan by plan reads every
 * task once per plan.
 */
export function tasksByPlan<T extends Task>(tasks: readonly T[]): Map<string, T[]> {
  const byPlan = new Map<string, T[]>();
  for (const task of tasks) {
    const plan = parseCitation(task.source)?.plan;
    if (plan === undefined) continue;
    const list = byPlan.get(plan);
    if (list) list.push(task);
    else byPlan.set(plan, [task]);
  }
  return byPlan;
}

/**
 * The plans the given tasks come from, in the order of `plans`; none when no task cites one. An
 * agency's page names the plans of its own duties, not every plan of the site: a list of every
 * plan on every agency page grows with plans times agencies (at ×100 in `npm run bench`, 282 plan
 * names on each of some 11,000 agency pages doubled what Pagefind had to index).
 */
export function plansOfTasks<P extends { id: string }>(
  plans: readonly P[],
  tasks: Iterable<Pick<Task, 'source'>>,
): P[] {
  const cited = new Set<string>();
  for (const task of tasks) {
    const plan = parseCitation(task.source)?.plan;
    if (plan !== undefined) cited.add(plan);
  }
  return plans.filter((p) => cited.has(p.id));
}

/**
 * The plans an agency's page names: those of its own duties and of the duties it took over, the
 * main plan when there are none; among them, those that named its predecessors instead of it
 * (for a body formed after the plans); and the plans' calendars it links to. Each list stays as
 * short as the agency's own work, whatever the number of plans on the site.
 */
export function plansOfAgency<P extends { id: string }, C extends { plan: P }>(input: {
  duties: readonly { task: Pick<Task, 'source'> }[];
  takenOver: readonly { task: Pick<Task, 'source'> }[];
  plans: readonly P[];
  mainPlan: P;
  calendars: readonly C[];
}): { plans: P[]; unnamedIn: P[]; calendars: C[] } {
  const orMain = (found: P[]) => (found.length > 0 ? found : [input.mainPlan]);
  const own = orMain(
    plansOfTasks(
      input.plans,
      [...input.duties, ...input.takenOver].map((d) => d.task),
    ),
  );
  const ids = new Set(own.map((p) => p.id));
  return {
    plans: own,
    unnamedIn: orMain(
      plansOfTasks(
        input.plans,
        input.takenOver.map((d) => d.task),
      ),
    ),
    calendars: input.calendars.filter((c) => ids.has(c.plan.id)),
  };
}

/** True when the timeframe has a date a calendar can hold. */
export function isDated(timeframe: Timeframe): boolean {
  return (
    (timeframe.kind === 'hang-nam' && timeframe.day !== undefined) || timeframe.kind === 'thoi-han'
  );
}

/** How an agency is involved in a task. */
export type Role = 'lead' | 'coLead' | 'coordinator' | 'reportsTo';

export const roleLabels: Record<Role, string> = {
  lead: 'Chủ trì',
  coLead: 'Cùng chủ trì',
  coordinator: 'Phối hợp',
  reportsTo: 'Nhận báo cáo',
};

/** The role of an agency in a task, or null; lead first when it appears twice. */
export function roleIn(task: Task, agencyId: string): Role | null {
  if (task.lead === agencyId) return 'lead';
  if (task.coLeads.includes(agencyId)) return 'coLead';
  if (task.coordinators.includes(agencyId)) return 'coordinator';
  if (task.reportsTo.includes(agencyId)) return 'reportsTo';
  return null;
}

/** A task as it concerns one agency: its role, and the group it comes from when inherited. */
export interface Duty {
  task: Task;
  role: Role;
  /** The group whose duty this is, when the agency inherits it; null for its own duties. */
  via: Agency | null;
  /** The chain of group ids from the agency to `via` (empty for its own duties). */
  path: string[];
}

/** The tasks that name each agency in any role, in register order, each task once per agency. */
function tasksByAgency(tasks: readonly Task[]): Map<string, Task[]> {
  const index = new Map<string, Task[]>();
  for (const task of tasks) {
    for (const id of new Set(agencyRefs(task).map((r) => r.id))) {
      index.set(id, [...(index.get(id) ?? []), task]);
    }
  }
  return index;
}

function dutiesFrom(
  agency: Agency,
  naming: ReadonlyMap<string, readonly Task[]>,
  byId: ReadonlyMap<string, Agency>,
): Duty[] {
  const duties: Duty[] = [];
  const held = new Set<string>();
  for (const task of naming.get(agency.id) ?? []) {
    const role = roleIn(task, agency.id);
    if (role) {
      duties.push({ task, role, via: null, path: [] });
      held.add(task.id);
    }
  }
  for (const link of ancestorGroups(agency, byId)) {
    for (const task of naming.get(link.group.id) ?? []) {
      if (held.has(task.id)) continue;
      const role = roleIn(task, link.group.id);
      if (!role || role === 'reportsTo') continue;
      duties.push({ task, role, via: link.group, path: link.path });
      held.add(task.id);
    }
  }
  return duties;
}

/**
 * Everything a task register says about one agency: its own duties, then the duties of each of
 * its groups that it does not already hold itself, saying from which group. Receiving a report
 * is not inherited: a department does not receive what its group receives.
 */
export function dutiesOf(
  agency: Agency,
  tasks: readonly Task[],
  byId: ReadonlyMap<string, Agency>,
): Duty[] {
  return dutiesFrom(agency, tasksByAgency(tasks), byId);
}

/**
 * The duties of every agency (see dutiesOf), computed once per build: asking each agency page to
 * scan the whole register made the build grow with agencies × tasks.
 */
export function dutiesByAgency(
  agencies: readonly Agency[],
  tasks: readonly Task[],
): Map<string, Duty[]> {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const naming = tasksByAgency(tasks);
  return new Map(agencies.map((a) => [a.id, dutiesFrom(a, naming, byId)]));
}

/** Duties split the way the agency page shows them. */
export function splitDuties(duties: readonly Duty[]): {
  leads: Duty[];
  coordinates: Duty[];
  receives: Duty[];
  inherited: Duty[];
} {
  const own = duties.filter((d) => d.via === null);
  return {
    leads: own.filter((d) => d.role === 'lead' || d.role === 'coLead'),
    coordinates: own.filter((d) => d.role === 'coordinator'),
    receives: own.filter((d) => d.role === 'reportsTo'),
    inherited: duties.filter((d) => d.via !== null),
  };
}

/** The position of a task's source in the text, for ordering the register like the plan. */
export function sourcePosition(
  task: Task,
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): [string, number, number] {
  const found = resolveCitation(task.source, sectionsByPlan);
  if ('error' in found) return [task.source, Number.MAX_SAFE_INTEGER, 0];
  return [found.plan, found.section.order, found.paragraph?.index ?? 0];
}

/** Tasks in the order of the text (plan, section, paragraph), then by `order`, then by title. */
export function sortTasks<T extends Task>(
  tasks: readonly T[],
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): T[] {
  const key = new Map(tasks.map((t) => [t.id, sourcePosition(t, sectionsByPlan)]));
  return [...tasks].sort((a, b) => {
    const [pa, sa, ia] = key.get(a.id)!;
    const [pb, sb, ib] = key.get(b.id)!;
    return (
      pa.localeCompare(pb) ||
      sa - sb ||
      ia - ib ||
      (a.order ?? 0) - (b.order ?? 0) ||
      compareVi(a.title, b.title)
    );
  });
}

/**
 * Tasks by deadline: those with a date still to come first, soonest first (a yearly one by its
 * next date); then periods of years still running, by their last year; then the rest (ongoing,
 * undated, ended). Ties keep the order given (the register's).
 */
export function byDeadline<T extends Task>(tasks: readonly T[], today: Date): T[] {
  const day = dayOf(today);
  const key = (t: T): [number, number] => {
    const next = nextDeadline(t.timeframe, day);
    if (next) return [0, next.lastDay.getTime()];
    if (t.timeframe.kind === 'giai-doan' && !endedLabel(t.timeframe, day)) {
      return [1, t.timeframe.to];
    }
    return [2, 0];
  };
  const keyed = tasks.map((task, i) => ({ task, i, k: key(task) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i);
  return keyed.map((x) => x.task);
}

/** Agencies that have at least one duty (own or inherited), with how many, in Vietnamese order. */
export function agenciesWithTasks(
  agencies: readonly Agency[],
  duties: ReadonlyMap<string, readonly Duty[]>,
): { agency: Agency; count: number }[] {
  return sortVi(
    agencies
      .map((agency) => ({ agency, count: duties.get(agency.id)?.length ?? 0 }))
      .filter((x) => x.count > 0),
    (x) => x.agency.shortName ?? x.agency.name,
  );
}

/** Tasks of one policy area, in the order given. */
export function tasksOfPolicy<T extends { policy?: string | null }>(
  tasks: readonly T[],
  policy: string,
): T[] {
  return tasks.filter((t) => t.policy === policy);
}

/** Tasks of one timeframe kind. */
export function tasksOfTimeframe<T extends Task>(tasks: readonly T[], kind: TimeframeKind): T[] {
  return tasks.filter((t) => t.timeframe.kind === kind);
}

export interface FilterCounts {
  /** Policy areas in use, in the plans' order, with their number of tasks. */
  policies: { value: string; count: number }[];
  /** Timeframe kinds in use, in the schema's order, with their number of tasks. */
  timeframes: { value: TimeframeKind; count: number }[];
}

/** The filter values in use with their number of tasks, in one pass over the register. */
export function filterCounts(
  tasks: readonly Task[],
  areas: readonly PolicyArea[] = [],
): FilterCounts {
  const policy = new Map<string, number>();
  const timeframe = new Map<TimeframeKind, number>();
  for (const t of tasks) {
    if (t.policy) policy.set(t.policy, (policy.get(t.policy) ?? 0) + 1);
    timeframe.set(t.timeframe.kind, (timeframe.get(t.timeframe.kind) ?? 0) + 1);
  }
  const inUse = <K extends string>(keys: K[], counts: Map<K, number>) =>
    keys.filter((k) => counts.has(k)).map((value) => ({ value, count: counts.get(value)! }));
  return {
    policies: inUse(
      areas.map((a) => a.id),
      policy,
    ),
    timeframes: inUse(Object.keys(timeframeKinds) as TimeframeKind[], timeframe),
  };
}

/** The filter values actually in use, so that no filter page is empty. */
export function filterValues(
  tasks: readonly Task[],
  areas: readonly PolicyArea[] = [],
): {
  policies: string[];
  timeframes: TimeframeKind[];
} {
  const { policies, timeframes } = filterCounts(tasks, areas);
  return { policies: policies.map((p) => p.value), timeframes: timeframes.map((t) => t.value) };
}

/** How a reader names the field an agency is named in ("chủ trì", "phối hợp"), from agencyRefs. */
export function roleFieldLabel(field: string): string {
  const key = field.replace(/\[\d+\]$/, '');
  const labels: Record<string, string> = {
    lead: 'chủ trì',
    coLeads: 'cùng chủ trì',
    coordinators: 'phối hợp',
    reportsTo: 'nhận báo cáo',
  };
  return labels[key] ?? key;
}

/** Every agency id a task names, with the field that names it (`coordinators[2]`). */
export function agencyRefs(task: Task): { field: string; id: string }[] {
  return [
    { field: 'lead', id: task.lead },
    ...task.coLeads.map((id, i) => ({ field: `coLeads[${i}]`, id })),
    ...task.coordinators.map((id, i) => ({ field: `coordinators[${i}]`, id })),
    ...task.reportsTo.map((id, i) => ({ field: `reportsTo[${i}]`, id })),
  ];
}

/** Task ids that would collide with the register's filter folders. */
const RESERVED_IDS = new Set(['co-quan', 'chinh-sach', 'thoi-han']);

/**
 * Checks the tasks against the agencies and the plan text: ids unique, every agency named exists,
 * the source is a paragraph that exists, an appendix task cites the appendix (and only it), a
 * task filed under a policy area names an area of its own plan and does not cite another area's
 * section (sections compared with their plan: two plans may both have a III.2.4), and an
 * inference says why.
 */
export function checkTasks(
  entries: readonly TaskEntry[],
  agencies: readonly Agency[],
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
  areas: readonly PolicyArea[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const agencyIds = new Set(agencies.map((a) => a.id));

  for (const id of duplicates(entries.map((e) => e.task.id))) {
    for (const e of entries.filter((x) => x.task.id === id)) {
      issues.push({
        file: e.file,
        field: 'id',
        message: `mã nhiệm vụ "${id}" bị trùng với một tệp khác`,
      });
    }
  }

  for (const { task, file } of entries) {
    if (RESERVED_IDS.has(task.id)) {
      issues.push({
        file,
        field: 'id',
        message: `mã "${task.id}" trùng với địa chỉ trang lọc /nhiem-vu/${task.id}/; hãy đổi tên tệp`,
      });
    }
    for (const { field, id } of agencyRefs(task)) {
      if (!agencyIds.has(id)) {
        issues.push({
          file,
          field,
          message: `không có cơ quan nào mã "${id}"${didYouMean(id, agencyIds)}`,
        });
      }
    }
    const seen = new Set<string>();
    for (const { field, id } of agencyRefs(task)) {
      if (field.startsWith('reportsTo')) continue;
      if (seen.has(id))
        issues.push({
          file,
          field,
          message: `cơ quan "${id}" đã được ghi ở trường khác của nhiệm vụ này`,
        });
      seen.add(id);
    }

    const timeframeBasis = task.timeframeBasis as { cite?: string } | undefined;
    if (timeframeBasis?.cite) {
      const basisFound = resolveCitation(timeframeBasis.cite, sectionsByPlan);
      if ('error' in basisFound) {
        issues.push({
          file,
          field: 'timeframeBasis.cite',
          message: `trích dẫn ${basisFound.error}`,
        });
      }
    }

    const found = resolveCitation(task.source, sectionsByPlan);
    if ('error' in found) {
      issues.push({ file, field: 'source', message: `trích dẫn ${found.error}` });
    } else if (found.paragraph === null) {
      issues.push({
        file,
        field: 'source',
        message: `"${task.source}" là cả một mục; hãy trích một đoạn (thêm "-p<số>")`,
      });
    } else {
      const inAppendix = found.section.anchor === 'phu-luc';
      if (task.basis === 'phu-luc' && !inAppendix) {
        issues.push({
          file,
          field: 'source',
          message: 'nhiệm vụ có basis "phu-luc" phải trích một dòng của Phụ lục',
        });
      }
      if (task.basis !== 'phu-luc' && inAppendix) {
        issues.push({
          file,
          field: 'basis',
          message: 'nhiệm vụ trích một dòng của Phụ lục phải có basis "phu-luc"',
        });
      }
      if (task.policy !== undefined) {
        const planAreas = areas.filter((a) => a.plan === found.plan);
        const own = planAreas.find((a) => a.id === task.policy);
        const other = planAreas.find(
          (a) =>
            a !== own && (found.section.anchor === a.section || found.section.parent === a.section),
        );
        if (!own) {
          issues.push({
            file,
            field: 'policy',
            message: `"${task.policy}" không phải lĩnh vực chính sách của kế hoạch ${found.plan}${planAreas.length > 0 ? ` (${planAreas.map((a) => a.id).join(', ')})` : ' (kế hoạch này không có lĩnh vực nào trong policyAreas)'}`,
          });
        } else if (other) {
          issues.push({
            file,
            field: 'policy',
            message: `đoạn nguồn thuộc mục của chính sách khác (${other.label}), không phải "${task.policy}"`,
          });
        }
      }
    }

    if (task.basis === 'suy-luan' && !(task.reason && task.reason.trim().length > 0)) {
      issues.push({
        file,
        field: 'reason',
        message: 'một suy luận biên tập (basis: suy-luan) phải có "reason" nói rõ vì sao',
      });
    }
  }
  return issues;
}

/**
 * What changed after a plan was issued (content/changes/, outside facts with their sources), and
 * what it means for the agencies the plan names: who holds each body's work today (succession,
 * possibly in several steps), and which of the plan's duties a successor takes over. Pure functions
 * over entries; no Astro imports.
 *
 * A duty a successor takes over is an editorial inference, never the plan's own assignment: the
 * plan gave it to the predecessor, and an outside instrument moved the predecessor's functions.
 */
import type { Agency } from '../schemas/agency.ts';
import type { Change } from '../schemas/change.ts';
import { CHANGE_KINDS, type ChangeKind } from '../schemas/change.ts';
import { VERDICTS } from '../schemas/shared.ts';
import type { ContentIssue } from './content-errors.ts';
import { didYouMean, duplicates } from './content-errors.ts';
import { formatDate } from './format.ts';
import { agencyCalendarHref } from './routes.ts';
import { roleLabels, type Duty, type Role } from './tasks.ts';
import type { Task } from '../schemas/task.ts';

/** A change entry as loaded, with the file it came from (for error messages). */
export interface ChangeEntry {
  change: Change;
  /** `content/changes/<id>.yaml`. */
  file: string;
}

/** Vietnamese label of a change kind. */
export function changeKindLabel(kind: ChangeKind): string {
  return CHANGE_KINDS[kind];
}

/** Vietnamese label of a verdict. */
export function verdictLabel(change: Change): string {
  return VERDICTS[change.verdict];
}

/** The last day any source of a change was checked ("tính đến" that day). */
export function checkedOn(change: Change): string {
  return change.sources
    .map((s) => s.checked)
    .sort()
    .at(-1)!;
}

/** The changes, latest effective date first, then by title in code-point order for stability. */
export function sortChanges<T extends Change>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) =>
    a.effectiveFrom !== b.effectiveFrom
      ? a.effectiveFrom < b.effectiveFrom
        ? 1
        : -1
      : a.id < b.id
        ? -1
        : 1,
  );
}

/** The kinds of entry a change can affect, as keyed in its `affects`. */
export type AffectedKind = keyof Change['affects'];

/**
 * The changes that name one entry (an agency, a document, a plan or a target) in their
 * `affects`, in the order given: the page of that entry shows them as outside facts.
 */
export function changesAffecting<T extends Change>(
  changes: readonly T[],
  kind: AffectedKind,
  id: string,
): T[] {
  return changes.filter((c) => c.affects[kind].includes(id));
}

/** One step of a succession: `from`'s work passed to `to` through `change`. */
export interface SuccessionStep {
  from: Agency;
  to: Agency;
  change: Change;
  note?: string;
}

/**
 * Every path from an agency to the bodies that hold its work today, each as the steps along it
 * (Sở Kế hoạch và Đầu tư → Sở Tài chính → Sở Tài chính tỉnh Gia Lai). An agency with no successor
 * has no path. Unknown ids and cycles are skipped here: checkSuccession reports them.
 */
export function successionPaths(
  agency: Agency,
  byId: ReadonlyMap<string, Agency>,
  changeById: ReadonlyMap<string, Change>,
): SuccessionStep[][] {
  const paths: SuccessionStep[][] = [];
  const walk = (current: Agency, steps: SuccessionStep[], seen: Set<string>) => {
    const next = current.successors.flatMap((s) => {
      const to = byId.get(s.agency);
      const change = changeById.get(s.change);
      if (!to || !change || seen.has(to.id)) return [];
      return [{ from: current, to, change, ...(s.note ? { note: s.note } : {}) }];
    });
    if (next.length === 0) {
      if (steps.length > 0) paths.push(steps);
      return;
    }
    for (const step of next) walk(step.to, [...steps, step], new Set([...seen, step.to.id]));
  };
  walk(agency, [], new Set([agency.id]));
  return paths;
}

/** The bodies holding an agency's work today, each once, in the order of its paths. */
export function currentHolders(
  agency: Agency,
  byId: ReadonlyMap<string, Agency>,
  changeById: ReadonlyMap<string, Change>,
): { agency: Agency; steps: SuccessionStep[] }[] {
  const found = new Map<string, { agency: Agency; steps: SuccessionStep[] }>();
  for (const steps of successionPaths(agency, byId, changeById)) {
    const last = steps.at(-1)!.to;
    if (!found.has(last.id)) found.set(last.id, { agency: last, steps });
  }
  return [...found.values()];
}

/** One body the plan names that no longer exists, with the bodies holding its work today. */
export interface HolderLegendEntry {
  named: Agency;
  holders: { agency: Agency; since: string }[];
}

/**
 * Who holds today the work of the leads named in a list of tasks, each named body once in the
 * order met. A printed duty sheet says this once, under its tables, instead of beside every row:
 * on a department's sheet the same three successors repeated on 23 rows took a whole A4 page.
 */
export function holdersLegend(
  tasks: readonly Task[],
  byId: ReadonlyMap<string, Agency>,
  holdersByAgency: ReadonlyMap<string, readonly { agency: Agency; steps: SuccessionStep[] }[]>,
): HolderLegendEntry[] {
  const ids = [...new Set(tasks.flatMap((t) => [t.lead, ...t.coLeads]))];
  return ids.flatMap((id) => {
    const named = byId.get(id);
    const holders = holdersByAgency.get(id) ?? [];
    if (!named || holders.length === 0) return [];
    return [
      {
        named,
        holders: holders.map((h) => ({
          agency: h.agency,
          since: h.steps.at(-1)!.change.effectiveFrom,
        })),
      },
    ];
  });
}

/** The date a body stopped existing: the earliest effective date of the changes naming successors. */
export function endedOn(agency: Agency, changeById: ReadonlyMap<string, Change>): string | null {
  const days = agency.successors
    .map((s) => changeById.get(s.change)?.effectiveFrom)
    .filter((d): d is string => d !== undefined)
    .sort();
  return days[0] ?? null;
}

/** One duty a successor takes over, with every predecessor the plan gave it to and how. */
export interface TakenOverDuty {
  task: Task;
  /** The strongest role any predecessor had in the task. */
  role: Role;
  /** The predecessors the plan names in the task, each with its role and the steps to here. */
  from: { predecessor: Agency; role: Role; steps: SuccessionStep[] }[];
  /** The editors' reason, shown with the inference label. */
  reason: string;
}

const ROLE_ORDER: readonly Role[] = ['lead', 'coLead', 'coordinator', 'reportsTo'];

/** Every agency whose work passes to `successorId`, directly or in steps, with the steps. */
export function predecessorsOf(
  successorId: string,
  agencies: readonly Agency[],
  byId: ReadonlyMap<string, Agency>,
  changeById: ReadonlyMap<string, Change>,
): { predecessor: Agency; steps: SuccessionStep[] }[] {
  const found: { predecessor: Agency; steps: SuccessionStep[] }[] = [];
  for (const agency of agencies) {
    if (agency.id === successorId) continue;
    for (const steps of successionPaths(agency, byId, changeById)) {
      const i = steps.findIndex((s) => s.to.id === successorId);
      if (i !== -1) {
        found.push({ predecessor: agency, steps: steps.slice(0, i + 1) });
        break;
      }
    }
  }
  return found;
}

/**
 * predecessorsOf for every agency at once (successor id → its predecessors, absent when none):
 * asking agency by agency walks every agency's paths once per agency.
 */
export function predecessorsByAgency(
  agencies: readonly Agency[],
  byId: ReadonlyMap<string, Agency>,
  changeById: ReadonlyMap<string, Change>,
): Map<string, { predecessor: Agency; steps: SuccessionStep[] }[]> {
  const bySuccessor = new Map<string, { predecessor: Agency; steps: SuccessionStep[] }[]>();
  for (const agency of agencies) {
    // The first path that reaches a successor gives the steps to it, as in predecessorsOf.
    const reached = new Set<string>([agency.id]);
    for (const steps of successionPaths(agency, byId, changeById)) {
      steps.forEach((step, i) => {
        if (reached.has(step.to.id)) return;
        reached.add(step.to.id);
        const found = { predecessor: agency, steps: steps.slice(0, i + 1) };
        const list = bySuccessor.get(step.to.id);
        if (list) list.push(found);
        else bySuccessor.set(step.to.id, [found]);
      });
    }
  }
  return bySuccessor;
}

/** "A → B → C", by short names. */
export function chainLabel(steps: readonly SuccessionStep[], name: (a: Agency) => string): string {
  return [steps[0].from, ...steps.map((s) => s.to)].map(name).join(' → ');
}

/**
 * The duties of the plan a successor takes over: every own duty (not one inherited from a group)
 * of every predecessor, once per task, skipping tasks the plan already gives the successor itself.
 * Labelled by the caller as an inference, with the reason made here.
 */
export function takenOverDuties(
  successor: Agency,
  agencies: readonly Agency[],
  dutiesByAgency: ReadonlyMap<string, readonly Duty[]>,
  changeById: ReadonlyMap<string, Change>,
  name: (a: Agency) => string,
): TakenOverDuty[] {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const predecessors = predecessorsOf(successor.id, agencies, byId, changeById);
  return dutiesTakenOver(successor, predecessors, dutiesByAgency, name);
}

/** takenOverDuties, from the successor's predecessors already found. */
function dutiesTakenOver(
  successor: Agency,
  predecessors: readonly { predecessor: Agency; steps: SuccessionStep[] }[],
  dutiesByAgency: ReadonlyMap<string, readonly Duty[]>,
  name: (a: Agency) => string,
): TakenOverDuty[] {
  const own = new Set((dutiesByAgency.get(successor.id) ?? []).map((d) => d.task.id));
  const byTask = new Map<string, TakenOverDuty>();
  for (const { predecessor, steps } of predecessors) {
    for (const duty of dutiesByAgency.get(predecessor.id) ?? []) {
      if (duty.via !== null || own.has(duty.task.id)) continue;
      const entry = byTask.get(duty.task.id) ?? {
        task: duty.task,
        role: duty.role,
        from: [],
        reason: '',
      };
      entry.from.push({ predecessor, role: duty.role, steps });
      if (ROLE_ORDER.indexOf(duty.role) < ROLE_ORDER.indexOf(entry.role)) entry.role = duty.role;
      byTask.set(duty.task.id, entry);
    }
  }
  const duties = [...byTask.values()];
  for (const d of duties) {
    const parts = d.from.map(({ predecessor, role, steps }) => {
      const moves = steps.map(
        (st) =>
          `sang ${name(st.to)} từ ${formatDate(st.change.effectiveFrom)} (${st.change.instrument.title})`,
      );
      return `Kế hoạch giao ${name(predecessor)} vai trò “${roleLabels[role].toLowerCase()}”; công việc của ${name(predecessor)} chuyển ${moves.join(', rồi ')}`;
    });
    d.reason = `${parts.join('; ')}. Kế hoạch không giao trực tiếp việc này cho ${name(successor)}: đây là suy luận từ việc chuyển giao chức năng, nhiệm vụ khi sắp xếp bộ máy.`;
  }
  return duties;
}

/**
 * Taken-over duties grouped by their reason, in the order met. A successor usually takes over
 * many duties for one reason (13 of Sở Tài chính tỉnh Gia Lai's 16): said once per group, the
 * reason is read instead of skipped, and the printed sheet is pages shorter.
 */
export function groupByReason(
  duties: readonly TakenOverDuty[],
): { reason: string; duties: TakenOverDuty[] }[] {
  const groups = new Map<string, TakenOverDuty[]>();
  for (const d of duties) groups.set(d.reason, [...(groups.get(d.reason) ?? []), d]);
  return [...groups].map(([reason, list]) => ({ reason, duties: list }));
}

/** Duties taken over by every successor, computed once per build, by agency id. */
export function takenOverByAgency(
  agencies: readonly Agency[],
  dutiesByAgency: ReadonlyMap<string, readonly Duty[]>,
  predecessors: ReadonlyMap<string, readonly { predecessor: Agency; steps: SuccessionStep[] }[]>,
  name: (a: Agency) => string,
): Map<string, TakenOverDuty[]> {
  return new Map(
    agencies
      .filter((a) => predecessors.has(a.id))
      .map((a) => [a.id, dutiesTakenOver(a, predecessors.get(a.id) ?? [], dutiesByAgency, name)]),
  );
}

/** A taken-over duty as a Duty of the successor, for the calendar feed. */
export function asDuty(d: TakenOverDuty): Duty {
  return { task: d.task, role: d.role, via: null, path: [] };
}

/** Checks the changes: unique ids, and every entry they name exists. */
export function checkChanges(
  entries: readonly ChangeEntry[],
  known: {
    agencies: ReadonlySet<string>;
    documents: ReadonlySet<string>;
    plans: ReadonlySet<string>;
    targets: ReadonlySet<string>;
  },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const id of duplicates(entries.map((e) => e.change.id))) {
    for (const e of entries.filter((x) => x.change.id === id)) {
      issues.push({ file: e.file, field: 'id', message: `mã thay đổi "${id}" bị trùng` });
    }
  }
  const words = {
    agencies: 'cơ quan',
    documents: 'văn bản',
    plans: 'kế hoạch',
    targets: 'mục tiêu',
  } as const;
  for (const { change, file } of entries) {
    for (const key of ['agencies', 'documents', 'plans', 'targets'] as const) {
      change.affects[key].forEach((id, i) => {
        if (!known[key].has(id)) {
          issues.push({
            file,
            field: `affects.${key}[${i}]`,
            message: `không có ${words[key]} nào mã "${id}"${didYouMean(id, known[key])}`,
          });
        }
      });
    }
    [change.instrument, ...change.otherInstruments].forEach((instrument, i) => {
      if (instrument.document !== undefined && !known.documents.has(instrument.document)) {
        issues.push({
          file,
          field: i === 0 ? 'instrument.document' : `otherInstruments[${i - 1}].document`,
          message: `không có văn bản nào mã "${instrument.document}"${didYouMean(instrument.document, known.documents)}`,
        });
      }
    });
  }
  return issues;
}

/**
 * Checks the agencies' successors: the successor and the change exist, an agency does not
 * succeed itself, the change lists the agency it ends, a body formed by a change names one that
 * exists, and no chain of successors comes back to where it started.
 */
export function checkSuccession(
  entries: readonly { agency: Agency; file: string }[],
  changes: ReadonlyMap<string, Change>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byId = new Map(entries.map((e) => [e.agency.id, e.agency]));
  for (const { agency, file } of entries) {
    agency.successors.forEach((s, i) => {
      if (s.agency === agency.id) {
        issues.push({
          file,
          field: `successors[${i}].agency`,
          message: 'một cơ quan không thể kế nhiệm chính nó',
        });
      } else if (!byId.has(s.agency)) {
        issues.push({
          file,
          field: `successors[${i}].agency`,
          message: `không có cơ quan nào mã "${s.agency}"${didYouMean(s.agency, byId.keys())} (thêm tệp content/agencies/${s.agency}.yaml)`,
        });
      }
      const change = changes.get(s.change);
      if (!change) {
        issues.push({
          file,
          field: `successors[${i}].change`,
          message: `không có thay đổi nào mã "${s.change}" trong content/changes/`,
        });
      } else if (!change.affects.agencies.includes(agency.id)) {
        issues.push({
          file,
          field: `successors[${i}].change`,
          message: `thay đổi "${s.change}" không ghi cơ quan này ("${agency.id}") trong affects.agencies`,
        });
      }
    });
    if (agency.createdBy !== undefined && !changes.has(agency.createdBy)) {
      issues.push({
        file,
        field: 'createdBy',
        message: `không có thay đổi nào mã "${agency.createdBy}" trong content/changes/`,
      });
    }
  }
  // A cycle: following successors from an agency comes back to it.
  const reported = new Set<string>();
  for (const { agency, file } of entries) {
    const path: string[] = [];
    const onPath = new Set<string>();
    const done = new Set<string>();
    let cycle: string[] | null = null;
    const visit = (id: string) => {
      if (cycle) return;
      if (onPath.has(id)) {
        cycle = [...path.slice(path.indexOf(id)), id];
        return;
      }
      if (done.has(id)) return;
      onPath.add(id);
      path.push(id);
      for (const s of byId.get(id)?.successors ?? []) visit(s.agency);
      path.pop();
      onPath.delete(id);
      done.add(id);
    };
    visit(agency.id);
    const found = cycle as string[] | null;
    if (found && found[0] === agency.id) {
      const key = [...found.slice(0, -1)].sort().join();
      if (reported.has(key)) continue;
      reported.add(key);
      issues.push({
        file,
        field: 'successors',
        message: `chuỗi cơ quan kế nhiệm quay vòng: ${found.join(' → ')}`,
      });
    }
  }
  return issues;
}

/** The calendar lines of a duty taken over: the inference label and its reason. */
export function takenOverNotes(takenOver: readonly TakenOverDuty[], duty: Duty): string[] {
  const found = takenOver.find((d) => d.task.id === duty.task.id);
  if (!found) return [];
  return [
    'Tiếp nhận qua sắp xếp bộ máy (suy luận biên tập, không phải lời của kế hoạch).',
    `Vì sao: ${found.reason}`,
  ];
}

/**
 * The calendar lines of a body that no longer exists: where its duties went, since when, by which
 * instrument, with the source and the day it was checked, and the successor's own feed.
 */
export function successionNotes(
  agency: Agency,
  holders: readonly { agency: Agency; steps: readonly SuccessionStep[] }[],
  site: string,
): string[] {
  return holders.map(({ agency: holder, steps }) => {
    const last = steps.at(-1)!.change;
    const source = last.sources[0];
    return `Thông tin ngoài kế hoạch: từ ${formatDate(last.effectiveFrom)}, công việc của ${agency.name} do ${holder.name} đảm nhận (${last.instrument.title}; nguồn: ${source.url}; tính đến ${formatDate(checkedOn(last))}). Lịch của ${holder.name}: ${site.replace(/\/$/, '')}${agencyCalendarHref(holder.id)}`;
  });
}

/**
 * What an agency's calendar holds: its own dated duties and those it took over in a
 * reorganisation; the day each starts (a duty taken over starts in the successor's feed on the day
 * it was taken over); and the outside-fact lines each event carries. The feed, its page's link and
 * the list of feeds all use this, so a feed is offered exactly when it has an event.
 */
export function agencyFeed(
  agency: Agency,
  data: {
    dutiesByAgency: ReadonlyMap<string, readonly Duty[]>;
    holdersByAgency: ReadonlyMap<string, readonly { agency: Agency; steps: SuccessionStep[] }[]>;
    takenOverByAgency: ReadonlyMap<string, readonly TakenOverDuty[]>;
  },
  planFrom: (task: Task) => Date,
  site: string,
): {
  own: readonly Duty[];
  takenOver: readonly Duty[];
  from: (task: Task) => Date;
  notes: (duty: Duty) => string[];
} {
  const takenOver = data.takenOverByAgency.get(agency.id) ?? [];
  const holders = data.holdersByAgency.get(agency.id) ?? [];
  const takenOverFrom = new Map(
    takenOver.map((d) => [
      d.task.id,
      new Date(`${d.from.map((f) => f.steps.at(-1)!.change.effectiveFrom).sort()[0]}T00:00:00Z`),
    ]),
  );
  return {
    own: data.dutiesByAgency.get(agency.id) ?? [],
    takenOver: takenOver.map(asDuty),
    from: (task) => {
      const planStart = planFrom(task);
      const since = takenOverFrom.get(task.id);
      return since && since > planStart ? since : planStart;
    },
    notes: (duty) => [
      ...takenOverNotes(takenOver, duty),
      ...(duty.via === null ? successionNotes(agency, holders, site) : []),
    ],
  };
}

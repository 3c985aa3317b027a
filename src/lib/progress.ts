/**
 * Published figures against the plan's targets, and dated evidence against its tasks. Pure
 * functions over entries. The area rule lives here: a figure counts as progress on a target only
 * when it covers the area the target's plan was set for; any other figure is kept apart, flagged.
 */
import type { ContentIssue } from './content-errors.ts';
import { didYouMean, duplicates } from './content-errors.ts';
import { formatNumberVi, formatValue, type TargetEntry } from './targets.ts';
import { AREAS, type Area, type When } from '../schemas/shared.ts';
import type { Report } from '../schemas/report.ts';
import type { Evidence } from '../schemas/evidence.ts';

export interface ReportEntry extends Report {
  id: string;
}

export interface EvidenceEntry extends Evidence {
  id: string;
}

/** What the site says where no figure is known: never a guess. */
export const NO_DATA_TEXT = 'chưa có số liệu';
/** What a task without evidence says, with the day the editors last looked. */
export const NO_EVIDENCE_TEXT = 'chưa có thông tin';

export function areaLabel(area: Area): string {
  return AREAS[area];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A sortable key of a time: year, then month, then day (an unknown part sorts first). */
export function whenKey(when: When): string {
  return `${when.year}-${pad(when.month ?? 0)}-${pad(when.day ?? 0)}`;
}

/** The time as precisely as the source gives it: "31/12/2025", "08/2023" or "2022". */
export function formatWhen(when: When): string {
  if (when.day !== undefined && when.month !== undefined) {
    return `${pad(when.day)}/${pad(when.month)}/${when.year}`;
  }
  if (when.month !== undefined) return `${pad(when.month)}/${when.year}`;
  return String(when.year);
}

/** The time with the source's own words when it gives them: "2024, 6 tháng đầu năm 2024". */
export function whenText(when: When): string {
  return when.label ? `${formatWhen(when)}, ${when.label}` : formatWhen(when);
}

/** What the three areas mean, said once where figures of several areas are shown. */
export const AREA_EXPLANATION =
  'Bình Định cũ và Gia Lai cũ là hai tỉnh trước ngày 01/7/2025; từ ngày đó hai tỉnh hợp nhất thành tỉnh Gia Lai. Số liệu của ba địa bàn này không cộng, không so với nhau.';

/** A `yyyy-mm-dd` for `<time datetime>`, as precise as the time: "2025-12-31", "2023-08", "2022". */
export function whenDatetime(when: When): string {
  if (when.day !== undefined && when.month !== undefined) {
    return `${when.year}-${pad(when.month)}-${pad(when.day)}`;
  }
  if (when.month !== undefined) return `${when.year}-${pad(when.month)}`;
  return String(when.year);
}

/** The plan id a target comes from: the part of its source before "#". */
export function planOfTarget(target: Pick<TargetEntry, 'source'>): string {
  return target.source.split('#')[0];
}

/** A figure made comparable with its target: the same unit, or a share worked out as a calculation. */
export interface ComparableFigure {
  value: number;
  /** The calculation when the value is derived: "57 / 187 × 100 ≈ 30,48%". */
  calculation?: string;
  /** What a derived share is a share of, as the source says ("hợp tác xã nông nghiệp"). */
  base?: string;
}

/**
 * The figure in the target's unit, when it can be: the unit as published matches, or the target
 * is a percentage and the source gives the total (the share is then a calculation). Null otherwise:
 * the figure is shown as published and no distance is worked out.
 */
export function comparableFigure(target: TargetEntry, report: Report): ComparableFigure | null {
  if (target.kind !== 'dinh-luong' || !target.unit) return null;
  if (report.unit === target.unit) return { value: report.value };
  if (target.unit === '%' && report.outOf) {
    const share = Math.round((report.value / report.outOf.value) * 10000) / 100;
    return {
      value: share,
      base: report.outOf.label,
      calculation: `${formatNumberVi(report.value)} / ${formatNumberVi(report.outOf.value)} × 100 ≈ ${formatNumberVi(share)}%`,
    };
  }
  return null;
}

/** The distance from a comparable figure to the target's level, written as the calculation. */
export interface Distance {
  /** target − figure, in the target's unit (negative: the figure is above the level). */
  value: number;
  /** "80 − 19 = 61 hợp tác xã". */
  calculation: string;
  reached: boolean;
}

export function distanceToTarget(target: TargetEntry, figure: ComparableFigure): Distance | null {
  if (target.value === undefined || !target.unit || target.period === 'khong-ro') return null;
  const value = Math.round((target.value - figure.value) * 100) / 100;
  const unit = target.unit === '%' ? 'điểm phần trăm' : target.unit;
  return {
    value,
    calculation: `${formatNumberVi(target.value)} − ${formatNumberVi(figure.value)} = ${formatNumberVi(value)} ${unit}`,
    // "trên 80" is reached only above the level; the other qualifiers at the level.
    reached: target.comparator === 'tren' ? value < 0 : value <= 0,
  };
}

export interface ProgressFigure {
  report: ReportEntry;
  /** The value as published: "19 hợp tác xã", "33,9%". */
  published: string;
  comparable: ComparableFigure | null;
}

/** One bar of the chart: the year, the figure in the target's unit, and the figure it comes from. */
export interface ChartPoint {
  year: number;
  value: number;
  figure: ProgressFigure;
}

export interface TargetProgress {
  /** The area the target was set for; null when the plan does not say (then nothing counts). */
  area: Area | null;
  /** Figures of the target's own area, oldest first: these are progress. */
  counted: ProgressFigure[];
  /** Figures of other areas, oldest first: shown apart, never counted as progress. */
  otherAreas: ProgressFigure[];
  latest: ProgressFigure | null;
  distance: Distance | null;
  /** Why no distance is shown for the latest figure (see noDistanceReason). */
  distanceNote: string | null;
  /** Bars for the chart: comparable figures of the own area, one per year; at least two to draw. */
  chart: ChartPoint[];
}

const byWhen = (a: Report, b: Report) =>
  whenKey(a.when) < whenKey(b.when) ? -1 : whenKey(a.when) > whenKey(b.when) ? 1 : 0;

/** The progress of one target: the area rule, the latest figure, the distance and the chart. */
export function targetProgress(
  target: TargetEntry,
  reports: readonly ReportEntry[],
  planArea: Area | undefined,
): TargetProgress {
  const own = reports.filter((r) => r.target === target.id).sort(byWhen);
  const figure = (report: ReportEntry): ProgressFigure => ({
    report,
    published: formatValue(report.value, report.unit),
    comparable: comparableFigure(target, report),
  });
  const counted = planArea ? own.filter((r) => r.area === planArea).map(figure) : [];
  const otherAreas = own.filter((r) => !planArea || r.area !== planArea).map(figure);
  const latest = counted.at(-1) ?? null;
  const distanceNote = latest ? noDistanceReason(target, latest) : null;
  const distance =
    latest?.comparable && !distanceNote ? distanceToTarget(target, latest.comparable) : null;
  // One bar per year: the latest figure of that year.
  const perYear = new Map<number, ChartPoint>();
  for (const f of counted) {
    if (f.comparable) {
      perYear.set(f.report.when.year, {
        year: f.report.when.year,
        value: f.comparable.value,
        figure: f,
      });
    }
  }
  const chart = [...perYear.values()];
  return { area: planArea ?? null, counted, otherAreas, latest, distance, distanceNote, chart };
}

/**
 * Why no distance is worked out for a figure, or null when one is: the units differ, a share is
 * of another base than the target's, or the plan leaves the target's period open.
 */
export function noDistanceReason(target: TargetEntry, figure: ProgressFigure): string | null {
  if (!figure.comparable) {
    return `số liệu tính bằng “${figure.report.unit}”, mục tiêu tính bằng “${target.unit ?? ''}”`;
  }
  if (figure.comparable.base && target.base && figure.comparable.base !== target.base) {
    return `tỉ lệ tính trên ${figure.comparable.base}, mục tiêu tính trên ${target.base}`;
  }
  if (target.period === 'khong-ro') return 'văn bản không nói rõ kỳ của mục tiêu';
  return null;
}

/** The number of targets with at least one figure counted as progress. */
export function targetsWithData(
  targets: readonly TargetEntry[],
  reports: readonly ReportEntry[],
  areaOfPlan: (plan: string) => Area | undefined,
): number {
  return targets.filter(
    (t) => targetProgress(t, reports, areaOfPlan(planOfTarget(t))).counted.length > 0,
  ).length;
}

/**
 * A report must measure an existing quantitative target; a percentage figure cannot exceed 100;
 * one target has one figure per area and time.
 */
export function checkReports(
  reports: readonly ReportEntry[],
  targets: readonly TargetEntry[],
  options: { dir: string },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = (id: string) => `${options.dir}/${id}.yaml`;
  const byId = new Map(targets.map((t) => [t.id, t]));
  for (const r of reports) {
    const target = byId.get(r.target);
    if (!target) {
      issues.push({
        file: file(r.id),
        field: 'Mục tiêu (target)',
        message: `không có mục tiêu mã "${r.target}" trong thư mục mục tiêu`,
      });
    } else if (target.kind !== 'dinh-luong') {
      issues.push({
        file: file(r.id),
        field: 'Mục tiêu (target)',
        message: `mục tiêu "${r.target}" là định tính (không có con số), không thể có số liệu báo cáo`,
      });
    }
    if (r.unit === '%' && r.value > 100) {
      issues.push({
        file: file(r.id),
        field: 'Giá trị (value)',
        message: 'số liệu tính bằng %, không được lớn hơn 100',
      });
    }
    if (r.outOf && r.value > r.outOf.value) {
      issues.push({
        file: file(r.id),
        field: 'Trên tổng số (outOf)',
        message: 'con số không được lớn hơn tổng số',
      });
    }
  }
  const key = (r: ReportEntry) => `${r.target}@${r.area}@${whenKey(r.when)}`;
  for (const k of duplicates(reports.map(key))) {
    for (const r of reports.filter((x) => key(x) === k)) {
      issues.push({
        file: file(r.id),
        field: 'Thời gian (when)',
        message: `mục tiêu "${r.target}" đã có một số liệu khác cho cùng địa bàn và thời gian`,
      });
    }
  }
  return issues;
}

/** Task status on the register: whether any evidence is linked. */
export const TASK_STATUSES = {
  'co-thong-tin': 'Có thông tin',
  'chua-co-thong-tin': 'Chưa có thông tin',
} as const;
export type TaskStatus = keyof typeof TASK_STATUSES;
export const TASK_STATUS_VALUES = Object.keys(TASK_STATUSES) as TaskStatus[];

const byWhenDesc = (a: EvidenceEntry, b: EvidenceEntry) =>
  whenKey(a.when) < whenKey(b.when) ? 1 : whenKey(a.when) > whenKey(b.when) ? -1 : 0;

/** Evidence sorted newest first. */
export function sortEvidence(evidence: readonly EvidenceEntry[]): EvidenceEntry[] {
  return [...evidence].sort((a, b) => byWhenDesc(a, b) || (a.id < b.id ? -1 : 1));
}

/** One piece of evidence as it concerns one task, with the inference that links them if any. */
export interface TaskEvidence {
  evidence: EvidenceEntry;
  /** The editors' reason, when the link is an inference. */
  inference: string | null;
}

/** Evidence linked to a task, newest first. */
export function evidenceForTask(
  taskId: string,
  evidence: readonly EvidenceEntry[],
): TaskEvidence[] {
  return sortEvidence(evidence).flatMap((e) =>
    e.tasks
      .filter((l) => l.task === taskId)
      .map((l) => ({
        evidence: e,
        inference: l.inference?.kind === 'suy-luan' ? l.inference.reason : null,
      })),
  );
}

/** What a task's "Tình hình thực hiện" shows: its evidence, or the day the editors last looked. */
export interface TaskStatusView {
  /** Every piece (the task page) or the latest only (agency pages), newest first. */
  shown: TaskEvidence[];
  /** How many pieces there are in all. */
  total: number;
  /** Whether every piece is shown with its summary, quote and sources. */
  all: boolean;
  /** The day the editors last looked for evidence (plan.yaml's progressCheckedOn), if known. */
  checkedOn: string | undefined;
}

export function taskStatusView(
  taskId: string,
  evidence: readonly EvidenceEntry[],
  options: { all: boolean; checkedOn: string | undefined },
): TaskStatusView {
  const found = evidenceForTask(taskId, evidence);
  return {
    shown: options.all ? found : found.slice(0, 1),
    total: found.length,
    all: options.all,
    checkedOn: options.checkedOn,
  };
}

export function taskStatus(taskId: string, evidence: readonly EvidenceEntry[]): TaskStatus {
  return evidence.some((e) => e.tasks.some((l) => l.task === taskId))
    ? 'co-thong-tin'
    : 'chua-co-thong-tin';
}

export function tasksOfStatus<T extends { id: string }>(
  tasks: readonly T[],
  evidence: readonly EvidenceEntry[],
  status: TaskStatus,
): T[] {
  return tasks.filter((t) => taskStatus(t.id, evidence) === status);
}

/**
 * How many tasks have each status (tasksOfStatus's lengths), reading the evidence once: every
 * register page shows these counts.
 */
export function statusCounts(
  tasks: readonly { id: string }[],
  evidence: readonly EvidenceEntry[],
): Record<TaskStatus, number> {
  const known = new Set(evidence.flatMap((e) => e.tasks.map((l) => l.task)));
  const withInfo = tasks.filter((t) => known.has(t.id)).length;
  return { 'co-thong-tin': withInfo, 'chua-co-thong-tin': tasks.length - withInfo };
}

/** Every evidence entry must name existing tasks, each once. */
export function checkEvidence(
  evidence: readonly EvidenceEntry[],
  taskIds: ReadonlySet<string>,
  options: { dir: string },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const e of evidence) {
    const file = `${options.dir}/${e.id}.yaml`;
    e.tasks.forEach((l, i) => {
      if (!taskIds.has(l.task)) {
        issues.push({
          file,
          field: `Nhiệm vụ liên quan (tasks), mục ${i + 1}`,
          message: `không có nhiệm vụ mã "${l.task}" trong thư mục nhiệm vụ${didYouMean(l.task, taskIds)}`,
        });
      }
    });
    for (const dup of duplicates(e.tasks.map((l) => l.task))) {
      issues.push({
        file,
        field: 'Nhiệm vụ liên quan (tasks)',
        message: `nhiệm vụ "${dup}" được nêu hai lần`,
      });
    }
  }
  return issues;
}

/**
 * The plan's targets (II.2.1, II.2.2) as structured figures, the progress reports measured against
 * them, and the geometry of the inline-SVG bar chart drawn at build time. Pure functions: entries
 * come in as arguments, so the same code serves the pages, the build checks and the unit tests.
 */
import { resolveCitation } from './citations.ts';
import type { ContentIssue } from './content-errors.ts';
import { duplicates } from './content-errors.ts';
import type { PlanSection } from './plan-parser.ts';
import type { Horizon } from './policy-areas.ts';
import { comparators, periods, type Target } from '../schemas/target.ts';
import type { Report } from '../schemas/report.ts';

export interface TargetEntry extends Target {
  /** File name without extension: `2030-htx-tot-kha`. */
  id: string;
}

export type { ReportEntry } from './progress.ts';

/** What the targets page says for a target with no report. */
export const NO_REPORT_TEXT = 'chưa có số liệu báo cáo';

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A number as Vietnamese readers write it: 1.000; 12,5. */
export function formatNumberVi(value: number): string {
  return numberFormat.format(value);
}

/** A value with its unit: "25%", "1.000 thành viên". */
export function formatValue(value: number, unit: string): string {
  return unit === '%' ? `${formatNumberVi(value)}%` : `${formatNumberVi(value)} ${unit}`;
}

/**
 * The figure of a target as a short phrase in the plan's own qualifier: "ít nhất 25%", "khoảng
 * 1.000 thành viên", "15 tổ chức". Null for a qualitative target.
 */
export function formatFigure(target: Target): string | null {
  if (target.kind !== 'dinh-luong' || target.value === undefined || !target.unit) return null;
  const value = formatValue(target.value, target.unit);
  // A bare figure reads best without a qualifier word; "đạt 15 tổ chức" would add one.
  return target.comparator === 'bang' || !target.comparator
    ? value
    : `${comparators[target.comparator]} ${value}`;
}

/** "mỗi năm", "đến năm 2030", or "văn bản không nói rõ". */
export function periodLabel(target: Target): string | null {
  if (!target.period) return null;
  if (target.period === 'den-moc') return `đến năm ${target.horizon}`;
  return periods[target.period];
}

/** The period and the horizon together: "mỗi năm, đến năm 2030", "đến năm 2045". */
export function whenLabel(target: Target): string {
  const horizon = `đến năm ${target.horizon}`;
  if (target.period === 'hang-nam') return `mỗi năm, ${horizon}`;
  if (target.period === 'khong-ro')
    return `${horizon}; văn bản không nói rõ mỗi năm hay cả giai đoạn`;
  return horizon;
}

/** Targets in document order: by horizon, then by their position in the text. */
export function sortTargets<T extends Target>(targets: readonly T[]): T[] {
  return [...targets].sort((a, b) => a.horizon - b.horizon || a.order - b.order);
}

/** The targets grouped by their plan's horizons (plan.yaml), each group in the text's order. */
export function targetsByHorizon<T extends Target>(
  targets: readonly T[],
  horizons: readonly Horizon[],
): { horizon: number; label: string; targets: T[] }[] {
  const sorted = sortTargets(targets);
  return horizons
    .map((h) => ({
      horizon: h.year,
      label: h.label,
      targets: sorted.filter((t) => t.horizon === h.year && t.source.split('#')[0] === h.plan),
    }))
    .filter((g) => g.targets.length > 0);
}

/** Reports of one target, oldest year first. */
export function reportsFor<R extends Report>(targetId: string, reports: readonly R[]): R[] {
  return reports.filter((r) => r.target === targetId).sort((a, b) => a.when.year - b.when.year);
}

/**
 * Checks what the schema cannot: the horizon is one of its plan's (plan.yaml), the source
 * paragraph exists, lies in that horizon's section of the same plan and contains the `wording`
 * character for character; positions are not shared within a horizon.
 */
export function checkTargets(
  targets: readonly TargetEntry[],
  options: {
    dir: string;
    sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>;
    horizons: readonly Horizon[];
  },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = (id: string) => `${options.dir}/${id}.yaml`;
  for (const t of targets) {
    const found = resolveCitation(t.source, options.sectionsByPlan);
    if ('error' in found) {
      issues.push({ file: file(t.id), field: 'source', message: `trích dẫn ${found.error}` });
      continue;
    }
    if (!found.paragraph) {
      issues.push({
        file: file(t.id),
        field: 'source',
        message: 'phải trích dẫn một đoạn (có "-p<số>"), không phải cả mục',
      });
      continue;
    }
    const planHorizons = options.horizons.filter((h) => h.plan === found.plan);
    const horizon = planHorizons.find((h) => h.year === t.horizon);
    if (!horizon) {
      issues.push({
        file: file(t.id),
        field: 'horizon',
        message: `kế hoạch ${found.plan} không có mốc năm ${t.horizon} (horizons trong plan.yaml: ${planHorizons.map((h) => h.year).join(', ') || 'chưa có mốc nào'})`,
      });
    } else if (
      found.section.anchor !== horizon.section &&
      found.section.parent !== horizon.section
    ) {
      issues.push({
        file: file(t.id),
        field: 'horizon',
        message: `mục tiêu năm ${t.horizon} phải trích dẫn đoạn thuộc mục ${horizon.section} của kế hoạch ${found.plan}; đoạn này thuộc mục ${found.section.key}`,
      });
    }
    if (!found.paragraph.text.includes(t.wording)) {
      issues.push({
        file: file(t.id),
        field: 'wording',
        message: `lời văn "${t.wording}" không có nguyên văn trong đoạn ${t.source}; hãy chép đúng từng chữ của văn bản`,
      });
    }
  }
  // Per plan and horizon: two plans may both set targets for 2030.
  const groupOf = (t: TargetEntry) => `${t.source.split('#')[0]} ${t.horizon}`;
  for (const group of new Set(targets.map(groupOf))) {
    const same = targets.filter((t) => groupOf(t) === group);
    const horizon = same[0].horizon;
    for (const order of duplicates(same.map((t) => String(t.order)))) {
      for (const t of same.filter((x) => String(x.order) === order)) {
        issues.push({
          file: file(t.id),
          field: 'order',
          message: `thứ tự ${order} bị trùng với một mục tiêu khác của năm ${horizon}`,
        });
      }
    }
  }
  return issues;
}

export interface ChartBar {
  year: number;
  value: number;
  /** "30%", "12 tổ chức". */
  label: string;
  /** The figure alone, written on the bar: "30%", "12". */
  short: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** The plot's baseline (y of value 0) and its left and right edges. */
  baseline: number;
  left: number;
  right: number;
  bars: ChartBar[];
  /** Horizontal grid lines with their labels (numbers only; the unit is in `unitLabel`). */
  ticks: { value: number; label: string; y: number }[];
  /** "Đơn vị: hợp tác xã", shown once above the axis instead of on every tick. */
  unitLabel: string;
  /** The target's level, when the target has a figure; its label goes in the legend. */
  goal: { y: number; label: string } | null;
  /** Where the legend line sits, below the years. */
  legendY: number;
  /** The chart's short name and its full text alternative. */
  title: string;
  description: string;
}

/** The smallest "nice" step (1, 2 or 5 times a power of ten) giving at most `count` steps. */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/**
 * Geometry of a bar chart of a target's reports, with the target's level drawn as a line. Only
 * numbers come out; the component draws them, so the layout is tested without a browser.
 */
export function barChart(
  target: TargetEntry,
  reports: readonly { year: number; value: number }[],
  size: { width?: number; height?: number } = {},
): BarChart {
  const width = size.width ?? 480;
  const height = size.height ?? 260;
  // Room above for the values on the bars, below for the years and the legend.
  const margin = { top: 28, right: 16, bottom: 56, left: 48 };
  const unit = target.unit ?? '';
  const sorted = [...reports].sort((a, b) => a.year - b.year);
  const highest = Math.max(target.value ?? 0, ...sorted.map((r) => r.value), 1);
  const step = unit === '%' ? niceStep(Math.min(highest, 100), 4) : niceStep(highest, 4);
  const top =
    unit === '%' && highest <= 100
      ? Math.min(100, Math.ceil(highest / step) * step)
      : Math.ceil(highest / step) * step;
  const baseline = height - margin.bottom;
  const plotHeight = baseline - margin.top;
  const left = margin.left;
  const right = width - margin.right;
  const scale = (v: number) => baseline - (v / top) * plotHeight;
  const slot = (right - left) / Math.max(sorted.length, 1);
  const barWidth = Math.min(48, slot * 0.6);
  const bars = sorted.map((r, i) => {
    const y = scale(r.value);
    return {
      year: r.year,
      value: r.value,
      label: formatValue(r.value, unit),
      short: unit === '%' ? `${formatNumberVi(r.value)}%` : formatNumberVi(r.value),
      x: left + slot * i + (slot - barWidth) / 2,
      y,
      width: barWidth,
      height: baseline - y,
    };
  });
  const ticks = [];
  for (let v = 0; v <= top + step / 1000; v += step) {
    ticks.push({
      value: v,
      label: unit === '%' ? `${formatNumberVi(v)}%` : formatNumberVi(v),
      y: scale(v),
    });
  }
  const figure = formatFigure(target);
  const goal =
    target.value !== undefined && figure
      ? {
          y: scale(target.value),
          label: `Mục tiêu${target.period === 'hang-nam' ? ' mỗi năm' : ''}: ${figure}`,
        }
      : null;
  const title = `Số liệu báo cáo: ${target.metric}`;
  const description = [
    `Biểu đồ cột, mỗi cột là một năm có báo cáo.`,
    ...bars.map((b) => `Năm ${b.year}: ${b.label}.`),
    figure ? `Mục tiêu ${periodLabel(target) ?? ''}: ${figure}.`.replace(' :', ':') : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  const unitLabel = `Đơn vị: ${unit === '%' ? 'phần trăm (%)' : unit}`;
  return {
    width,
    height,
    baseline,
    left,
    right,
    bars,
    ticks,
    unitLabel,
    goal,
    legendY: baseline + 42,
    title,
    description,
  };
}

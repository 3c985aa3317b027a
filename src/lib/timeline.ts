/**
 * The timeline (/dong-thoi-gian/): one list, in date order, built from several sources. Each
 * source is a pure function turning entries into items; `buildTimeline` merges any number of
 * them. Another source (the reorganisation's changes, say) is one more function returning
 * `TimelineItem[]`, passed to `buildTimeline` beside the others: nothing else changes.
 */
import { type LegalDocument } from './documents.ts';
import {
  areaLabel,
  formatWhen,
  whenDatetime,
  whenKey,
  type EvidenceEntry,
  type ReportEntry,
} from './progress.ts';
import { formatValue, type TargetEntry } from './targets.ts';
import type { Area, When } from '../schemas/shared.ts';
import { EVIDENCE_KINDS } from '../schemas/evidence.ts';
import { documentHref, evidenceHref, planHref, targetHref } from './routes.ts';

/** The kinds of item, with the label a reader sees. New sources add their kind here. */
export const TIMELINE_KINDS = {
  'ke-hoach': 'Kế hoạch',
  'van-ban': 'Văn bản căn cứ',
  'so-lieu': 'Số liệu',
  'tinh-hinh': 'Tình hình thực hiện',
  // Hook for the reorganisation changes (issue 12): a `changeItems` source returns this kind.
  'thay-doi': 'Thay đổi do sắp xếp bộ máy',
} as const;
export type TimelineKind = keyof typeof TIMELINE_KINDS;

export interface TimelineItem {
  /** Unique across sources: "<kind>:<entry id>". */
  key: string;
  kind: TimelineKind;
  when: When;
  title: string;
  /** The entry's page (or its place on a page). */
  href: string;
  /** One line of context, written by the site. */
  summary?: string;
  /** For outside facts: the area they cover. */
  area?: Area;
}

const dayWhen = (iso: string): When => ({
  year: Number(iso.slice(0, 4)),
  month: Number(iso.slice(5, 7)),
  day: Number(iso.slice(8, 10)),
});

/** A plan, on the day it was issued. */
export function planItems(
  plans: readonly { id: string; number: string; shortTitle: string; issuedOn: Date }[],
): TimelineItem[] {
  return plans.map((p) => ({
    key: `ke-hoach:${p.id}`,
    kind: 'ke-hoach',
    when: dayWhen(p.issuedOn.toISOString().slice(0, 10)),
    title: p.shortTitle,
    href: planHref(p.id),
    summary: `Ban hành ${p.number}.`,
  }));
}

/**
 * The documents the plans rest on, on the date the plan's text gives them; a document whose date
 * the text does not give, and a document that is itself a plan (listed as a plan), are left out.
 */
export function documentItems(documents: readonly LegalDocument[]): TimelineItem[] {
  return documents
    .filter((d) => d.date && !d.plan)
    .map((d) => ({
      key: `van-ban:${d.id}`,
      kind: 'van-ban',
      when: dayWhen(d.date!),
      title: d.name,
      href: documentHref(d.id),
      ...(d.title && d.title !== d.name ? { summary: d.title } : {}),
    }));
}

/** Published figures, at the time they describe, with their area. */
export function reportItems(
  reports: readonly ReportEntry[],
  targets: readonly TargetEntry[],
): TimelineItem[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  return reports.map((r) => ({
    key: `so-lieu:${r.id}`,
    kind: 'so-lieu',
    when: r.when,
    title: `${r.measures}: ${formatValue(r.value, r.unit)}`,
    href: targetHref(r.target),
    summary: `Mục tiêu: ${byId.get(r.target)?.metric ?? r.target}. Địa bàn: ${areaLabel(r.area)}.`,
    area: r.area,
  }));
}

/** Evidence of what was done, at its date, with its area. */
export function evidenceItems(evidence: readonly EvidenceEntry[]): TimelineItem[] {
  return evidence.map((e) => ({
    key: `tinh-hinh:${e.id}`,
    kind: 'tinh-hinh',
    when: e.when,
    title: e.title,
    href: evidenceHref(e.id),
    summary: `${EVIDENCE_KINDS[e.kind]}. Địa bàn: ${areaLabel(e.area)}.`,
    area: e.area,
  }));
}

const KIND_ORDER = Object.keys(TIMELINE_KINDS) as TimelineKind[];

/**
 * Every source's items in one list, oldest first; on the same time, in the order of
 * TIMELINE_KINDS, then by key. An item given twice (same key) is kept once.
 */
export function buildTimeline(sources: readonly (readonly TimelineItem[])[]): TimelineItem[] {
  const seen = new Map<string, TimelineItem>();
  for (const item of sources.flat()) if (!seen.has(item.key)) seen.set(item.key, item);
  return [...seen.values()].sort(
    (a, b) =>
      (whenKey(a.when) < whenKey(b.when) ? -1 : whenKey(a.when) > whenKey(b.when) ? 1 : 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The timeline grouped by year, for the page's headings. */
export function timelineByYear(
  items: readonly TimelineItem[],
): { year: number; items: TimelineItem[] }[] {
  const groups: { year: number; items: TimelineItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.year === item.when.year) last.items.push(item);
    else groups.push({ year: item.when.year, items: [item] });
  }
  return groups;
}

/** The day an item is dated for a feed: its day, or the first day of its month or year. */
export function itemDate(item: TimelineItem): Date {
  const { year, month, day } = item.when;
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

export { formatWhen, whenDatetime };

/** What the site's timeline is built from. */
export interface TimelineContent {
  plans: Parameters<typeof planItems>[0];
  documents: readonly LegalDocument[];
  reports: readonly ReportEntry[];
  targets: readonly TargetEntry[];
  evidence: readonly EvidenceEntry[];
}

/**
 * The site's timeline, oldest first, for the page and the feed alike. The hook for the
 * reorganisation's changes (issue 12): add `changes` to TimelineContent and one `changeItems`
 * source (kind 'thay-doi') to this list.
 */
export function siteTimeline(content: TimelineContent): TimelineItem[] {
  return buildTimeline([
    planItems(content.plans),
    documentItems(content.documents),
    reportItems(content.reports, content.targets),
    evidenceItems(content.evidence),
  ]);
}

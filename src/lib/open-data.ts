/**
 * Open data: the task register and the agencies as JSON and CSV, and the JSON Schema of the JSON
 * records, generated from the zod schemas so that the published description cannot drift from the
 * checks the build applies. Ids are the content file names and never change once published.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'astro/zod';
import { agencySchema, type Agency } from '../schemas/agency.ts';
import { changeSchema, type Change } from '../schemas/change.ts';
import { taskSchema, type Task } from '../schemas/task.ts';
import { aliasText, kindLabel } from './agencies.ts';
import { parseCitation } from './citations.ts';
import { basisLabel, timeframeLabel } from './tasks.ts';
import { duplicates, type ContentIssue } from './content-errors.ts';
import { reportSchema } from '../schemas/report.ts';
import { EVIDENCE_KINDS, evidenceSchema } from '../schemas/evidence.ts';
import type { DataRelease } from '../schemas/data-changelog.ts';
import { AREAS, type Area } from '../schemas/shared.ts';
import { whenText, type EvidenceEntry, type ReportEntry } from './progress.ts';
import { agencyHref, evidenceHref, planHref, targetHref, taskHref } from './routes.ts';

/** Links and labels every published record carries besides its content fields. */
const derived = {
  /** Address of the entry's page on the site. */
  url: z.string().describe('Địa chỉ trang của mục này trên trang web'),
};

/** One task as published: its content fields, its id, and labels a reader needs. */
export const taskRecordSchema = z
  .object({
    id: z.string().describe('Mã nhiệm vụ, cố định (tên tệp trong content/tasks/)'),
    ...taskSchema.shape,
    sourceUrl: z.string().describe('Địa chỉ đoạn văn bản nguồn trong toàn văn'),
    timeframeLabel: z.string().describe('Thời hạn diễn đạt bằng lời'),
    basisLabel: z.string().describe('Căn cứ giao việc diễn đạt bằng lời'),
    ...derived,
  })
  .describe('Một nhiệm vụ trong sổ nhiệm vụ của một kế hoạch');

/**
 * The task record with its `policy` limited to the plans' policy areas (their plan.yaml), as the
 * published schema has always listed them: the content schema cannot know them.
 */
export function taskRecordSchemaFor(areaIds: readonly string[]) {
  if (areaIds.length === 0) return taskRecordSchema;
  return taskRecordSchema
    .extend({
      policy: z
        .enum(areaIds as [string, ...string[]])
        .optional()
        .meta(taskSchema.shape.policy.meta() ?? {}),
    })
    .describe(taskRecordSchema.description ?? '');
}

/** One agency as published. */
export const agencyRecordSchema = z
  .object({
    id: z.string().describe('Mã cơ quan, cố định (tên tệp trong content/agencies/)'),
    ...agencySchema.shape,
    kindLabel: z.string().describe('Loại cơ quan diễn đạt bằng lời'),
    ...derived,
  })
  .describe('Một cơ quan, tổ chức hoặc nhóm mà văn bản nêu tên');

/** One change since the plan (an outside fact) as published. */
export const changeRecordSchema = z
  .object({
    id: z.string().describe('Mã thay đổi, cố định (tên tệp trong content/changes/)'),
    ...changeSchema.shape,
    ...derived,
  })
  .describe('Một thay đổi sau khi kế hoạch ban hành: thông tin ngoài kế hoạch, có nguồn');

export type ChangeRecord = z.infer<typeof changeRecordSchema>;
export type TaskRecord = z.infer<typeof taskRecordSchema>;
export type AgencyRecord = z.infer<typeof agencyRecordSchema>;

function absolute(site: string, path: string): string {
  return `${site.replace(/\/$/, '')}${path}`;
}

/** A task as a published record, fields in a fixed order. */
export function taskRecord(task: Task, site: string): TaskRecord {
  const cite = parseCitation(task.source);
  return {
    id: task.id,
    title: task.title,
    source: task.source,
    sourceUrl: cite ? absolute(site, planHref(cite.plan, cite.anchor)) : '',
    lead: task.lead,
    coLeads: task.coLeads,
    coordinators: task.coordinators,
    reportsTo: task.reportsTo,
    timeframe: task.timeframe,
    timeframeLabel: timeframeLabel(task.timeframe),
    timeframeBasis: task.timeframeBasis,
    output: task.output,
    ...(task.policy ? { policy: task.policy } : {}),
    basis: task.basis,
    basisLabel: basisLabel(task),
    ...(task.reason ? { reason: task.reason } : {}),
    ...(task.note ? { note: task.note } : {}),
    ...(task.order !== undefined ? { order: task.order } : {}),
    url: absolute(site, taskHref(task.id)),
  };
}

/** An agency as a published record, fields in a fixed order. */
export function agencyRecord(agency: Agency, site: string): AgencyRecord {
  return {
    id: agency.id,
    name: agency.name,
    ...(agency.shortName ? { shortName: agency.shortName } : {}),
    kind: agency.kind,
    kindLabel: kindLabel(agency.kind),
    isGroup: agency.isGroup,
    groups: agency.groups,
    ...(agency.parent ? { parent: agency.parent } : {}),
    aliases: agency.aliases,
    ...(agency.note ? { note: agency.note } : {}),
    successors: agency.successors,
    ...(agency.createdBy ? { createdBy: agency.createdBy } : {}),
    ...(agency.unknownToday ? { unknownToday: agency.unknownToday } : {}),
    url: absolute(site, agencyHref(agency.id)),
  };
}

/** Several ids in one CSV cell. */
const LIST_SEPARATOR = '; ';

const taskColumns = [
  'dataset_version',
  'built_on',
  'id',
  'title',
  'source',
  'source_url',
  'lead',
  'co_leads',
  'coordinators',
  'reports_to',
  'timeframe_kind',
  'timeframe_day',
  'timeframe_month',
  'timeframe_before',
  'timeframe_from',
  'timeframe_to',
  'timeframe_date',
  'timeframe_label',
  'timeframe_basis',
  'timeframe_basis_reason',
  'output',
  'policy',
  'basis',
  'basis_label',
  'reason',
  'note',
  'url',
] as const;

/**
 * One CSV writer for every data file: records in the order of their ids, each row starting with
 * the dataset version and the build day, lists already joined by the row function, a byte-order
 * mark so that spreadsheet programs read the Vietnamese letters as UTF-8, and Unix line ends.
 */
function recordsCsv<R extends { id: string }>(
  records: readonly R[],
  meta: FileMeta,
  columns: readonly string[],
  row: (record: R) => Record<string, string>,
): string {
  const rows = [...records]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => ({ dataset_version: meta.datasetVersion, built_on: meta.builtOn, ...row(r) }));
  return stringify(rows, {
    header: true,
    columns: [...columns],
    bom: true,
    record_delimiter: 'unix',
  });
}

/**
 * The register as CSV: one row per task, lists joined by "; ", with a byte-order mark so that
 * spreadsheet programs read the Vietnamese letters as UTF-8.
 */
export function tasksCsv(records: readonly TaskRecord[], meta: FileMeta): string {
  return recordsCsv(records, meta, taskColumns, (r) => {
    const tf = r.timeframe as Record<string, unknown>;
    // A timeframe's fields are numbers, booleans and day strings; an absent one is empty.
    const cell = (key: string) => {
      const value = tf[key];
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : '';
    };
    return {
      id: r.id,
      title: r.title,
      source: r.source,
      source_url: r.sourceUrl,
      lead: r.lead,
      co_leads: r.coLeads.join(LIST_SEPARATOR),
      coordinators: r.coordinators.join(LIST_SEPARATOR),
      reports_to: r.reportsTo.join(LIST_SEPARATOR),
      timeframe_kind: r.timeframe.kind,
      timeframe_day: cell('day'),
      timeframe_month: cell('month'),
      timeframe_before: cell('before'),
      timeframe_from: cell('from'),
      timeframe_to: cell('to'),
      timeframe_date: cell('date'),
      timeframe_label: r.timeframeLabel,
      timeframe_basis: r.timeframeBasis.kind,
      timeframe_basis_reason: r.timeframeBasis.kind === 'suy-luan' ? r.timeframeBasis.reason : '',
      output: r.output,
      policy: r.policy ?? '',
      basis: r.basis,
      basis_label: r.basisLabel,
      reason: r.reason ?? '',
      note: r.note ?? '',
      url: r.url,
    };
  });
}

const agencyColumns = [
  'dataset_version',
  'built_on',
  'id',
  'name',
  'short_name',
  'kind',
  'kind_label',
  'is_group',
  'groups',
  'parent',
  'aliases',
  'note',
  'url',
  'successors',
  'created_by',
] as const;

/** The agencies as CSV; scoped aliases appear by their words only (the JSON keeps their scope). */
export function agenciesCsv(records: readonly AgencyRecord[], meta: FileMeta): string {
  return recordsCsv(records, meta, agencyColumns, (r) => ({
    id: r.id,
    name: r.name,
    short_name: r.shortName ?? '',
    kind: r.kind,
    kind_label: r.kindLabel,
    is_group: String(r.isGroup),
    groups: r.groups.join(LIST_SEPARATOR),
    parent: r.parent ?? '',
    aliases: r.aliases.map(aliasText).join(LIST_SEPARATOR),
    note: r.note ?? '',
    url: r.url,
    // "successor-id (change-id)": the JSON keeps each successor's note as well.
    successors: r.successors.map((s) => `${s.agency} (${s.change})`).join(LIST_SEPARATOR),
    created_by: r.createdBy ?? '',
  }));
}

/** A change as a published record, fields in a fixed order. */
export function changeRecord(change: Change, site: string, href: string): ChangeRecord {
  return {
    id: change.id,
    title: change.title,
    kind: change.kind,
    summary: change.summary,
    instrument: change.instrument,
    otherInstruments: change.otherInstruments,
    effectiveFrom: change.effectiveFrom,
    ...(change.effectiveNote ? { effectiveNote: change.effectiveNote } : {}),
    verdict: change.verdict,
    ...(change.nuance ? { nuance: change.nuance } : {}),
    sources: change.sources,
    affects: change.affects,
    url: absolute(site, href),
  };
}

const changeColumns = [
  'dataset_version',
  'built_on',
  'id',
  'title',
  'kind',
  'effective_from',
  'instrument',
  'instrument_issuer',
  'instrument_issued_on',
  'other_instruments',
  'verdict',
  'nuance',
  'source_urls',
  'checked',
  'agencies',
  'documents',
  'plans',
  'targets',
  'summary',
  'url',
] as const;

/** The changes as CSV: one row each, sources' addresses joined by "; ", the latest check date. */
export function changesCsv(records: readonly ChangeRecord[], meta: FileMeta): string {
  return recordsCsv(records, meta, changeColumns, (r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    effective_from: r.effectiveFrom,
    instrument: r.instrument.title,
    instrument_issuer: r.instrument.issuer,
    instrument_issued_on: r.instrument.issuedOn ?? '',
    other_instruments: r.otherInstruments.map((i) => i.title).join(LIST_SEPARATOR),
    verdict: r.verdict,
    nuance: r.nuance ?? '',
    source_urls: r.sources.map((s) => s.url).join(LIST_SEPARATOR),
    checked:
      r.sources
        .map((s) => s.checked)
        .sort()
        .at(-1) ?? '',
    agencies: r.affects.agencies.join(LIST_SEPARATOR),
    documents: r.affects.documents.join(LIST_SEPARATOR),
    plans: r.affects.plans.join(LIST_SEPARATOR),
    targets: r.affects.targets.join(LIST_SEPARATOR),
    summary: r.summary,
    url: r.url,
  }));
}

// ——— Progress: reports and evidence, with the dataset version and the build date ———

export interface DataReleaseEntry extends DataRelease {
  /** File name without extension. */
  id: string;
}

/** Versions compared number by number: "1.10.0" comes after "1.9.0". */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The releases, newest first. */
export function sortReleases<R extends DataRelease>(releases: readonly R[]): R[] {
  return [...releases].sort((a, b) => compareVersions(b.version, a.version));
}

/** The dataset version every data file states: the newest release's, "0.0.0" before any. */
export function datasetVersion(releases: readonly DataRelease[]): string {
  return sortReleases(releases)[0]?.version ?? '0.0.0';
}

// en-CA writes a day as yyyy-mm-dd; the time zone makes it Vietnam's day.
const vietnamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The build day in Vietnam time, yyyy-mm-dd. */
export function buildDay(now: Date): string {
  return vietnamDay.format(now);
}

/** Versions are unique, and a later version never carries an earlier date. */
export function checkDataChangelog(
  releases: readonly DataReleaseEntry[],
  options: { dir: string },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const v of duplicates(releases.map((r) => r.version))) {
    for (const r of releases.filter((x) => x.version === v)) {
      issues.push({
        file: `${options.dir}/${r.id}.yaml`,
        field: 'Phiên bản (version)',
        message: `phiên bản "${v}" đã có ở một tệp khác`,
      });
    }
  }
  const sorted = sortReleases(releases);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const newer = sorted[i];
    const older = sorted[i + 1];
    if (newer.version !== older.version && newer.date < older.date) {
      issues.push({
        file: `${options.dir}/${newer.id}.yaml`,
        field: 'Ngày (date)',
        message: `phiên bản ${newer.version} không thể có ngày trước phiên bản ${older.version} (${older.date})`,
      });
    }
  }
  return issues;
}

/** What every data file carries besides its records. */
export interface FileMeta {
  datasetVersion: string;
  builtOn: string;
}

const areaLabelField = z.string().describe('Địa bàn diễn đạt bằng lời');
const whenTextField = z
  .string()
  .describe('Thời gian diễn đạt bằng lời, đúng mức chính xác của nguồn');

/** One published figure as published in the open data. */
export const reportRecordSchema = z
  .strictObject({
    id: z.string().describe('Mã số liệu, cố định (tên tệp trong content/reports/)'),
    ...reportSchema.shape,
    areaLabel: areaLabelField,
    whenText: whenTextField,
    countsAsProgress: z
      .boolean()
      .describe(
        'true khi số liệu thuộc đúng địa bàn của kế hoạch và được tính là tiến độ; false: địa bàn khác, chỉ để tham khảo',
      ),
    ...derived,
  })
  .describe('Một số liệu đã công bố, đo một mục tiêu của kế hoạch');

/** One piece of evidence as published. */
export const evidenceRecordSchema = z
  .strictObject({
    id: z.string().describe('Mã sự kiện, cố định (tên tệp trong content/evidence/)'),
    ...evidenceSchema.shape,
    kindLabel: z.string().describe('Loại sự kiện diễn đạt bằng lời'),
    areaLabel: areaLabelField,
    whenText: whenTextField,
    ...derived,
  })
  .describe('Một sự kiện có nguồn cho thấy việc đã làm theo kế hoạch');

export type ReportRecord = z.infer<typeof reportRecordSchema>;
export type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;

/** The shape of a JSON data file: its version and build date, then its records. */
export function dataFileSchema(record: z.ZodType) {
  return z
    .strictObject({
      datasetVersion: z
        .string()
        .regex(/^\d+\.\d+\.\d+$/)
        .describe('Phiên bản bộ dữ liệu (xem danh sách thay đổi ở /du-lieu/)'),
      builtOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .describe('Ngày dựng tệp, giờ Việt Nam, dạng năm-tháng-ngày'),
      records: z.array(record),
    })
    .describe('Tệp dữ liệu mở: phiên bản, ngày dựng và các bản ghi');
}

export function reportRecord(
  report: ReportEntry,
  site: string,
  planArea: (targetId: string) => Area | undefined,
): ReportRecord {
  return {
    id: report.id,
    target: report.target,
    area: report.area,
    areaLabel: AREAS[report.area],
    when: report.when,
    whenText: whenText(report.when),
    measures: report.measures,
    value: report.value,
    unit: report.unit,
    ...(report.outOf ? { outOf: report.outOf } : {}),
    quote: report.quote,
    sources: report.sources,
    ...(report.note ? { note: report.note } : {}),
    countsAsProgress: planArea(report.target) === report.area,
    url: absolute(site, targetHref(report.target)),
  };
}

export function evidenceRecord(evidence: EvidenceEntry, site: string): EvidenceRecord {
  return {
    id: evidence.id,
    title: evidence.title,
    kind: evidence.kind,
    kindLabel: EVIDENCE_KINDS[evidence.kind],
    when: evidence.when,
    whenText: whenText(evidence.when),
    area: evidence.area,
    areaLabel: AREAS[evidence.area],
    summary: evidence.summary,
    quote: evidence.quote,
    sources: evidence.sources,
    tasks: evidence.tasks,
    url: absolute(site, evidenceHref(evidence.id)),
  };
}

/** A JSON data file: version, build date, records sorted by id. */
export function toDataFileJson(records: readonly { id: string }[], meta: FileMeta): string {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify({ ...meta, records: sorted }, null, 2)}\n`;
}

/** JSON Schema (draft 2020-12) of a data file, stating the dataset version it describes. */
export function dataFileJsonSchema(
  record: z.ZodType,
  id: string,
  title: string,
  meta: FileMeta,
): string {
  const schema = z.toJSONSchema(dataFileSchema(record), { io: 'output', target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: id, title, version: meta.datasetVersion, $comment: `Dựng ngày ${meta.builtOn}`, ...schema }, null, 2)}\n`;
}

const sourcesCells = (sources: readonly { url: string; publisher: string; checked: string }[]) => ({
  source_urls: sources.map((s) => s.url).join(LIST_SEPARATOR),
  source_publishers: sources.map((s) => s.publisher).join(LIST_SEPARATOR),
  source_checked: sources.map((s) => s.checked).join(LIST_SEPARATOR),
});

const whenCells = (when: ReportRecord['when']) => ({
  year: String(when.year),
  month: when.month === undefined ? '' : String(when.month),
  day: when.day === undefined ? '' : String(when.day),
  when_label: when.label ?? '',
});

const reportColumns = [
  'dataset_version',
  'built_on',
  'id',
  'target',
  'area',
  'area_label',
  'year',
  'month',
  'day',
  'when_label',
  'measures',
  'value',
  'unit',
  'out_of',
  'out_of_label',
  'counts_as_progress',
  'quote',
  'source_urls',
  'source_publishers',
  'source_checked',
  'note',
  'url',
] as const;

/** The figures as CSV: each row states the dataset version and the build date. */
export function reportsCsv(records: readonly ReportRecord[], meta: FileMeta): string {
  return recordsCsv(records, meta, reportColumns, (r) => ({
    id: r.id,
    target: r.target,
    area: r.area,
    area_label: r.areaLabel,
    ...whenCells(r.when),
    measures: r.measures,
    value: String(r.value),
    unit: r.unit,
    out_of: r.outOf ? String(r.outOf.value) : '',
    out_of_label: r.outOf?.label ?? '',
    counts_as_progress: String(r.countsAsProgress),
    quote: r.quote,
    ...sourcesCells(r.sources),
    note: r.note ?? '',
    url: r.url,
  }));
}

const evidenceColumns = [
  'dataset_version',
  'built_on',
  'id',
  'title',
  'kind',
  'kind_label',
  'area',
  'area_label',
  'year',
  'month',
  'day',
  'when_label',
  'summary',
  'quote',
  'tasks',
  'inferred_tasks',
  'source_urls',
  'source_publishers',
  'source_checked',
  'url',
] as const;

/** The evidence as CSV; tasks linked by an editorial inference are listed apart. */
export function evidenceCsv(records: readonly EvidenceRecord[], meta: FileMeta): string {
  return recordsCsv(records, meta, evidenceColumns, (r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    kind_label: r.kindLabel,
    area: r.area,
    area_label: r.areaLabel,
    ...whenCells(r.when),
    summary: r.summary,
    quote: r.quote,
    tasks: r.tasks
      .filter((l) => !l.inference)
      .map((l) => l.task)
      .join(LIST_SEPARATOR),
    inferred_tasks: r.tasks
      .filter((l) => l.inference)
      .map((l) => l.task)
      .join(LIST_SEPARATOR),
    ...sourcesCells(r.sources),
    url: r.url,
  }));
}

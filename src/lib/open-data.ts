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
import { agencyHref, aliasText, kindLabel } from './agencies.ts';
import { parseCitation, planHref } from './citations.ts';
import { basisLabel, taskHref, timeframeLabel } from './tasks.ts';

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
  .describe('Một nhiệm vụ trong sổ nhiệm vụ của Quyết định 510/QĐ-UBND');

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

/** Pretty JSON with a trailing newline; records sorted by id so that diffs between builds stay small. */
export function toJson(records: readonly { id: string }[]): string {
  return `${JSON.stringify(
    [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    null,
    2,
  )}\n`;
}

/** Several ids in one CSV cell. */
const LIST_SEPARATOR = '; ';

const taskColumns = [
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
 * The register as CSV: one row per task, lists joined by "; ", with a byte-order mark so that
 * spreadsheet programs read the Vietnamese letters as UTF-8.
 */
export function tasksCsv(records: readonly TaskRecord[]): string {
  const rows = [...records]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => {
      const tf = r.timeframe as Record<string, unknown>;
      const cell = (key: string) => (tf[key] === undefined ? '' : String(tf[key]));
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
  return stringify(rows, {
    header: true,
    columns: [...taskColumns],
    bom: true,
    record_delimiter: 'unix',
  });
}

const agencyColumns = [
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
export function agenciesCsv(records: readonly AgencyRecord[]): string {
  const rows = [...records]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => ({
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
  return stringify(rows, {
    header: true,
    columns: [...agencyColumns],
    bom: true,
    record_delimiter: 'unix',
  });
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
  'summary',
  'url',
] as const;

/** The changes as CSV: one row each, sources' addresses joined by "; ", the latest check date. */
export function changesCsv(records: readonly ChangeRecord[]): string {
  const rows = [...records]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      effective_from: r.effectiveFrom,
      instrument: r.instrument.title,
      instrument_issuer: r.instrument.issuer,
      instrument_issued_on: r.instrument.issuedOn,
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
      summary: r.summary,
      url: r.url,
    }));
  return stringify(rows, {
    header: true,
    columns: [...changeColumns],
    bom: true,
    record_delimiter: 'unix',
  });
}

/** JSON Schema (draft 2020-12) of a published file: an array of records. */
export function jsonSchemaOf(record: z.ZodType, id: string, title: string): string {
  const schema = z.toJSONSchema(z.array(record), { io: 'output', target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: id, title, ...schema }, null, 2)}\n`;
}

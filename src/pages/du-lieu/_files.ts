/**
 * The open-data files of /du-lieu/, made once per build from the checked site data, so that the
 * page listing them and the endpoints serving them agree on names and contents.
 */
import { getSiteData } from '../../data/site-data.ts';
import { DEV_SITE_URL } from '../../lib/site-url.ts';
import {
  agenciesCsv,
  agencyRecord,
  agencyRecordSchema,
  buildDay,
  changeRecord,
  changeRecordSchema,
  changesCsv,
  dataFileJsonSchema,
  datasetVersion,
  evidenceCsv,
  evidenceRecord,
  evidenceRecordSchema,
  reportRecord,
  reportRecordSchema,
  reportsCsv,
  toDataFileJson,
  taskRecord,
  taskRecordSchemaFor,
  tasksCsv,
} from '../../lib/open-data.ts';
import { changeHref, openDataFileHref } from '../../lib/routes.ts';

export interface DataFile {
  /** File name under /du-lieu/. */
  name: string;
  /** MIME type served and announced. */
  type: string;
  /** What the file holds, for the listing. */
  label: string;
  body: string;
}

/** The file names, fixed so that routes exist before any data is loaded. */
export const dataFileNames = [
  'nhiem-vu.json',
  'nhiem-vu.csv',
  'nhiem-vu.schema.json',
  'co-quan.json',
  'co-quan.csv',
  'co-quan.schema.json',
  'thay-doi.json',
  'thay-doi.csv',
  'thay-doi.schema.json',
  'so-lieu.json',
  'so-lieu.csv',
  'so-lieu.schema.json',
  'tinh-hinh.json',
  'tinh-hinh.csv',
  'tinh-hinh.schema.json',
] as const;

/** The build day (Vietnam time), taken once so that every file of a build states the same day. */
const builtOn = buildDay(new Date());

export async function dataFiles(site: URL | undefined): Promise<DataFile[]> {
  const origin = (site ?? new URL(DEV_SITE_URL)).origin;
  const { tasks, agencies, changes, reports, evidence, dataReleases, targetArea, policyAreas } =
    await getSiteData();
  const changeRecords = changes.map((c) => changeRecord(c, origin, changeHref(c.id)));
  const taskRecords = tasks.map((t) => taskRecord(t, origin));
  const agencyRecords = agencies.map((a) => agencyRecord(a, origin));
  const meta = { datasetVersion: datasetVersion(dataReleases), builtOn };
  const reportRecords = reports.map((r) => reportRecord(r, origin, targetArea));
  const evidenceRecords = evidence.map((e) => evidenceRecord(e, origin));
  return [
    {
      name: 'nhiem-vu.json',
      type: 'application/json; charset=utf-8',
      label: 'Sổ nhiệm vụ (JSON)',
      body: toDataFileJson(taskRecords, meta),
    },
    {
      name: 'nhiem-vu.csv',
      type: 'text/csv; charset=utf-8',
      label: 'Sổ nhiệm vụ (CSV)',
      body: tasksCsv(taskRecords, meta),
    },
    {
      name: 'nhiem-vu.schema.json',
      type: 'application/schema+json; charset=utf-8',
      label: 'Lược đồ JSON Schema của sổ nhiệm vụ',
      body: dataFileJsonSchema(
        taskRecordSchemaFor(policyAreas.map((a) => a.id)),
        `${origin}${openDataFileHref('nhiem-vu.schema.json')}`,
        'Sổ nhiệm vụ',
        meta,
      ),
    },
    {
      name: 'co-quan.json',
      type: 'application/json; charset=utf-8',
      label: 'Cơ quan, tổ chức (JSON)',
      body: toDataFileJson(agencyRecords, meta),
    },
    {
      name: 'co-quan.csv',
      type: 'text/csv; charset=utf-8',
      label: 'Cơ quan, tổ chức (CSV)',
      body: agenciesCsv(agencyRecords, meta),
    },
    {
      name: 'co-quan.schema.json',
      type: 'application/schema+json; charset=utf-8',
      label: 'Lược đồ JSON Schema của danh sách cơ quan',
      body: dataFileJsonSchema(
        agencyRecordSchema,
        `${origin}${openDataFileHref('co-quan.schema.json')}`,
        'Cơ quan, tổ chức',
        meta,
      ),
    },
    {
      name: 'thay-doi.json',
      type: 'application/json; charset=utf-8',
      label: 'Thay đổi từ khi ban hành, thông tin ngoài kế hoạch (JSON)',
      body: toDataFileJson(changeRecords, meta),
    },
    {
      name: 'thay-doi.csv',
      type: 'text/csv; charset=utf-8',
      label: 'Thay đổi từ khi ban hành (CSV)',
      body: changesCsv(changeRecords, meta),
    },
    {
      name: 'thay-doi.schema.json',
      type: 'application/schema+json; charset=utf-8',
      label: 'Lược đồ JSON Schema của các thay đổi',
      body: dataFileJsonSchema(
        changeRecordSchema,
        `${origin}${openDataFileHref('thay-doi.schema.json')}`,
        'Thay đổi từ khi ban hành',
        meta,
      ),
    },
    {
      name: 'so-lieu.json',
      type: 'application/json; charset=utf-8',
      label: 'Số liệu tiến độ đã công bố (JSON)',
      body: toDataFileJson(reportRecords, meta),
    },
    {
      name: 'so-lieu.csv',
      type: 'text/csv; charset=utf-8',
      label: 'Số liệu tiến độ đã công bố (CSV)',
      body: reportsCsv(reportRecords, meta),
    },
    {
      name: 'so-lieu.schema.json',
      type: 'application/schema+json; charset=utf-8',
      label: 'Lược đồ JSON Schema của số liệu tiến độ',
      body: dataFileJsonSchema(
        reportRecordSchema,
        `${origin}${openDataFileHref('so-lieu.schema.json')}`,
        'Số liệu tiến độ',
        meta,
      ),
    },
    {
      name: 'tinh-hinh.json',
      type: 'application/json; charset=utf-8',
      label: 'Tình hình thực hiện (JSON)',
      body: toDataFileJson(evidenceRecords, meta),
    },
    {
      name: 'tinh-hinh.csv',
      type: 'text/csv; charset=utf-8',
      label: 'Tình hình thực hiện (CSV)',
      body: evidenceCsv(evidenceRecords, meta),
    },
    {
      name: 'tinh-hinh.schema.json',
      type: 'application/schema+json; charset=utf-8',
      label: 'Lược đồ JSON Schema của tình hình thực hiện',
      body: dataFileJsonSchema(
        evidenceRecordSchema,
        `${origin}${openDataFileHref('tinh-hinh.schema.json')}`,
        'Tình hình thực hiện',
        meta,
      ),
    },
  ];
}

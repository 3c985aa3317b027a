/**
 * The open-data files of /du-lieu/, made once per build from the checked site data, so that the
 * page listing them and the endpoints serving them agree on names and contents.
 */
import { getSiteData } from '../../data/site-data.ts';
import { changeHref } from '../../lib/changes.ts';
import { DEV_SITE_URL } from '../../lib/site-url.ts';
import {
  agenciesCsv,
  agencyRecord,
  agencyRecordSchema,
  changeRecord,
  changeRecordSchema,
  changesCsv,
  jsonSchemaOf,
  taskRecord,
  taskRecordSchema,
  tasksCsv,
  toJson,
} from '../../lib/open-data.ts';

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
] as const;

export async function dataFiles(site: URL | undefined): Promise<DataFile[]> {
  const origin = (site ?? new URL(DEV_SITE_URL)).origin;
  const { tasks, agencies, changes } = await getSiteData();
  const changeRecords = changes.map((c) => changeRecord(c, origin, changeHref(c.id)));
  const taskRecords = tasks.map((t) => taskRecord(t, origin));
  const agencyRecords = agencies.map((a) => agencyRecord(a, origin));
  return [
    {
      name: 'nhiem-vu.json',
      type: 'application/json; charset=utf-8',
      label: 'Sổ nhiệm vụ (JSON)',
      body: toJson(taskRecords),
    },
    {
      name: 'nhiem-vu.csv',
      type: 'text/csv; charset=utf-8',
      label: 'Sổ nhiệm vụ (CSV)',
      body: tasksCsv(taskRecords),
    },
    {
      name: 'nhiem-vu.schema.json',
      type: 'application/schema+json; charset=utf-8',
      label: 'Lược đồ JSON Schema của sổ nhiệm vụ',
      body: jsonSchemaOf(taskRecordSchema, `${origin}/du-lieu/nhiem-vu.schema.json`, 'Sổ nhiệm vụ'),
    },
    {
      name: 'co-quan.json',
      type: 'application/json; charset=utf-8',
      label: 'Cơ quan, tổ chức (JSON)',
      body: toJson(agencyRecords),
    },
    {
      name: 'co-quan.csv',
      type: 'text/csv; charset=utf-8',
      label: 'Cơ quan, tổ chức (CSV)',
      body: agenciesCsv(agencyRecords),
    },
    {
      name: 'co-quan.schema.json',
      type: 'application/schema+json; charset=utf-8',
      label: 'Lược đồ JSON Schema của danh sách cơ quan',
      body: jsonSchemaOf(
        agencyRecordSchema,
        `${origin}/du-lieu/co-quan.schema.json`,
        'Cơ quan, tổ chức',
      ),
    },
    {
      name: 'thay-doi.json',
      type: 'application/json; charset=utf-8',
      label: 'Thay đổi từ khi ban hành, thông tin ngoài kế hoạch (JSON)',
      body: toJson(changeRecords),
    },
    {
      name: 'thay-doi.csv',
      type: 'text/csv; charset=utf-8',
      label: 'Thay đổi từ khi ban hành (CSV)',
      body: changesCsv(changeRecords),
    },
    {
      name: 'thay-doi.schema.json',
      type: 'application/schema+json; charset=utf-8',
      label: 'Lược đồ JSON Schema của các thay đổi',
      body: jsonSchemaOf(
        changeRecordSchema,
        `${origin}/du-lieu/thay-doi.schema.json`,
        'Thay đổi từ khi ban hành',
      ),
    },
  ];
}

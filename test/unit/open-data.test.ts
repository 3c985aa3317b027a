import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  buildDay,
  checkDataChangelog,
  datasetVersion,
  sortReleases,
  agenciesCsv,
  dataFileJsonSchema,
  agencyRecord,
  agencyRecordSchema,
  taskRecord,
  taskRecordSchema,
  tasksCsv,
  toDataFileJson,
} from '../../src/lib/open-data.ts';
import { agencySchema, type Agency } from '../../src/schemas/agency.ts';
import { taskSchema, type Task } from '../../src/schemas/task.ts';

const site = 'https://vi.example.org/';
const t: Task = {
  id: 'bao-cao-hang-nam',
  ...taskSchema.parse({
    title: 'Báo cáo trước ngày 15/12, "hằng năm"',
    source: '510-qd-ubnd#muc-iv-1-p1',
    lead: 'cac-so-ban-nganh',
    coLeads: ['ubnd-cap-huyen'],
    reportsTo: ['ubnd-tinh', 'so-ke-hoach-va-dau-tu'],
    timeframe: { kind: 'hang-nam', day: 15, month: 12, before: true },
    timeframeBasis: { kind: 'van-ban', cite: '510-qd-ubnd#muc-iv-1-p1' },
    output: 'Báo cáo kết quả thực hiện; gửi qua Sở Kế hoạch và Đầu tư',
    basis: 'van-ban',
  }),
};
const a: Agency = {
  id: 'so-tai-chinh',
  ...agencySchema.parse({
    name: 'Sở Tài chính',
    kind: 'so-nganh',
    groups: ['cac-so-ban-nganh'],
    aliases: ['Sở Tài chính', { text: 'Tài chính', within: ['510-qd-ubnd#dieu-3-p1'] }],
  }),
};

describe('task records', () => {
  const record = taskRecord(t, site);

  it('carry the id, absolute links and the labels a reader needs', () => {
    expect(record).toMatchObject({
      id: 'bao-cao-hang-nam',
      url: 'https://vi.example.org/nhiem-vu/bao-cao-hang-nam/',
      sourceUrl: 'https://vi.example.org/ke-hoach/510-qd-ubnd/#muc-iv-1-p1',
      timeframeLabel: 'Trước ngày 15/12 hằng năm',
      basisLabel: 'Văn bản nêu rõ',
    });
  });

  it('match the published JSON Schema’s zod source', () => {
    expect(taskRecordSchema.safeParse(record).success).toBe(true);
    expect(agencyRecordSchema.safeParse(agencyRecord(a, site)).success).toBe(true);
  });
});

const meta = { datasetVersion: '1.2.3', builtOn: '2026-12-01' };

describe('JSON', () => {
  it('lists records by id whatever order they come in, after the version and the build day', () => {
    const json = toDataFileJson([{ id: 'b' }, { id: 'a' }], meta);
    expect(JSON.parse(json)).toEqual({ ...meta, records: [{ id: 'a' }, { id: 'b' }] });
    expect(json.endsWith('\n')).toBe(true);
  });
});

describe('CSV', () => {
  it('round-trips a task through csv-parse, quotes and commas included', () => {
    const csv = tasksCsv([taskRecord(t, site)], meta);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv<Record<string, string>>(csv, { bom: true, columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      dataset_version: '1.2.3',
      built_on: '2026-12-01',
      id: 'bao-cao-hang-nam',
      title: 'Báo cáo trước ngày 15/12, "hằng năm"',
      lead: 'cac-so-ban-nganh',
      co_leads: 'ubnd-cap-huyen',
      reports_to: 'ubnd-tinh; so-ke-hoach-va-dau-tu',
      timeframe_kind: 'hang-nam',
      timeframe_day: '15',
      timeframe_month: '12',
      timeframe_before: 'true',
      timeframe_from: '',
      output: 'Báo cáo kết quả thực hiện; gửi qua Sở Kế hoạch và Đầu tư',
    });
  });

  it('writes agencies with their aliases’ words and their groups', () => {
    const rows = parseCsv<Record<string, string>>(agenciesCsv([agencyRecord(a, site)], meta), {
      bom: true,
      columns: true,
    });
    expect(rows[0]).toMatchObject({
      id: 'so-tai-chinh',
      kind_label: 'Sở, ban, ngành tỉnh',
      groups: 'cac-so-ban-nganh',
      aliases: 'Sở Tài chính; Tài chính',
      is_group: 'false',
    });
  });
});

describe('JSON Schema', () => {
  const schema = JSON.parse(
    dataFileJsonSchema(
      taskRecordSchema,
      'https://vi.example.org/du-lieu/nhiem-vu.schema.json',
      'Nhiệm vụ',
      meta,
    ),
  );
  const items = schema.properties.records.items;

  it('is generated from the zod schema: the version, the build day and task objects with the timeframe union', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://vi.example.org/du-lieu/nhiem-vu.schema.json');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['datasetVersion', 'builtOn', 'records']),
    );
    expect(schema.properties.records.type).toBe('array');
    expect(items.required).toEqual(
      expect.arrayContaining(['id', 'source', 'lead', 'timeframe', 'basis']),
    );
    const kinds = items.properties.timeframe.oneOf.map(
      (o: { properties: { kind: { const: string } } }) => o.properties.kind.const,
    );
    expect(kinds).toEqual(
      expect.arrayContaining(['hang-nam', 'thuong-xuyen', 'giai-doan', 'thoi-han']),
    );
    expect(items.properties.basis.enum).toEqual(['phu-luc', 'van-ban', 'suy-luan']);
  });
});

describe('the data changelog', () => {
  const release = (id: string, version: string, date: string) => ({
    id,
    version,
    date,
    changes: [
      { dataset: 'so-lieu' as const, action: 'them' as const, entry: 'a', note: 'Thêm mục a.' },
    ],
  });

  it('gives the newest version as the dataset version, comparing number by number', () => {
    const releases = [release('a', '1.9.0', '2026-01-01'), release('b', '1.10.0', '2026-02-01')];
    expect(datasetVersion(releases)).toBe('1.10.0');
    expect(sortReleases(releases).map((r) => r.id)).toEqual(['b', 'a']);
    expect(datasetVersion([])).toBe('0.0.0');
  });

  it('refuses a later version dated before an earlier one, naming the file', () => {
    const issues = checkDataChangelog(
      [release('a', '1.0.0', '2026-12-01'), release('b', '1.1.0', '2026-11-01')],
      { dir: 'content/data-changelog' },
    );
    expect(issues).toEqual([
      {
        file: 'content/data-changelog/b.yaml',
        field: 'Ngày (date)',
        message: 'phiên bản 1.1.0 không thể có ngày trước phiên bản 1.0.0 (2026-12-01)',
      },
    ]);
  });

  it('states the build day in Vietnam time', () => {
    // 17:30 UTC on 30/11 is already 01/12 in Vietnam (UTC+7).
    expect(buildDay(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
  });
});

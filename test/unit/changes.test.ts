import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import {
  changesAffecting,
  checkSuccession,
  currentHolders,
  endedOn,
  groupByReason,
  holdersLegend,
  predecessorsByAgency,
  predecessorsOf,
  sortChanges,
  successionNotes,
  successionPaths,
  takenOverDuties,
} from '../../src/lib/changes.ts';
import { changesCsv, changeRecord } from '../../src/lib/open-data.ts';
import { dutiesByAgency, roleLabels } from '../../src/lib/tasks.ts';
import { agencySchema, type Agency } from '../../src/schemas/agency.ts';
import { changeSchema, type Change } from '../../src/schemas/change.ts';
import { taskSchema, type Task } from '../../src/schemas/task.ts';
import { entriesOf } from '../helpers/content.ts';
import { fixtureContent, realContent } from '../helpers/paths.ts';

const agency = (id: string, fields: Record<string, unknown> = {}): Agency => ({
  id,
  ...agencySchema.parse({ name: `Cơ quan ${id}`, kind: 'so-nganh', ...fields }),
});

const change = (id: string, effectiveFrom: string): Change => ({
  id,
  ...changeSchema.parse({
    title: `Thay đổi ${id} của bộ máy`,
    kind: 'hop-nhat-co-quan',
    summary: 'Một thay đổi dùng cho kiểm thử, có nguồn và ngày kiểm tra.',
    instrument: { title: `Quyết định ${id}`, issuer: 'Cơ quan mẫu', issuedOn: effectiveFrom },
    effectiveFrom,
    verdict: 'V',
    sources: [{ url: 'https://example.org/nguon', publisher: 'Báo mẫu', checked: '2026-12-01' }],
    affects: { agencies: ['a', 'b', 'c'] },
  }),
});

const task = (id: string, fields: Record<string, unknown>): Task => ({
  id,
  ...taskSchema.parse({
    title: `Nhiệm vụ ${id}`,
    source: 'ke-hoach#muc-i-p1',
    timeframe: { kind: 'hang-nam', day: 15, month: 12, before: true },
    output: 'Báo cáo.',
    basis: 'van-ban',
    timeframeBasis: { kind: 'van-ban', cite: 'ke-hoach#muc-i-p1' },
    ...fields,
  }),
});

// a → b (first change) → c (second change): the chain Sở KH&ĐT → Sở Tài chính → Sở Tài chính
// tỉnh Gia Lai, with made-up ids.
const first = change('thay-doi-1', '2025-02-20');
const second = change('thay-doi-2', '2025-07-01');
const changeById = new Map([first, second].map((c) => [c.id, c]));
const a = agency('a', { successors: [{ agency: 'b', change: 'thay-doi-1' }] });
const b = agency('b', { successors: [{ agency: 'c', change: 'thay-doi-2' }] });
const c = agency('c', { createdBy: 'thay-doi-2' });
const agencies = [a, b, c];
const byId = new Map(agencies.map((x) => [x.id, x]));
const name = (x: Agency) => x.name;

describe('succession chains', () => {
  it('follows successors step by step to the body that holds the work today', () => {
    const paths = successionPaths(a, byId, changeById);
    expect(paths).toHaveLength(1);
    expect(paths[0].map((s) => [s.from.id, s.to.id, s.change.id])).toEqual([
      ['a', 'b', 'thay-doi-1'],
      ['b', 'c', 'thay-doi-2'],
    ]);
    expect(currentHolders(a, byId, changeById).map((h) => h.agency.id)).toEqual(['c']);
    expect(currentHolders(b, byId, changeById).map((h) => h.agency.id)).toEqual(['c']);
  });

  it('has no holder for a body that still exists, and dates the end of one that does not', () => {
    expect(currentHolders(c, byId, changeById)).toEqual([]);
    expect(endedOn(c, changeById)).toBeNull();
    expect(endedOn(a, changeById)).toBe('2025-02-20');
  });

  it('finds every predecessor of a successor, with the steps from each', () => {
    const found = predecessorsOf('c', agencies, byId, changeById);
    expect(found.map((p) => [p.predecessor.id, p.steps.length])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('gives every agency at once the same predecessors as asking for each one', () => {
    // A body split in two whose halves merge again (x → y, x → z, y → w, z → w): w is reached
    // by two paths and keeps the first, as predecessorsOf does.
    const split = change('tach', '2025-03-01');
    const merge = change('gop', '2025-08-01');
    const x = agency('x', {
      successors: [
        { agency: 'y', change: 'tach' },
        { agency: 'z', change: 'tach' },
      ],
    });
    const y = agency('y', { successors: [{ agency: 'w', change: 'gop' }] });
    const z = agency('z', { successors: [{ agency: 'w', change: 'gop' }] });
    const w = agency('w');
    const realAgencies: Agency[] = entriesOf(realContent, 'agencies');
    const realChanges: Change[] = entriesOf(realContent, 'changes');
    const cases = [
      { list: agencies, changes: changeById },
      {
        list: [w, z, y, x, ...agencies],
        changes: new Map([...changeById, ['tach', split], ['gop', merge]]),
      },
      { list: realAgencies, changes: new Map(realChanges.map((ch) => [ch.id, ch])) },
    ];
    for (const { list, changes } of cases) {
      const ids = new Map(list.map((ag) => [ag.id, ag]));
      const all = predecessorsByAgency(list, ids, changes);
      for (const ag of list) {
        expect(all.get(ag.id) ?? []).toEqual(predecessorsOf(ag.id, list, ids, changes));
      }
    }
    expect(predecessorsByAgency(agencies, byId, changeById).get('a')).toBeUndefined();
  });

  it('finds the changes that name a target, and none for a target no change names', () => {
    const rule = { ...second, id: 'quy-dinh', affects: { ...second.affects, targets: ['2030-x'] } };
    expect(changesAffecting([first, rule, second], 'targets', '2030-x').map((x) => x.id)).toEqual([
      'quy-dinh',
    ]);
    expect(changesAffecting([first, rule, second], 'targets', '2030-y')).toEqual([]);
    expect(changesAffecting([first, second], 'agencies', 'b')).toHaveLength(2);
  });

  it('lists changes latest first', () => {
    expect(sortChanges([first, second]).map((x) => x.id)).toEqual(['thay-doi-2', 'thay-doi-1']);
  });
});

describe('inherited duties of a successor', () => {
  const tasks = [
    task('bao-cao', { lead: 'a', reportsTo: ['b'] }),
    task('phoi-hop', { lead: 'x', coordinators: ['b'] }),
    task('rieng', { lead: 'c' }),
    task('ca-hai', { lead: 'a', coordinators: ['c'] }),
  ];
  const duties = dutiesByAgency([...agencies, agency('x')], tasks);
  const taken = takenOverDuties(c, agencies, duties, changeById, name);

  it('takes over every duty the plan gave its predecessors, with the strongest role', () => {
    expect(taken.map((d) => [d.task.id, d.role])).toEqual([
      ['bao-cao', 'lead'],
      ['phoi-hop', 'coordinator'],
    ]);
    expect(taken[0].from.map((f) => [f.predecessor.id, f.role])).toEqual([
      ['a', 'lead'],
      ['b', 'reportsTo'],
    ]);
  });

  it('does not take over a duty the plan already gives the successor itself', () => {
    expect(taken.map((d) => d.task.id)).not.toContain('ca-hai');
    expect(taken.map((d) => d.task.id)).not.toContain('rieng');
  });

  it('says why, as an inference, naming each step with its date and instrument', () => {
    const reason = taken[0].reason;
    expect(reason).toContain('Kế hoạch giao Cơ quan a vai trò “chủ trì”');
    expect(reason).toContain('sang Cơ quan b từ 20/02/2025 (Quyết định thay-doi-1)');
    expect(reason).toContain('rồi sang Cơ quan c từ 01/07/2025 (Quyết định thay-doi-2)');
    expect(reason).toContain('Kế hoạch không giao trực tiếp việc này cho Cơ quan c');
    expect(reason).toContain('suy luận');
  });

  /** The duties taken over for `c`, from the given tasks, grouped by their reason. */
  const reasonGroups = (list: typeof tasks) =>
    groupByReason(
      takenOverDuties(
        c,
        agencies,
        dutiesByAgency([...agencies, agency('x')], list),
        changeById,
        name,
      ),
    );

  it('says a reason once for every duty taken over for it, in the order met', () => {
    const more = [
      ...tasks,
      task('bao-cao-2', { lead: 'a' }),
      task('phoi-hop-2', { lead: 'x', coordinators: ['b'] }),
    ];
    const groups = reasonGroups(more);
    expect(groups.map((g) => g.duties.map((d) => d.task.id))).toEqual([
      ['bao-cao'],
      ['bao-cao-2'],
      ['phoi-hop', 'phoi-hop-2'],
    ]);
    expect(new Set(groups.map((g) => g.reason)).size).toBe(3);
  });

  it('names in a reason every body a duty comes from with the role the plan gave it, so a group of duties under one reason shares both', () => {
    const more = [...tasks, task('bao-cao-2', { lead: 'a', reportsTo: ['b'] })];
    const groups = reasonGroups(more);
    for (const group of groups) {
      for (const d of group.duties) {
        for (const f of d.from) {
          expect(group.reason).toContain(
            `Kế hoạch giao ${f.predecessor.name} vai trò “${roleLabels[f.role].toLowerCase()}”`,
          );
        }
      }
      const shared = (d: (typeof group.duties)[number]) =>
        JSON.stringify([d.role, d.from.map((f) => [f.predecessor.id, f.role])]);
      expect(new Set(group.duties.map(shared)).size).toBe(1);
    }
    expect(groups.find((g) => g.duties.length > 1)?.duties.map((d) => d.task.id)).toEqual([
      'bao-cao',
      'bao-cao-2',
    ]);
  });

  it('gives nothing to a body that succeeds no one', () => {
    expect(takenOverDuties(a, agencies, duties, changeById, name)).toEqual([]);
  });

  it('tells, in the predecessor’s calendar, where the duties went, with source and date checked', () => {
    const [line] = successionNotes(a, currentHolders(a, byId, changeById), 'https://x.org/');
    expect(line).toBe(
      'Thông tin ngoài kế hoạch: từ 01/07/2025, công việc của Cơ quan a do Cơ quan c đảm nhận (Quyết định thay-doi-2; nguồn: https://example.org/nguon; tính đến 01/12/2026). Lịch của Cơ quan c: https://x.org/co-quan/c.ics',
    );
  });
});

describe('today’s holders of the leads, said once on a printed sheet', () => {
  const holders = new Map(agencies.map((x) => [x.id, currentHolders(x, byId, changeById)]));

  it('names each lead that no longer exists once, with the body holding its work and since when', () => {
    const legend = holdersLegend(
      [task('mot', { lead: 'a', coLeads: ['b'] }), task('hai', { lead: 'a' })],
      byId,
      holders,
    );
    expect(legend.map((e) => [e.named.id, e.holders.map((h) => [h.agency.id, h.since])])).toEqual([
      ['a', [['c', '2025-07-01']]],
      ['b', [['c', '2025-07-01']]],
    ]);
  });

  it('leaves out a lead that still exists and a body named only as a partner', () => {
    expect(holdersLegend([task('ba', { lead: 'c', coordinators: ['a'] })], byId, holders)).toEqual(
      [],
    );
  });
});

describe('the succession check', () => {
  const entries = (list: Agency[]) =>
    list.map((x) => ({ agency: x, file: `co-quan/${x.id}.yaml` }));

  it('accepts a chain', () => {
    expect(checkSuccession(entries(agencies), changeById)).toEqual([]);
  });

  it('fails a cycle, naming the file, the field and the chain', () => {
    const looped = agency('c', { successors: [{ agency: 'a', change: 'thay-doi-2' }] });
    const issues = checkSuccession(entries([a, b, looped]), changeById);
    expect(issues).toEqual([
      {
        file: 'co-quan/a.yaml',
        field: 'successors',
        message: 'chuỗi cơ quan kế nhiệm quay vòng: a → b → c → a',
      },
    ]);
  });

  it('fails an unknown successor, an unknown change and a change that does not name the body', () => {
    const wrong = agency('b', {
      successors: [
        { agency: 'khong-co', change: 'thay-doi-2' },
        { agency: 'c', change: 'khong-co-thay-doi' },
      ],
    });
    const other = { ...second, affects: { ...second.affects, agencies: [] } };
    const issues = checkSuccession(entries([a, wrong, c]), new Map([[first.id, first]]));
    expect(issues.map((i) => `${i.file} ${i.field}`)).toEqual([
      'co-quan/b.yaml successors[0].agency',
      'co-quan/b.yaml successors[0].change',
      'co-quan/b.yaml successors[1].change',
      'co-quan/c.yaml createdBy',
    ]);
    expect(issues[0].message).toContain('không có cơ quan nào mã "khong-co"');
    const unnamed = checkSuccession(
      entries(agencies),
      new Map([
        [first.id, first],
        [other.id, other],
      ]),
    );
    expect(unnamed.map((i) => i.message)).toEqual([
      'thay đổi "thay-doi-2" không ghi cơ quan này ("b") trong affects.agencies',
    ]);
  });
});

describe('changes in check:content', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thay-doi-'));
    cpSync(fixtureContent, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = () => join(dir, 'changes', '2025-03-01-hop-nhat-phong-mau.yaml');
  const edit = (f: (text: string) => string) =>
    writeFileSync(file(), f(readFileSync(file(), 'utf8')));
  const issuesOf = () =>
    checkContent(dir).issues.filter((i) => i.file.endsWith('2025-03-01-hop-nhat-phong-mau.yaml'));

  it('fails a change without a source, naming the file and the field in Vietnamese', () => {
    edit((t) => t.replace(/sources:\n(?: {2}.*\n)+/, ''));
    expect(issuesOf()).toEqual([
      {
        file: `${dir}/changes/2025-03-01-hop-nhat-phong-mau.yaml`,
        field: 'Nguồn ngoài kế hoạch (sources)',
        message: 'chưa điền (trường bắt buộc)',
      },
    ]);
  });

  it('fails a source without the date it was checked', () => {
    edit((t) => t.replace('    checked: 2026-12-01\n', ''));
    const [issue] = issuesOf();
    expect(issue?.field).toBe(
      'Nguồn ngoài kế hoạch (sources), mục 1 › Ngày kiểm tra nguồn (checked)',
    );
  });

  it('fails an instrument with neither an issue date nor the reason it is unknown, naming the field', () => {
    edit((t) => t.replace('  issuedOn: 2025-02-20\n', ''));
    expect(issuesOf()).toEqual([
      {
        file: `${dir}/changes/2025-03-01-hop-nhat-phong-mau.yaml`,
        field: 'Văn bản căn cứ (instrument) › Ngày ban hành (issuedOn)',
        message:
          'thiếu ngày ban hành (issuedOn); nếu chưa kiểm được ngày này, ghi vào issuedOnUnknown đã tìm ở đâu và vì sao chưa có',
      },
    ]);
  });

  it('accepts an instrument whose issue date is said to be unknown, and fails one with both', () => {
    const unknown = '  issuedOnUnknown: nguồn đã kiểm chỉ cho biết ngày có hiệu lực\n';
    edit((t) => t.replace('  issuedOn: 2025-02-20\n', unknown));
    expect(issuesOf()).toEqual([]);
    edit((t) => t.replace(unknown, `${unknown}  issuedOn: 2025-02-20\n`));
    expect(issuesOf().map((i) => `${i.field}: ${i.message}`)).toEqual([
      'Văn bản căn cứ (instrument) › Vì sao chưa có ngày ban hành (issuedOnUnknown): đã có ngày ban hành (issuedOn) thì bỏ trường issuedOnUnknown',
    ]);
  });

  it('fails a target the change names that does not exist', () => {
    edit((t) => `${t}  targets: [2030-khong-co]\n`);
    expect(issuesOf().map((i) => `${i.field}: ${i.message}`)).toEqual([
      expect.stringMatching(/^affects\.targets\[0\]: không có mục tiêu nào mã "2030-khong-co"/),
    ]);
  });

  it('fails an empty list of sources and a "V~" without its nuance', () => {
    edit((t) =>
      t
        .replace(/sources:\n(?: {2}.*\n)+/, 'sources: []\n')
        .replace('verdict: V\n', 'verdict: V~\n'),
    );
    expect(issuesOf().map((i) => `${i.field}: ${i.message}`)).toEqual([
      'Nguồn ngoài kế hoạch (sources): cần ít nhất một nguồn (địa chỉ, nơi đăng, ngày kiểm tra)',
      'Lưu ý (nuance): mức kiểm chứng "V~" cần ghi lưu ý (nuance): điều nguồn chưa xác nhận',
    ]);
  });
});

describe('changes as open data', () => {
  it('publishes each change with its instrument, sources and affected entries as a CSV row', () => {
    const csv = changesCsv([changeRecord(second, 'https://x.org', '/cap-nhat/#thay-doi-2')], {
      datasetVersion: '1.0.0',
      builtOn: '2026-12-01',
    });
    const [header, row] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toBe(
      'dataset_version,built_on,id,title,kind,effective_from,instrument,instrument_issuer,instrument_issued_on,other_instruments,verdict,nuance,source_urls,checked,agencies,documents,plans,targets,summary,url',
    );
    expect(row).toContain(
      '1.0.0,2026-12-01,thay-doi-2,Thay đổi thay-doi-2 của bộ máy,hop-nhat-co-quan,2025-07-01',
    );
    expect(row).toContain('https://example.org/nguon,2026-12-01,a; b; c');
    expect(row).toContain('https://x.org/cap-nhat/#thay-doi-2');
  });
});

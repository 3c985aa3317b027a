import { describe, expect, it } from 'vitest';
import {
  byDeadline,
  checkTasks,
  dutiesByAgency,
  dutiesOf,
  endedLabel,
  filterCounts,
  filterValues,
  nextDeadline,
  planTasks,
  plansOfAgency,
  plansOfTasks,
  sortTasks,
  splitDuties,
  tasksByPlan,
  tasksOfPolicy,
  timedDuties,
  timeframeLabel,
  type TaskEntry,
} from '../../src/lib/tasks.ts';
import { formatDate } from '../../src/lib/format.ts';
import { agencySchema, type Agency } from '../../src/schemas/agency.ts';
import { taskSchema, timeframeSchema, type Task } from '../../src/schemas/task.ts';
import { entriesOf, fixture, readCollection, real } from '../helpers/content.ts';
import { realContent } from '../helpers/paths.ts';

const { sectionsByPlan, areas } = real;
const sections = sectionsByPlan.get('510-qd-ubnd')!;

const realAgencies: Agency[] = entriesOf(realContent, 'agencies');
const realEntries: TaskEntry[] = readCollection(realContent, 'tasks').map((e) => ({
  task: e.entry,
  file: e.file,
}));
const realTasks = realEntries.map((e) => e.task);

function task(id: string, data: Record<string, unknown> = {}): Task {
  return {
    id,
    ...taskSchema.parse({
      title: `Nhiệm vụ ${id}`,
      source: '510-qd-ubnd#muc-iv-2-p1',
      lead: 'so-ke-hoach-va-dau-tu',
      timeframe: { kind: 'thuong-xuyen' },
      timeframeBasis: { kind: 'van-ban', cite: '510-qd-ubnd#muc-iv-2-p1' },
      output: 'Một kết quả',
      basis: 'van-ban',
      ...data,
    }),
  };
}

describe('the tasks in content/tasks', () => {
  it('pass every check against the agencies and the text', () => {
    expect(checkTasks(realEntries, realAgencies, sectionsByPlan, areas)).toEqual([]);
  });

  it('include the appendix row, led by Liên minh HTX tỉnh, with no invented timeframe', () => {
    const rows = realTasks.filter((t) => t.basis === 'phu-luc');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source: '510-qd-ubnd#phu-luc-p3',
      lead: 'lien-minh-htx-tinh',
      timeframe: { kind: 'khong-ghi' },
    });
    expect(rows[0].policy).toBeUndefined();
  });

  it('include the yearly report before 15/12 that IV.1 assigns to the departments and the districts', () => {
    const report = realTasks.find(
      (t) =>
        t.source === '510-qd-ubnd#muc-iv-1-p1' &&
        t.timeframe.kind === 'hang-nam' &&
        t.timeframe.day === 15,
    );
    expect(report).toMatchObject({
      lead: 'cac-so-ban-nganh',
      coLeads: ['ubnd-cap-huyen'],
      basis: 'van-ban',
      timeframe: { day: 15, month: 12, before: true },
    });
    expect(report!.reportsTo).toContain('ubnd-tinh');
  });

  it('include the duties of IV.2, the credit institutions and the support fund', () => {
    const sources = new Set(realTasks.map((t) => t.source));
    for (const s of [
      'muc-iv-2-p1',
      'muc-iii-2-p1',
      'muc-iii-2-4-p2',
      'muc-iii-2-4-p3',
      'dieu-3-p1',
    ]) {
      expect(sources, s).toContain(`510-qd-ubnd#${s}`);
    }
    const credit = realTasks.filter((t) => t.source === '510-qd-ubnd#muc-iii-2-4-p2');
    expect(credit.every((t) => t.lead === 'cac-to-chuc-tin-dung' && t.basis === 'van-ban')).toBe(
      true,
    );
    const fund = realTasks.find((t) => t.source === '510-qd-ubnd#muc-iii-2-4-p3')!;
    expect(fund.basis).toBe('suy-luan');
  });

  it('give every policy area of III.2 at least one task, and III.3 to III.5 theirs', () => {
    for (const { id } of areas) {
      expect(tasksOfPolicy(realTasks, id).length, id).toBeGreaterThan(0);
    }
    for (const section of ['muc-iii-3', 'muc-iii-4', 'muc-iii-5']) {
      expect(
        realTasks.some((t) => t.source.startsWith(`510-qd-ubnd#${section}-p`)),
        section,
      ).toBe(true);
    }
  });

  it('include the second sentence of III.5 paragraph 2, public services, as an inference after the first', () => {
    const p2 = sortTasks(
      realTasks.filter((t) => t.source === '510-qd-ubnd#muc-iii-5-p2'),
      sectionsByPlan,
    );
    expect(p2.map((t) => t.id)).toEqual([
      'doan-the-trong-to-chuc-kinh-te-tap-the',
      'thuc-hien-dich-vu-cong',
    ]);
    const services = p2[1];
    expect(services.output).toContain(
      'dịch vụ công được thực hiện, phù hợp với quy định của pháp luật và chức năng, nhiệm vụ',
    );
    // The sentence has no subject: who does it is the editors' reading, said so with its reason.
    expect(services).toMatchObject({
      lead: 'cac-to-chuc-chinh-tri-xa-hoi-tinh',
      basis: 'suy-luan',
      timeframe: { kind: 'khong-ghi' },
    });
    expect(services.reason).toMatch(/không có chủ ngữ/);
  });

  it('say a timeframe is the text’s only where the paragraph has the words for it', () => {
    const paragraphText = (cite: string) =>
      sections.flatMap((s) => s.paragraphs).find((p) => `510-qd-ubnd#${p.anchor}` === cite)!.text;
    for (const t of realTasks) {
      if (t.timeframeBasis.kind !== 'van-ban') continue;
      expect(t.timeframeBasis.cite, t.id).toBe(t.source);
      const text = paragraphText(t.source);
      const tf = t.timeframe;
      if (tf.kind === 'thuong-xuyen') expect(text, t.id).toMatch(/[Tt]hường xuyên/);
      if (tf.kind === 'hang-nam') expect(text, t.id).toMatch(/[Hh][àằ]ng năm/);
      if (tf.kind === 'dinh-ky') expect(text, t.id).toMatch(/định kỳ/);
      if (tf.kind === 'giai-doan') expect(text, t.id).toContain(`${tf.from} - ${tf.to}`);
      if (tf.kind === 'hang-nam' && tf.day) {
        expect(text, t.id).toContain(`${tf.day}/${tf.month}`);
      }
    }
  });

  it('give every inference a reason that says what the text leaves open', () => {
    for (const t of realTasks.filter((x) => x.basis === 'suy-luan')) {
      expect(t.reason, t.id).toMatch(/không (nêu|nói|ghi)/);
    }
  });

  it('come out in the order of the text', () => {
    const sorted = sortTasks(realTasks, sectionsByPlan);
    expect(sorted[0].source).toBe('510-qd-ubnd#dieu-3-p1');
    expect(sorted.at(-1)!.source).toBe('510-qd-ubnd#phu-luc-p3');
  });
});

describe('timeframes', () => {
  it('read in Vietnamese with dd/mm dates', () => {
    expect(timeframeLabel({ kind: 'hang-nam', day: 15, month: 12, before: true })).toBe(
      'Trước ngày 15/12 hằng năm',
    );
    expect(timeframeLabel({ kind: 'hang-nam', before: false })).toBe(
      'Hằng năm (văn bản không ghi ngày)',
    );
    expect(timeframeLabel({ kind: 'giai-doan', from: 2021, to: 2025 })).toBe(
      'Giai đoạn 2021 - 2025',
    );
    expect(timeframeLabel({ kind: 'thoi-han', date: '2025-06-30' })).toBe('Hạn 30/06/2025');
    expect(timeframeLabel({ kind: 'dinh-ky' })).toBe('Định kỳ hoặc đột xuất');
  });

  it('refuse a yearly day that some years lack, and a day without its month', () => {
    expect(timeframeSchema.safeParse({ kind: 'hang-nam', day: 29, month: 2 }).success).toBe(false);
    expect(timeframeSchema.safeParse({ kind: 'hang-nam', day: 31, month: 4 }).success).toBe(false);
    expect(timeframeSchema.safeParse({ kind: 'hang-nam', day: 15 }).success).toBe(false);
    expect(timeframeSchema.safeParse({ kind: 'thoi-han', date: '2025-02-30' }).success).toBe(false);
    expect(timeframeSchema.safeParse({ kind: 'giai-doan', from: 2025, to: 2021 }).success).toBe(
      false,
    );
  });
});

describe('an agency page’s list of deadlines', () => {
  it('keeps the duties that say when, dated ones first by their next date, periods after', () => {
    const duties = [
      task('giai-doan', { timeframe: { kind: 'giai-doan', from: 2021, to: 2030 } }),
      task('thuong-xuyen'),
      task('thang-muoi', { timeframe: { kind: 'thoi-han', date: '2026-10-01' } }),
      task('hang-nam', { timeframe: { kind: 'hang-nam', day: 15, month: 12, before: true } }),
    ].map((t) => ({ task: t }));
    const listed = timedDuties(duties, new Date('2026-03-01T00:00:00Z'));
    expect(listed.map((d) => [d.duty.task.id, d.next ? formatDate(d.next.date) : null])).toEqual([
      ['thang-muoi', '01/10/2026'],
      ['hang-nam', '15/12/2026'],
      ['giai-doan', null],
    ]);
  });
});

describe('the next deadline of a yearly duty', () => {
  const before15Dec = { kind: 'hang-nam', day: 15, month: 12, before: true } as const;
  const on = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const show = (d: ReturnType<typeof nextDeadline>) =>
    d && [formatDate(d.date), formatDate(d.lastDay)];

  it('is this year’s while its last day has not passed', () => {
    expect(show(nextDeadline(before15Dec, on('2025-03-01')))).toEqual(['15/12/2025', '14/12/2025']);
    expect(show(nextDeadline(before15Dec, on('2025-12-14')))).toEqual(['15/12/2025', '14/12/2025']);
  });

  it('moves to next year once "trước ngày 15/12" is past', () => {
    expect(show(nextDeadline(before15Dec, on('2025-12-15')))).toEqual(['15/12/2026', '14/12/2026']);
  });

  it('keeps the day itself as last day when the text does not say "trước"', () => {
    const on10Jan = { kind: 'hang-nam', day: 10, month: 1, before: false } as const;
    expect(show(nextDeadline(on10Jan, on('2025-01-10')))).toEqual(['10/01/2025', '10/01/2025']);
  });

  it('is none for duties without a date, and for a one-off date already past', () => {
    expect(nextDeadline({ kind: 'thuong-xuyen' }, on('2025-01-01'))).toBeNull();
    expect(nextDeadline({ kind: 'hang-nam', before: false }, on('2025-01-01'))).toBeNull();
    expect(nextDeadline({ kind: 'thoi-han', date: '2024-12-31' }, on('2025-01-01'))).toBeNull();
    expect(show(nextDeadline({ kind: 'thoi-han', date: '2025-12-31' }, on('2025-01-01')))).toEqual([
      '31/12/2025',
      '31/12/2025',
    ]);
  });
});

describe('the duties of an agency', () => {
  const group = {
    id: 'nhom',
    ...agencySchema.parse({ name: 'Các Sở', kind: 'so-nganh', isGroup: true }),
  };
  const dept = {
    id: 'so-a',
    ...agencySchema.parse({ name: 'Sở A', kind: 'so-nganh', groups: ['nhom'] }),
  };
  const byId = new Map([group, dept].map((a) => [a.id, a]));
  const tasks = [
    task('rieng', { lead: 'so-a' }),
    task('cua-nhom', { lead: 'nhom' }),
    task('phoi-hop-nhom', { lead: 'khac', coordinators: ['nhom'] }),
    task('nhom-nhan-bao-cao', { lead: 'khac', reportsTo: ['nhom'] }),
    task('ca-hai', { lead: 'nhom', coordinators: ['so-a'] }),
  ];

  it('lists its own duties, then those inherited from its group, saying from which group', () => {
    const duties = dutiesOf(dept, tasks, byId);
    const { leads, coordinates, inherited } = splitDuties(duties);
    expect(leads.map((d) => d.task.id)).toEqual(['rieng']);
    expect(coordinates.map((d) => d.task.id)).toEqual(['ca-hai']);
    expect(inherited.map((d) => [d.task.id, d.role, d.via!.id])).toEqual([
      ['cua-nhom', 'lead', 'nhom'],
      ['phoi-hop-nhom', 'coordinator', 'nhom'],
    ]);
  });

  it('does not inherit what its group only receives', () => {
    expect(dutiesOf(dept, tasks, byId).map((d) => d.task.id)).not.toContain('nhom-nhan-bao-cao');
  });

  it('lets Sở Kế hoạch và Đầu tư inherit the yearly report from "các Sở, ban, ngành"', () => {
    const real = new Map(realAgencies.map((a) => [a.id, a]));
    const inherited = splitDuties(dutiesOf(real.get('so-tai-chinh')!, realTasks, real)).inherited;
    const report = inherited.find((d) => d.task.id === 'bao-cao-ket-qua-hang-nam');
    expect(report?.via?.id).toBe('cac-so-ban-nganh');
  });

  it('gives every agency at once the same duties as asking for each one', () => {
    const real = new Map(realAgencies.map((a) => [a.id, a]));
    const all = dutiesByAgency(realAgencies, realTasks);
    for (const agency of realAgencies) {
      expect(all.get(agency.id)).toEqual(dutiesOf(agency, realTasks, real));
    }
    expect(dutiesByAgency([group, dept], tasks).get('so-a')).toEqual(dutiesOf(dept, tasks, byId));
  });
});

describe('tasks by plan', () => {
  it('gives every plan at once the same tasks, in the same order, as asking for each plan', () => {
    const other = [
      task('khac-1', { source: 'ke-hoach-khac#muc-i-p1' }),
      task('khac-2', { source: 'ke-hoach-khac#muc-ii-p2' }),
    ];
    const mixed = [other[0], ...realTasks, other[1]];
    const byPlan = tasksByPlan(mixed);
    const plans = new Set(mixed.map((t) => t.source.split('#')[0]));
    expect(plans.size).toBeGreaterThan(1);
    for (const plan of plans) expect(byPlan.get(plan)).toEqual(planTasks(mixed, plan));
    expect([...byPlan.keys()].sort()).toEqual([...plans].sort());
  });

  it("names only the plans a body's duties come from, in the site's order of plans", () => {
    const plans = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const duties = [
      task('c-1', { source: 'c#muc-i-p1' }),
      task('a-1', { source: 'a#muc-i-p1' }),
      task('a-2', { source: 'a#muc-ii-p1' }),
    ];
    expect(plansOfTasks(plans, duties)).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(plansOfTasks(plans, [])).toEqual([]);
    // A plan no longer on the site is not named.
    expect(plansOfTasks(plans, [task('x-1', { source: 'x#muc-i-p1' })])).toEqual([]);
  });

  it("gives an agency's page the plans of its work, the main plan when it has none", () => {
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const calendars = [{ plan: a }, { plan: b }, { plan: c }];
    const of = (source: string) => ({ task: task(source, { source: `${source}#muc-i-p1` }) });
    const input = { plans: [a, b, c], mainPlan: a, calendars };
    // Its own duty in c, one taken over from a predecessor in b: b alone did not name it.
    expect(plansOfAgency({ ...input, duties: [of('c')], takenOver: [of('b')] })).toEqual({
      plans: [b, c],
      unnamedIn: [b],
      calendars: [{ plan: b }, { plan: c }],
    });
    expect(plansOfAgency({ ...input, duties: [], takenOver: [] })).toEqual({
      plans: [a],
      unnamedIn: [a],
      calendars: [{ plan: a }],
    });
  });
});

describe('filters', () => {
  it('offer only the values in use, so no filter page is empty', () => {
    const values = filterValues(
      [task('a', { policy: 'tin-dung', source: '510-qd-ubnd#muc-iii-2-4-p1' })],
      areas,
    );
    expect(values).toEqual({ policies: ['tin-dung'], timeframes: ['thuong-xuyen'] });
  });

  it('count the tasks behind each value, policy areas in the plans’ order', () => {
    const counts = filterCounts(realTasks, areas);
    expect(counts.policies.map((p) => p.value)).toEqual(
      areas.map((a) => a.id).filter((id) => counts.policies.some((p) => p.value === id)),
    );
    for (const { value, count } of counts.policies) {
      expect(count, value).toBe(tasksOfPolicy(realTasks, value).length);
    }
    for (const { value, count } of counts.timeframes) {
      expect(count, value).toBe(realTasks.filter((t) => t.timeframe.kind === value).length);
    }
    expect(counts.policies.length).toBeGreaterThan(1);
    expect(counts.timeframes.map((t) => t.value)).toEqual(filterValues(realTasks).timeframes);
  });
});

describe('checkTasks', () => {
  const agencies = realAgencies;
  const entry = (t: Task): TaskEntry => ({ task: t, file: `content/tasks/${t.id}.yaml` });

  it('names the file and the field of an agency that does not exist', () => {
    const issues = checkTasks(
      [entry(task('x', { coordinators: ['ubnd-tinh', 'so-tai-chinh', 'so-khong-co'] }))],
      agencies,
      sectionsByPlan,
      areas,
    );
    expect(issues).toEqual([
      {
        file: 'content/tasks/x.yaml',
        field: 'coordinators[2]',
        message: expect.stringContaining('"so-khong-co"'),
      },
    ]);
  });

  it('suggests the agency an id a typo away from a known one was meant to be', () => {
    const issues = checkTasks(
      [entry(task('x', { lead: 'so-tai-chin' }))],
      agencies,
      sectionsByPlan,
      areas,
    );
    expect(issues).toEqual([
      {
        file: 'content/tasks/x.yaml',
        field: 'lead',
        message: 'không có cơ quan nào mã "so-tai-chin" (có phải ý bạn là "so-tai-chinh"?)',
      },
    ]);
  });

  it('names a lead that does not exist', () => {
    const issues = checkTasks(
      [entry(task('x', { lead: 'so-khong-co' }))],
      agencies,
      sectionsByPlan,
      areas,
    );
    expect(issues.map((i) => i.field)).toEqual(['lead']);
  });

  it('refuses a source paragraph that does not exist, and a whole section as source', () => {
    const missing = checkTasks(
      [entry(task('x', { source: '510-qd-ubnd#muc-iv-9-p1' }))],
      agencies,
      sectionsByPlan,
      areas,
    );
    expect(missing).toEqual([
      {
        file: 'content/tasks/x.yaml',
        field: 'source',
        message: expect.stringContaining('muc-iv-9-p1'),
      },
    ]);
    const wrongPlan = checkTasks(
      [entry(task('x', { source: 'khong-co#muc-iv-1-p1' }))],
      agencies,
      sectionsByPlan,
      areas,
    );
    expect(wrongPlan.map((i) => i.field)).toEqual(['source']);
  });

  it('refuses two tasks with the same id, naming both files', () => {
    const a = { task: task('trung'), file: 'content/tasks/trung.yaml' };
    const b = { task: task('trung'), file: 'content/tasks/trung.yml' };
    const issues = checkTasks([a, b], agencies, sectionsByPlan, areas);
    expect(issues.map((i) => [i.file, i.field])).toEqual([
      ['content/tasks/trung.yaml', 'id'],
      ['content/tasks/trung.yml', 'id'],
    ]);
  });

  it('refuses an inference without a reason', () => {
    const t = { ...task('x'), basis: 'suy-luan' as const, reason: undefined };
    expect(checkTasks([entry(t)], agencies, sectionsByPlan, areas)).toEqual([
      {
        file: 'content/tasks/x.yaml',
        field: 'reason',
        message: expect.stringContaining('suy luận'),
      },
    ]);
    const parsed = taskSchema.safeParse({ ...t, id: undefined });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toContain('reason');
  });

  it('keeps appendix tasks and the appendix together', () => {
    const notInAppendix = checkTasks(
      [entry(task('x', { basis: 'phu-luc' }))],
      agencies,
      sectionsByPlan,
      areas,
    );
    expect(notInAppendix.map((i) => i.field)).toEqual(['source']);
    const appendixAsText = checkTasks(
      [entry(task('x', { source: '510-qd-ubnd#phu-luc-p3' }))],
      agencies,
      sectionsByPlan,
      areas,
    );
    expect(appendixAsText.map((i) => i.field)).toEqual(['basis']);
  });

  it('refuses a policy area whose section the source is not in', () => {
    const issues = checkTasks(
      [entry(task('x', { source: '510-qd-ubnd#muc-iii-2-4-p2', policy: 'dat-dai' }))],
      agencies,
      sectionsByPlan,
      areas,
    );
    expect(issues.map((i) => i.field)).toEqual(['policy']);
  });

  it('judges a task of a second plan by that plan’s own areas, not by the same anchor elsewhere', () => {
    // 510's III.2.1 is "nguon-nhan-luc"; the fixture's second plan has its own III.2.1.
    const both = new Map([...sectionsByPlan, ...fixture.sectionsByPlan]);
    const allAreas = [...areas, ...fixture.areas];
    const own = task('x', { source: '7-kh-mau-son#muc-iii-2-1-p1', policy: 'tin-dung-xa-mau-son' });
    expect(checkTasks([entry(own)], agencies, both, allAreas)).toEqual([]);
    const borrowed = { ...own, policy: 'nguon-nhan-luc' };
    const issues = checkTasks([entry(borrowed)], agencies, both, allAreas);
    expect(issues.map((i) => i.field)).toEqual(['policy']);
    expect(issues[0].message).toContain('7-kh-mau-son');
  });

  it('refuses the same agency named twice in one task', () => {
    const t = { ...task('x'), coordinators: ['so-ke-hoach-va-dau-tu'] };
    expect(checkTasks([entry(t)], agencies, sectionsByPlan, areas).map((i) => i.field)).toEqual([
      'coordinators[0]',
    ]);
  });
});

describe('ended periods', () => {
  const period = { kind: 'giai-doan', from: 2021, to: 2025 } as const;

  it('say a period of years is over once its last year has passed in Vietnam', () => {
    expect(endedLabel(period, new Date('2025-12-31T12:00:00Z'))).toBeUndefined();
    // 00:30 on 01/01/2026 in Vietnam, still 2025 in UTC.
    expect(endedLabel(period, new Date('2025-12-31T17:30:00Z'))).toBe(
      'Giai đoạn đã kết thúc vào cuối năm 2025',
    );
  });

  it('say a one-off date is past the day after it, and say nothing of other timeframes', () => {
    const once = { kind: 'thoi-han', date: '2026-06-30' } as const;
    expect(endedLabel(once, new Date('2026-06-30T10:00:00Z'))).toBeUndefined();
    expect(endedLabel(once, new Date('2026-07-01T00:00:00Z'))).toBe('Hạn đã qua');
    expect(endedLabel({ kind: 'thuong-xuyen' }, new Date('2030-01-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('the register by deadline', () => {
  const tasks = [
    task('thuong-xuyen', { timeframe: { kind: 'thuong-xuyen' } }),
    task('giai-doan-het', { timeframe: { kind: 'giai-doan', from: 2021, to: 2025 } }),
    task('giai-doan-con', { timeframe: { kind: 'giai-doan', from: 2026, to: 2030 } }),
    task('hang-nam', { timeframe: { kind: 'hang-nam', day: 15, month: 12, before: true } }),
    task('mot-lan-qua', { timeframe: { kind: 'thoi-han', date: '2026-01-31' } }),
    task('mot-lan', { timeframe: { kind: 'thoi-han', date: '2027-03-01' } }),
    task('hang-nam-som', { timeframe: { kind: 'hang-nam', day: 10, month: 1, before: false } }),
  ];

  it('puts dates still to come first, soonest first, then running periods, then the rest in order', () => {
    const sorted = byDeadline(tasks, new Date('2026-12-02T03:00:00Z')).map((t) => t.id);
    expect(sorted).toEqual([
      'hang-nam', // 14/12/2026
      'hang-nam-som', // 10/01/2027
      'mot-lan', // 01/03/2027
      'giai-doan-con',
      'thuong-xuyen',
      'giai-doan-het',
      'mot-lan-qua',
    ]);
  });
});

/**
 * Published figures against the targets (the area rule, the latest figure, the distance as a
 * calculation), evidence against the tasks, the timeline, and the schemas' refusals of a figure
 * or an event without its source or quote.
 */
import { describe, expect, it } from 'vitest';
import {
  checkEvidence,
  checkReports,
  comparableFigure,
  evidenceForTask,
  taskStatusView,
  NO_DATA_TEXT,
  statusCounts,
  targetProgress,
  targetsWithData,
  taskStatus,
  tasksOfStatus,
  whenText,
  type EvidenceEntry,
  TASK_STATUS_VALUES,
  type ReportEntry,
} from '../../src/lib/progress.ts';
import { buildTimeline, type TimelineItem } from '../../src/lib/timeline.ts';
import type { TargetEntry } from '../../src/lib/targets.ts';
import { evidenceSchema } from '../../src/schemas/evidence.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { whenSchema } from '../../src/schemas/shared.ts';
import { useVietnameseErrors } from '../../src/lib/zod-vietnamese.ts';

useVietnameseErrors();

const target = (over: Partial<TargetEntry> = {}): TargetEntry => ({
  id: 'cnc',
  horizon: 2030,
  order: 1,
  metric: 'Số hợp tác xã ứng dụng công nghệ cao',
  kind: 'dinh-luong',
  comparator: 'tren',
  value: 80,
  unit: 'hợp tác xã',
  period: 'den-moc',
  source: 'ke-hoach-mau#muc-ii-p1',
  wording: 'trên 80 hợp tác xã',
  headline: false,
  ...over,
});

const source = { url: 'https://example.org/a', publisher: 'Báo Mẫu', checked: '2026-12-01' };
const report = (over: Partial<ReportEntry> = {}): ReportEntry => ({
  id: 'r',
  target: 'cnc',
  area: 'binh-dinh-cu',
  when: { year: 2022 },
  measures: 'Số hợp tác xã ứng dụng công nghệ cao',
  value: 19,
  unit: 'hợp tác xã',
  quote: 'Có 19 hợp tác xã ứng dụng công nghệ cao.',
  sources: [source],
  ...over,
});

describe('the area rule', () => {
  const reports = [
    report({ id: 'a', when: { year: 2022 }, value: 19 }),
    report({ id: 'b', when: { year: 2023, month: 8 }, value: 21 }),
    report({ id: 'c', area: 'gia-lai-moi', when: { year: 2025, month: 12 }, value: 79 }),
    report({ id: 'd', area: 'gia-lai-cu', when: { year: 2026 }, value: 500 }),
  ];

  it('counts only figures of the plan’s own area, and keeps the others apart', () => {
    const p = targetProgress(target(), reports, 'binh-dinh-cu');
    expect(p.counted.map((f) => f.report.id)).toEqual(['a', 'b']);
    expect(p.otherAreas.map((f) => f.report.id)).toEqual(['c', 'd']);
  });

  it('never takes a newer figure of another area as the latest, nor draws it', () => {
    const p = targetProgress(target(), reports, 'binh-dinh-cu');
    expect(p.latest?.report.id).toBe('b');
    expect(p.chart.map((c) => c.value)).toEqual([19, 21]);
    expect(p.distance?.calculation).toBe('80 − 21 = 59 hợp tác xã');
  });

  it('counts nothing when the plan does not say which area it covers', () => {
    const p = targetProgress(target(), reports, undefined);
    expect(p.counted).toEqual([]);
    expect(p.latest).toBeNull();
    expect(p.otherAreas).toHaveLength(4);
  });

  it('counts a target as having data only from the plan’s area', () => {
    const other = [report({ area: 'gia-lai-moi' })];
    expect(targetsWithData([target()], other, () => 'binh-dinh-cu')).toBe(0);
    expect(targetsWithData([target()], reports, () => 'binh-dinh-cu')).toBe(1);
  });
});

describe('the distance to a target', () => {
  it('is worked out only when the units match', () => {
    const organisations = target({ unit: 'tổ chức', value: 15, period: 'hang-nam' });
    expect(comparableFigure(organisations, report())).toBeNull();
    const p = targetProgress(organisations, [report()], 'binh-dinh-cu');
    expect(p.latest).not.toBeNull();
    expect(p.distance).toBeNull();
  });

  it('shows a share derived from the source’s total as a calculation', () => {
    const share = target({ unit: '%', value: 50, comparator: 'khoang' });
    const figure = comparableFigure(
      share,
      report({ value: 57, unit: 'hợp tác xã', outOf: { value: 187, label: 'hợp tác xã' } }),
    );
    expect(figure).toEqual({
      value: 30.48,
      base: 'hợp tác xã',
      calculation: '57 / 187 × 100 ≈ 30,48%',
    });
  });

  it('is not worked out when a share is of another base than the target’s', () => {
    const share = target({ unit: '%', value: 50, comparator: 'khoang', base: 'hợp tác xã' });
    const agri = report({
      value: 57,
      unit: 'HTX',
      outOf: { value: 187, label: 'HTX nông nghiệp' },
    });
    const p = targetProgress(share, [agri], 'binh-dinh-cu');
    expect(p.latest?.comparable?.calculation).toBe('57 / 187 × 100 ≈ 30,48%');
    expect(p.distance).toBeNull();
    expect(p.distanceNote).toBe('tỉ lệ tính trên HTX nông nghiệp, mục tiêu tính trên hợp tác xã');
  });

  it('is not reached at the level of a "trên" target', () => {
    const p = targetProgress(target(), [report({ value: 80 })], 'binh-dinh-cu');
    expect(p.distance).toMatchObject({ value: 0, reached: false });
  });

  it('is said as "chưa có số liệu" where there is no figure, never as a guess', () => {
    expect(NO_DATA_TEXT).toBe('chưa có số liệu');
    const p = targetProgress(target(), [], 'binh-dinh-cu');
    expect(p.latest).toBeNull();
    expect(p.distance).toBeNull();
  });
});

describe('the report schema', () => {
  const { id: _id, ...valid } = report();

  it('accepts a figure with its source and its quote', () => {
    expect(reportSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a figure without a source, naming the field', () => {
    const { sources: _s, ...rest } = valid;
    const result = reportSchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['sources']);
    expect(reportSchema.safeParse({ ...valid, sources: [] }).error?.issues[0]?.message).toBe(
      'cần ít nhất một nguồn (địa chỉ, nơi đăng, ngày kiểm tra)',
    );
  });

  it('refuses a figure without a quote, in Vietnamese', () => {
    const { quote: _q, ...rest } = valid;
    const result = reportSchema.safeParse(rest);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['quote'],
      message: 'thiếu câu trích nguyên văn từ nguồn',
    });
  });

  it('refuses an area outside the three', () => {
    expect(reportSchema.safeParse({ ...valid, area: 'binh-dinh' }).success).toBe(false);
  });

  it('refuses a day that does not exist', () => {
    expect(whenSchema.safeParse({ year: 2025, month: 2, day: 30 }).success).toBe(false);
    expect(whenSchema.safeParse({ year: 2025, day: 3 }).success).toBe(false);
    expect(whenText({ year: 2024, label: '6 tháng đầu năm 2024' })).toBe(
      '2024, 6 tháng đầu năm 2024',
    );
  });
});

describe('the report checks', () => {
  const opts = { dir: 'content/reports' };

  it('reject a figure of a target that does not exist, naming the file and field', () => {
    const issues = checkReports([report({ target: 'khong-co' })], [target()], opts);
    expect(issues[0]).toMatchObject({ file: 'content/reports/r.yaml', field: 'Mục tiêu (target)' });
  });

  it('reject two figures of one target for the same area and time, not for two areas', () => {
    const twice = checkReports([report({ id: 'a' }), report({ id: 'b' })], [target()], opts);
    expect(twice).toHaveLength(2);
    const apart = checkReports(
      [report({ id: 'a' }), report({ id: 'b', area: 'gia-lai-moi' })],
      [target()],
      opts,
    );
    expect(apart).toEqual([]);
  });
});

const evidence = (over: Partial<EvidenceEntry> = {}): EvidenceEntry => ({
  id: 'e',
  title: 'Lớp đào tạo mẫu',
  kind: 'dao-tao',
  when: { year: 2024, month: 6 },
  area: 'binh-dinh-cu',
  summary: 'Tỉnh mở ba lớp đào tạo cán bộ hợp tác xã.',
  quote: 'Ba lớp với 150 lượt cán bộ tham gia.',
  sources: [source],
  tasks: [{ task: 'dao-tao' }],
  ...over,
});

describe('task status from evidence', () => {
  const all = [
    evidence({ id: 'old', when: { year: 2023 } }),
    evidence({
      id: 'new',
      when: { year: 2025, month: 12, day: 31 },
      tasks: [
        { task: 'dao-tao', inference: { kind: 'suy-luan', reason: 'Lý do suy luận mẫu đủ dài.' } },
      ],
    }),
  ];

  it('lists a task’s evidence newest first, with the inference’s reason', () => {
    const found = evidenceForTask('dao-tao', all);
    expect(found.map((f) => f.evidence.id)).toEqual(['new', 'old']);
    expect(found[0].inference).toBe('Lý do suy luận mẫu đủ dài.');
    expect(found[1].inference).toBeNull();
  });

  it('shows the latest piece on an agency page and every piece on the task page, with the count', () => {
    const latest = taskStatusView('dao-tao', all, { all: false, checkedOn: '2026-12-01' });
    expect(latest.shown.map((f) => f.evidence.id)).toEqual(['new']);
    expect(latest).toMatchObject({ total: 2, all: false, checkedOn: '2026-12-01' });
    const every = taskStatusView('dao-tao', all, { all: true, checkedOn: undefined });
    expect(every.shown.map((f) => f.evidence.id)).toEqual(['new', 'old']);
    expect(taskStatusView('hoi-cho', all, { all: true, checkedOn: '2026-12-01' })).toMatchObject({
      shown: [],
      total: 0,
      checkedOn: '2026-12-01',
    });
  });

  it('splits the register into tasks with and without information', () => {
    const tasks = [{ id: 'dao-tao' }, { id: 'hoi-cho' }];
    expect(taskStatus('hoi-cho', all)).toBe('chua-co-thong-tin');
    expect(tasksOfStatus(tasks, all, 'co-thong-tin').map((t) => t.id)).toEqual(['dao-tao']);
    expect(tasksOfStatus(tasks, all, 'chua-co-thong-tin').map((t) => t.id)).toEqual(['hoi-cho']);
  });

  it('counts the tasks of each status as many as listing them status by status', () => {
    const tasks = [{ id: 'dao-tao' }, { id: 'hoi-cho' }, { id: 'von-vay' }];
    const evidenceSets = [all, [], [evidence({ tasks: [{ task: 'hoi-cho' }, { task: 'khac' }] })]];
    for (const set of evidenceSets) {
      const counts = statusCounts(tasks, set);
      for (const status of TASK_STATUS_VALUES) {
        expect(counts[status]).toBe(tasksOfStatus(tasks, set, status).length);
      }
    }
    expect(statusCounts(tasks, all)).toEqual({ 'co-thong-tin': 1, 'chua-co-thong-tin': 2 });
  });

  it('refuses an inference without its reason, and a link of another kind', () => {
    const { id: _id, ...valid } = evidence();
    expect(evidenceSchema.safeParse(valid).success).toBe(true);
    const noReason = { ...valid, tasks: [{ task: 'dao-tao', inference: { kind: 'suy-luan' } }] };
    expect(evidenceSchema.safeParse(noReason).success).toBe(false);
    const plan = {
      ...valid,
      tasks: [{ task: 'dao-tao', inference: { kind: 'van-ban', cite: 'a#b-p1' } }],
    };
    expect(evidenceSchema.safeParse(plan).success).toBe(false);
  });

  it('refuses evidence without a source', () => {
    const { id: _id, sources: _s, ...rest } = evidence();
    expect(evidenceSchema.safeParse(rest).error?.issues[0]?.path).toEqual(['sources']);
  });

  it('names a task that does not exist', () => {
    const issues = checkEvidence([evidence({ tasks: [{ task: 'khong-co' }] })], new Set(['x']), {
      dir: 'content/evidence',
    });
    expect(issues[0]).toMatchObject({ file: 'content/evidence/e.yaml' });
    expect(issues[0].message).toContain('khong-co');
  });
});

describe('the timeline', () => {
  const item = (key: string, when: TimelineItem['when']): TimelineItem => ({
    key,
    kind: 'so-lieu',
    when,
    title: key,
    href: `/${key}/`,
  });

  it('merges any number of sources in date order, each item once', () => {
    const a = [item('b', { year: 2024, month: 7, day: 30 }), item('a', { year: 2023 })];
    const changes = [item('c', { year: 2025, month: 7, day: 1 }), item('a', { year: 2023 })];
    expect(buildTimeline([a, changes]).map((i) => i.key)).toEqual(['a', 'b', 'c']);
  });

  it('puts a year-only item before the dated items of that year', () => {
    const list = buildTimeline([
      [item('day', { year: 2023, month: 2, day: 22 })],
      [item('year', { year: 2023 })],
    ]);
    expect(list.map((i) => i.key)).toEqual(['year', 'day']);
  });
});

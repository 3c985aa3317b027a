import { describe, expect, it } from 'vitest';
import {
  NO_REPORT_TEXT,
  barChart,
  checkTargets,
  formatFigure,
  periodLabel,
  reportsFor,
  whenLabel,
  sortTargets,
  targetsByHorizon,
  type TargetEntry,
} from '../../src/lib/targets.ts';
import { targetProgress } from '../../src/lib/progress.ts';
import { targetSchema } from '../../src/schemas/target.ts';
import { entriesOf, fixture, real } from '../helpers/content.ts';
import { fixtureContent, realContent } from '../helpers/paths.ts';

const { sectionsByPlan, horizons } = real;
const sections = sectionsByPlan.get('510-qd-ubnd')!;
const targets = entriesOf(realContent, 'targets');
const options = { dir: 'content/targets', sectionsByPlan, horizons };

const quantitative = (over: Partial<TargetEntry> = {}): TargetEntry => ({
  id: 'thu',
  horizon: 2030,
  order: 1,
  metric: 'Tỷ lệ hợp tác xã đạt loại tốt, khá',
  kind: 'dinh-luong',
  comparator: 'tren',
  value: 60,
  unit: '%',
  period: 'den-moc',
  source: '510-qd-ubnd#muc-ii-2-1-p4',
  wording: 'Bảo đảm trên 60% hợp tác xã đạt loại tốt, khá',
  headline: false,
  ...over,
});

/** What an editor writes: the id is the file name, never a field (an unknown field fails). */
const fields = ({ id: _id, ...rest }: TargetEntry) => rest;

describe('the target schema', () => {
  it('accepts a quantitative target with its figure', () => {
    expect(targetSchema.safeParse(fields(quantitative())).success).toBe(true);
  });

  it('rejects a quantitative target without a value, naming the kind field', () => {
    const { value: _value, ...rest } = fields(quantitative());
    const result = targetSchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['kind']);
  });

  it('rejects a qualitative target that carries a figure', () => {
    const result = targetSchema.safeParse(fields(quantitative({ kind: 'dinh-tinh' })));
    expect(result.success).toBe(false);
  });

  it('requires a note when the text leaves the period unclear', () => {
    const result = targetSchema.safeParse(fields(quantitative({ period: 'khong-ro' })));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['periodNote']);
  });

  it('rejects a percentage above 100', () => {
    expect(targetSchema.safeParse(fields(quantitative({ value: 120 }))).success).toBe(false);
  });
});

describe('figures in words', () => {
  it('uses the plan’s own qualifier and Vietnamese number format', () => {
    const members = targets.find((t) => t.id === '2030-thanh-vien-moi')!;
    expect(formatFigure(members)).toBe('khoảng 1.000 thành viên');
    expect(formatFigure(quantitative({ comparator: 'it-nhat', value: 25 }))).toBe('ít nhất 25%');
    expect(formatFigure(quantitative({ comparator: 'toi-thieu', value: 20 }))).toBe(
      'tối thiểu 20%',
    );
  });

  it('shows a bare figure without adding a qualifier the text does not have', () => {
    const founded = targets.find((t) => t.id === '2030-to-chuc-thanh-lap-moi')!;
    expect(formatFigure(founded)).toBe('15 tổ chức');
    expect(periodLabel(founded)).toBe('mỗi năm');
  });

  it('says when a figure applies, without settling what the text leaves open', () => {
    const byId = (id: string) => targets.find((t) => t.id === id)!;
    expect(whenLabel(byId('2030-to-chuc-thanh-lap-moi'))).toBe('mỗi năm, đến năm 2030');
    expect(whenLabel(byId('2045-nu-giam-doc'))).toBe('đến năm 2045');
    expect(whenLabel(byId('2030-thanh-vien-moi'))).toContain('không nói rõ');
  });

  it('gives no figure for a qualitative target', () => {
    const digital = targets.find((t) => t.id === '2045-ap-dung-cong-nghe-chuyen-doi-so')!;
    expect(formatFigure(digital)).toBeNull();
  });
});

describe('the targets of Quyết định 510/QĐ-UBND', () => {
  it('pass the build checks: sources resolve and every wording is verbatim', () => {
    expect(checkTargets(targets, options)).toEqual([]);
  });

  it('cover every figure written in II.2.1 and II.2.2', () => {
    for (const anchor of ['muc-ii-2-1', 'muc-ii-2-2']) {
      const section = sections.find((s) => s.anchor === anchor)!;
      for (const p of section.paragraphs) {
        const figures = p.text.match(/\d[\d.]*%?/g) ?? [];
        const wordings = targets
          .filter((t) => t.source === `510-qd-ubnd#${p.anchor}`)
          .map((t) => t.wording)
          .join(' | ');
        for (const figure of figures) expect(wordings, `${p.anchor}: ${figure}`).toContain(figure);
      }
    }
  });

  it('list the aims without a figure as qualitative', () => {
    const qualitative = targets.filter((t) => t.kind === 'dinh-tinh').map((t) => t.id);
    expect(qualitative).toContain('2045-ap-dung-cong-nghe-chuyen-doi-so');
    expect(qualitative).toContain('2030-chuoi-gia-tri-nong-san');
  });

  it('are grouped by horizon in the order of the text', () => {
    const groups = targetsByHorizon(targets, horizons);
    expect(groups.map((g) => g.horizon)).toEqual([2030, 2045]);
    expect(groups.map((g) => g.label)).toEqual(['Mục tiêu đến năm 2030', 'Tầm nhìn đến năm 2045']);
    expect(groups[0].targets[0].id).toBe('2030-to-chuc-thanh-lap-moi');
    expect(groups[1].targets.at(-1)!.id).toBe('2045-nu-giam-doc');
  });

  it('ship progress figures only for quantitative targets that exist', () => {
    const reports = entriesOf(realContent, 'reports');
    expect(reports.length).toBeGreaterThan(0);
    const quantitativeIds = new Set(
      targets.filter((t) => t.kind === 'dinh-luong').map((t) => t.id),
    );
    for (const r of reports) expect(quantitativeIds, r.id).toContain(r.target);
    expect(NO_REPORT_TEXT).toBe('chưa có số liệu báo cáo');
  });
});

describe('the target checks', () => {
  it('name the file and the field when the wording is not in the paragraph', () => {
    const issues = checkTargets([quantitative({ wording: 'trên 65% hợp tác xã' })], options);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/targets/thu.yaml', field: 'wording' });
  });

  it('reject a 2045 target quoted from the 2030 section', () => {
    const issues = checkTargets([quantitative({ horizon: 2045 })], options);
    expect(issues.map((i) => i.field)).toEqual(['horizon']);
  });

  it('reject a source that does not exist', () => {
    const issues = checkTargets([quantitative({ source: '510-qd-ubnd#muc-ii-2-1-p9' })], options);
    expect(issues[0]).toMatchObject({ field: 'source' });
  });

  it('reject a horizon year its plan does not have (plan.yaml)', () => {
    const issues = checkTargets([quantitative({ horizon: 2040 })], options);
    expect(issues.map((i) => i.field)).toEqual(['horizon']);
    expect(issues[0].message).toContain('2030, 2045');
  });

  it('compare a horizon’s section with its plan: another plan’s II.2.1 is not this one', () => {
    // The fixture's second plan has no horizons; its II.2.1-like section is not 510's.
    const both = {
      ...options,
      sectionsByPlan: new Map([...sectionsByPlan, ...fixture.sectionsByPlan]),
    };
    const issues = checkTargets(
      [quantitative({ source: '7-kh-mau-son#muc-ii-p1', wording: 'Mỗi năm có ít nhất' })],
      both,
    );
    expect(issues.map((i) => i.field)).toEqual(['horizon']);
    expect(issues[0].message).toContain('7-kh-mau-son');
  });

  it('reject two targets with the same position in a horizon', () => {
    const issues = checkTargets([quantitative({ id: 'a' }), quantitative({ id: 'b' })], options);
    expect(issues.map((i) => i.file)).toEqual(['content/targets/a.yaml', 'content/targets/b.yaml']);
  });
});

describe('the progress chart, drawn from the fixture report', () => {
  const fixtureTargets = entriesOf(fixtureContent, 'targets');
  const fixtureReports = entriesOf(fixtureContent, 'reports');
  const target = sortTargets(fixtureTargets).find((t) => t.kind === 'dinh-luong')!;
  const own = reportsFor(target.id, fixtureReports);
  const points = targetProgress(target, fixtureReports, 'binh-dinh-cu').chart;
  const chart = barChart(target, points);

  it('has one bar per reported year of the plan’s area, oldest first', () => {
    expect(own.length).toBeGreaterThan(points.length);
    expect(points.length).toBeGreaterThan(1);
    expect(chart.bars.map((b) => b.year)).toEqual(points.map((p) => p.year));
    expect(chart.bars.map((b) => b.x)).toEqual(
      [...chart.bars.map((b) => b.x)].sort((a, b) => a - b),
    );
  });

  it('draws bar heights in proportion to the figures, from one baseline', () => {
    const [a, b] = chart.bars;
    expect(a.y + a.height).toBeCloseTo(chart.baseline);
    expect(a.height / b.height).toBeCloseTo(a.value / b.value);
  });

  it('draws the target level as a line labelled with its figure', () => {
    expect(chart.goal?.label).toBe(`Mục tiêu mỗi năm: ${formatFigure(target)}`);
    const scale = chart.bars[0].height / chart.bars[0].value;
    expect(chart.baseline - chart.goal!.y).toBeCloseTo(target.value! * scale);
  });

  it('describes every bar in its text alternative', () => {
    for (const bar of chart.bars)
      expect(chart.description).toContain(`Năm ${bar.year}: ${bar.label}.`);
  });

  it('never scales a percentage chart above 100%', () => {
    const pct = barChart(quantitative(), [
      { year: 2024, value: 40 },
      { year: 2025, value: 55 },
    ]);
    expect(pct.ticks.at(-1)!.value).toBeLessThanOrEqual(100);
    expect(pct.ticks.at(-1)!.label).toMatch(/%$/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  areasOfPlan,
  checkPolicyAreas,
  countWords,
  policyAreasOf,
} from '../../src/lib/policy-areas.ts';
import { fixture, real } from '../helpers/content.ts';

const [main] = real.plans;

describe('the plans’ policy areas and horizons, from their plan.yaml', () => {
  it('are each plan’s own, in its order, for the real content and both fixture plans', () => {
    expect(areasOfPlan(real.areas, '510-qd-ubnd').map((a) => a.order)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(fixture.areas.map((a) => `${a.plan}#${a.section}`)).toEqual([
      '12-kh-mau#muc-i-2-1',
      '7-kh-mau-son#muc-iii-2-1',
    ]);
    expect(real.horizons.map((h) => h.year)).toEqual([2030, 2045]);
  });

  it('pass their checks in the real content and the fixture set', () => {
    expect(checkPolicyAreas(real.plans)).toEqual([]);
    expect(checkPolicyAreas(fixture.plans)).toEqual([]);
  });

  it('refuse an area or horizon resting on a section the text does not have', () => {
    const broken = {
      ...main,
      policyAreas: [{ id: 'vay-von', label: 'Vay vốn', section: 'muc-iii-9' }],
      horizons: [{ year: 2050, label: 'Tầm nhìn đến năm 2050', section: 'muc-ii-2-9' }],
    };
    expect(checkPolicyAreas([broken]).map((i) => i.field)).toEqual([
      'policyAreas[0].section',
      'horizons[0].section',
    ]);
  });

  it('refuse an area id used by two plans: it is the address of one page', () => {
    const copy = { ...main, id: 'ke-hoach-khac', file: 'content/plans/ke-hoach-khac/plan.yaml' };
    const issues = checkPolicyAreas([main, { ...copy, columnAssignment: undefined }]);
    expect(issues).toHaveLength(8);
    expect(issues[0]).toMatchObject({ file: copy.file, field: 'policyAreas[0].id' });
  });

  it('refuse a column assignment whose words are not in the paragraph it cites', () => {
    const broken = {
      ...main,
      columnAssignment: { ...main.columnAssignment!, task: 'mở trang thông tin điện tử' },
    };
    expect(checkPolicyAreas([broken]).map((i) => i.field)).toEqual(['columnAssignment.task']);
  });

  it('count areas in words as prose writes them', () => {
    expect(countWords(policyAreasOf(real.plans).length)).toBe('tám');
    expect(countWords(1)).toBe('một');
    expect(countWords(12)).toBe('12');
  });
});

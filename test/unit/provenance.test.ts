import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText, type PlanSection } from '../../src/lib/plan-parser.ts';
import {
  contactProvenance,
  expansionProvenance,
  provenanceView,
} from '../../src/lib/provenance.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { taskSchema } from '../../src/schemas/task.ts';
import { mainPlanText } from '../helpers/paths.ts';

const sectionsByPlan = new Map<string, PlanSection[]>([
  ['510-qd-ubnd', parsePlanText(readFileSync(mainPlanText, 'utf8'))],
]);

describe('a statement’s provenance as a reader sees it', () => {
  it('names the paragraph when the plan says it', () => {
    const view = provenanceView(
      { kind: 'van-ban', cite: '510-qd-ubnd#muc-iv-2-p1' },
      sectionsByPlan,
    );
    expect(view).toMatchObject({ kind: 'van-ban', label: 'Theo văn bản' });
    expect(view.cite).toEqual({ href: '/ke-hoach/510-qd-ubnd/#muc-iv-2-p1', label: 'Mục IV.2' });
  });

  it('gives the reason of an inference', () => {
    const view = provenanceView(
      { kind: 'suy-luan', reason: 'Văn bản không nêu ai làm việc này.' },
      sectionsByPlan,
    );
    expect(view).toEqual({
      kind: 'suy-luan',
      label: 'Suy luận biên tập',
      reason: 'Văn bản không nêu ai làm việc này.',
    });
  });

  it('gives an outside fact’s instrument and each source with the day it was checked', () => {
    const view = provenanceView(
      {
        kind: 'nguon-ngoai',
        instrument: {
          title: 'Nghị quyết số 202/2025/QH15',
          issuer: 'Quốc hội',
          issuedOn: '2025-06-12',
        },
        sources: [{ url: 'https://example.org/a', publisher: 'Trang A', checked: '2026-12-01' }],
      },
      sectionsByPlan,
    );
    expect(view.label).toBe('Thông tin ngoài kế hoạch');
    expect(view.instrument).toBe('Nghị quyết số 202/2025/QH15, Quốc hội, 12/06/2025');
    expect(view.sources).toEqual([
      { url: 'https://example.org/a', publisher: 'Trang A', checked: '2026-12-01' },
    ]);
  });

  it('says that an outside fact’s instrument has no checked issue date instead of giving one', () => {
    const view = provenanceView(
      {
        kind: 'nguon-ngoai',
        instrument: {
          title: 'Thông tư số 1/2025/TT-MAU',
          issuer: 'Bộ Mẫu',
          issuedOnUnknown: 'nguồn đã kiểm chỉ cho biết ngày có hiệu lực',
        },
        sources: [{ url: 'https://example.org/a', publisher: 'Trang A', checked: '2026-12-01' }],
      },
      sectionsByPlan,
    );
    expect(view.instrument).toBe('Thông tư số 1/2025/TT-MAU, Bộ Mẫu, ngày ban hành chưa kiểm được');
  });

  it('fails on a paragraph that does not exist, so the build stops', () => {
    expect(() =>
      provenanceView({ kind: 'van-ban', cite: '510-qd-ubnd#muc-ix-p9' }, sectionsByPlan),
    ).toThrow(/muc-ix-p9/);
  });

  it('maps a glossary expansion and a policy contact to the same three kinds', () => {
    expect(
      expansionProvenance({ expansionBasis: 'van-ban', sources: ['510-qd-ubnd#x-p1'] }),
    ).toEqual({ kind: 'van-ban', cite: '510-qd-ubnd#x-p1' });
    expect(
      expansionProvenance({ expansionBasis: 'thong-dung', basisNote: 'Ghi chú.', sources: [] }),
    ).toMatchObject({ kind: 'suy-luan', reason: expect.stringContaining('thông dụng') });
    expect(expansionProvenance({ sources: [] })).toBeUndefined();
    expect(
      contactProvenance({ basis: 'suy-luan', reason: 'Lý do đủ dài.', cite: '510-qd-ubnd#a-p1' }),
    ).toEqual({ kind: 'suy-luan', reason: 'Lý do đủ dài.', cite: '510-qd-ubnd#a-p1' });
    expect(contactProvenance({ basis: 'van-ban', cite: '510-qd-ubnd#a-p1' })).toEqual({
      kind: 'van-ban',
      cite: '510-qd-ubnd#a-p1',
    });
  });
});

describe('the schemas refuse a statement with no kind', () => {
  const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    (result.error?.issues ?? []).map((i) => i.path.join('.'));

  it('an issuer without its provenance, and an issuer only inferred', () => {
    const base = { name: 'Luật Mẫu', type: 'luat', level: 'quoc-hoi', aliases: ['Luật Mẫu'] };
    const missing = documentSchema.safeParse({ ...base, issuer: { name: 'Quốc hội' } });
    expect(missing.success).toBe(false);
    expect(paths(missing)).toContain('issuer.provenance');
    const inferred = documentSchema.safeParse({
      ...base,
      issuer: { name: 'Quốc hội', provenance: { kind: 'suy-luan', reason: 'Luật nào cũng vậy.' } },
    });
    expect(inferred.success).toBe(false);
    expect(paths(inferred)).toContain('issuer.provenance');
    const sourced = documentSchema.safeParse({
      ...base,
      issuer: {
        name: 'Quốc hội',
        provenance: {
          kind: 'nguon-ngoai',
          sources: [{ url: 'https://example.org/', publisher: 'Trang', checked: '2026-12-01' }],
        },
      },
    });
    expect(sourced.success).toBe(true);
  });

  it('a referral ("Hỏi:") without its provenance', () => {
    const policy = {
      title: 'Chính sách mẫu',
      summary: 'Một câu tóm tắt đủ dài cho danh sách.',
      audience: [{ text: 'Hợp tác xã mẫu.', cite: '510-qd-ubnd#muc-iii-2-1-p1' }],
      support: [{ text: 'Hỗ trợ mẫu đủ dài.', cite: '510-qd-ubnd#muc-iii-2-1-p1' }],
      actions: [{ text: 'Việc làm mẫu đủ dài.', cite: '510-qd-ubnd#muc-iii-2-1-p1' }],
      sources: ['510-qd-ubnd#muc-iii-2-1-p1'],
    };
    const gap = {
      topic: 'Mức hỗ trợ',
      where: 'Kế hoạch không nêu mức hỗ trợ.',
      ask: ['lien-minh-htx-tinh'],
      cite: '510-qd-ubnd#muc-iii-2-1-p1',
    };
    const missing = policySchema.safeParse({ ...policy, gaps: [gap] });
    expect(missing.success).toBe(false);
    expect(paths(missing)).toContain('gaps.0.askProvenance');
    expect(policySchema.safeParse({ ...policy, gaps: [{ ...gap, ask: [] }] }).success).toBe(true);
  });

  it('a timeframe without its provenance', () => {
    const task = {
      title: 'Nhiệm vụ mẫu',
      source: '510-qd-ubnd#muc-iv-2-p1',
      lead: 'so-ke-hoach-va-dau-tu',
      timeframe: { kind: 'thuong-xuyen' },
      output: 'Một kết quả',
      basis: 'van-ban',
    };
    const missing = taskSchema.safeParse(task);
    expect(missing.success).toBe(false);
    expect(paths(missing)).toContain('timeframeBasis');
    expect(
      taskSchema.safeParse({
        ...task,
        timeframeBasis: { kind: 'suy-luan', reason: 'Văn bản không ghi thời hạn.' },
      }).success,
    ).toBe(true);
  });
});

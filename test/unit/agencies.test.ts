import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  agenciesByKind,
  agencyTerms,
  ancestorGroups,
  checkAgencies,
  findMentions,
  membersOf,
  type AgencyEntry,
} from '../../src/lib/agencies.ts';
import { linkText } from '../../src/lib/linker.ts';
import { parsePlanText, type PlanSection } from '../../src/lib/plan-parser.ts';
import { agencySchema, type Agency } from '../../src/schemas/agency.ts';
import { mainPlanText, realContent } from '../helpers/paths.ts';

function agency(id: string, data: Partial<Agency> & { name?: string } = {}): Agency {
  return {
    id,
    ...agencySchema.parse({ name: data.name ?? `Tên ${id}`, kind: 'so-nganh', ...data }),
  };
}

const sections = parsePlanText(readFileSync(mainPlanText, 'utf8'));
const sectionsByPlan = new Map<string, PlanSection[]>([['510-qd-ubnd', sections]]);

function loadReal(): AgencyEntry[] {
  const dir = `${realContent}/agencies`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const file = `content/agencies/${f}`;
      const data = agencySchema.parse(parse(readFileSync(`${dir}/${f}`, 'utf8')));
      return { agency: { id: f.replace(/\.yaml$/, ''), ...data }, file };
    });
}

describe('the agencies in content/agencies', () => {
  const entries = loadReal();
  const agencies = entries.map((e) => e.agency);

  it('pass every check against the text of Quyết định 510', () => {
    expect(checkAgencies(entries, sectionsByPlan)).toEqual([]);
  });

  it('include the issuer, the departments of Điều 3, the groups and the central recipients', () => {
    const ids = new Set(agencies.map((a) => a.id));
    for (const id of [
      'ubnd-tinh',
      'so-ke-hoach-va-dau-tu',
      'so-nong-nghiep-va-phat-trien-nong-thon',
      'so-cong-thuong',
      'so-khoa-hoc-va-cong-nghe',
      'so-tai-chinh',
      'van-phong-ubnd-tinh',
      'lien-minh-htx-tinh',
      'cac-so-ban-nganh',
      'ubnd-cap-huyen',
      'cac-to-chuc-tin-dung',
      'quy-ho-tro-phat-trien-htx-tinh',
      'bo-ke-hoach-va-dau-tu',
      'van-phong-chinh-phu',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('do not list "Sở KH&ĐT" or the "SKHĐT" of a document number as aliases', () => {
    const skhdt = agencies.find((a) => a.id === 'so-ke-hoach-va-dau-tu')!;
    const words = skhdt.aliases.map((a) => (typeof a === 'string' ? a : a.text));
    expect(words).not.toContain('Sở KH&ĐT');
    expect(words).not.toContain('SKHĐT');
  });

  it('find Sở Kế hoạch và Đầu tư in IV.2 and in Điều 3, where the text writes only "Kế hoạch và Đầu tư"', () => {
    const mentions = findMentions(agencies, '510-qd-ubnd', sections).get('so-ke-hoach-va-dau-tu')!;
    const anchors = mentions.map((m) => m.anchor);
    expect(anchors).toContain('muc-iv-2-p1');
    expect(anchors).toContain('dieu-3-p1');
    expect(mentions.find((m) => m.anchor === 'dieu-3-p1')!.text).toBe('Kế hoạch và Đầu tư');
    // Nơi nhận's "Các Bộ: Kế hoạch và Đầu tư" is the ministry, not the department.
    expect(anchors).not.toContain('noi-nhan-p3');
  });

  it('read "Tài chính" as Sở Tài chính in Điều 3 and as Bộ Tài chính in Nơi nhận, and nowhere else', () => {
    const mentions = findMentions(agencies, '510-qd-ubnd', sections);
    expect(mentions.get('so-tai-chinh')!.map((m) => m.anchor)).toEqual(['dieu-3-p1']);
    expect(mentions.get('bo-tai-chinh')!.map((m) => m.anchor)).toEqual(['noi-nhan-p3']);
  });

  it('link the longest name first: "Văn phòng Ủy ban nhân dân tỉnh" is the office, not the committee', () => {
    const text = sections.find((s) => s.anchor === 'dieu-3')!.paragraphs[0].text;
    const linked = linkText(
      text,
      agencyTerms(agencies, { plan: '510-qd-ubnd', section: 'dieu-3', paragraph: 'dieu-3-p1' }),
    )
      .filter((s) => s.term)
      .map((s) => [s.text, s.term!.id]);
    expect(linked[0]).toEqual(['Văn phòng Ủy ban nhân dân tỉnh', 'van-phong-ubnd-tinh']);
    expect(linked).toContainEqual([
      'Ủy ban nhân dân các huyện, thị xã, thành phố',
      'ubnd-cap-huyen',
    ]);
    expect(linked).toContainEqual(['Liên minh Hợp tác xã tỉnh', 'lien-minh-htx-tinh']);
  });

  it('never link "SKHĐT" inside the document number 253/SKHĐT-KTN', () => {
    const text = sections.find((s) => s.anchor === 'can-cu')!.paragraphs.at(-1)!.text;
    const linked = linkText(text, agencyTerms(agencies)).filter((s) => s.term);
    expect(linked.map((s) => s.text)).toEqual(['Sở Kế hoạch và Đầu tư']);
  });

  it('find a mention of every agency somewhere in the text', () => {
    const mentions = findMentions(agencies, '510-qd-ubnd', sections);
    const silent = agencies.filter((a) => a.aliases.length > 0 && mentions.get(a.id)!.length === 0);
    expect(silent.map((a) => a.id)).toEqual([]);
  });
});

describe('agency terms for the linker', () => {
  const a = agency('so-a', {
    name: 'Sở A',
    aliases: ['Sở A', { text: 'Ban A', within: ['p#dieu-3-p1'] }],
  });

  it('give the aliases that apply everywhere, with the page address and full name', () => {
    expect(agencyTerms([a])).toEqual([
      { text: 'Sở A', kind: 'agency', id: 'so-a', href: '/co-quan/so-a/', title: 'Sở A' },
    ]);
  });

  it('add a scoped alias only in the paragraph or section it names', () => {
    const at = (paragraph?: string) =>
      agencyTerms([a], { plan: 'p', section: 'dieu-3', paragraph }).map((t) => t.text);
    expect(at('dieu-3-p1')).toEqual(['Sở A', 'Ban A']);
    expect(at('dieu-3-p2')).toEqual(['Sở A']);
    const bySection = agency('so-b', { aliases: [{ text: 'Ban B', within: ['p#muc-iii-5'] }] });
    expect(
      agencyTerms([bySection], { plan: 'p', section: 'muc-iii-5' }).map((t) => t.text),
    ).toEqual(['Ban B']);
  });
});

describe('groups', () => {
  const top = agency('nhom-lon', { isGroup: true });
  const mid = agency('nhom-vua', { isGroup: true, groups: ['nhom-lon'] });
  const leaf = agency('so-x', { groups: ['nhom-vua'] });
  const byId = new Map([top, mid, leaf].map((x) => [x.id, x]));

  it('give every group above an agency, nearest first, with the chain to it', () => {
    expect(ancestorGroups(leaf, byId).map((g) => [g.group.id, g.path])).toEqual([
      ['nhom-vua', ['nhom-vua']],
      ['nhom-lon', ['nhom-vua', 'nhom-lon']],
    ]);
  });

  it('list the direct members of a group', () => {
    expect(membersOf('nhom-vua', [top, mid, leaf]).map((m) => m.id)).toEqual(['so-x']);
  });

  it('stop at a cycle instead of looping for ever', () => {
    const p = agency('p', { isGroup: true, groups: ['q'] });
    const q = agency('q', { isGroup: true, groups: ['p'] });
    const m = new Map([p, q].map((x) => [x.id, x]));
    expect(ancestorGroups(p, m).map((g) => g.group.id)).toEqual(['q']);
  });
});

describe('the agency index', () => {
  it('groups agencies by kind, kinds and names in Vietnamese order', () => {
    const list = [
      agency('d', { name: 'Đội', kind: 'so-nganh' }),
      agency('b', { name: 'Ban', kind: 'so-nganh' }),
      agency('q', { name: 'Quỹ X', kind: 'quy' }),
      agency('c', { name: 'Chính phủ', kind: 'co-quan-trung-uong' }),
    ];
    const grouped = agenciesByKind(list);
    expect(grouped.map((g) => g.label)).toEqual([
      'Cơ quan Trung ương',
      'Quỹ',
      'Sở, ban, ngành tỉnh',
    ]);
    expect(grouped[2].agencies.map((a) => a.name)).toEqual(['Ban', 'Đội']);
  });
});

describe('checkAgencies', () => {
  const text = new Map<string, PlanSection[]>([
    [
      'p',
      parsePlanText(' QUYẾT ĐỊNH\nQUYẾT ĐỊNH:\nĐiều 1. Sở A và các Sở, ban, ngành thi hành.\n'),
    ],
  ]);
  const entry = (a: Agency): AgencyEntry => ({ agency: a, file: `content/agencies/${a.id}.yaml` });

  it('names the file and the field of a group that does not exist', () => {
    const issues = checkAgencies(
      [entry(agency('so-a', { aliases: ['Sở A'], groups: ['khong-co'] }))],
      text,
    );
    expect(issues).toEqual([
      {
        file: 'content/agencies/so-a.yaml',
        field: 'groups[0]',
        message: expect.stringContaining('"khong-co"'),
      },
    ]);
  });

  it('refuses a group that is not marked as a group', () => {
    const issues = checkAgencies(
      [entry(agency('so-a', { aliases: ['Sở A'], groups: ['so-b'] })), entry(agency('so-b'))],
      text,
    );
    expect(issues.map((i) => i.field)).toEqual(['groups[0]']);
    expect(issues[0].message).toContain('isGroup');
  });

  it('reports a cycle of groups once, with the chain', () => {
    const issues = checkAgencies(
      [
        entry(agency('nhom-a', { isGroup: true, groups: ['nhom-b'] })),
        entry(agency('nhom-b', { isGroup: true, groups: ['nhom-a'] })),
      ],
      text,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      field: 'groups',
      message: expect.stringContaining('nhom-a → nhom-b → nhom-a'),
    });
  });

  it('refuses an alias the text does not contain', () => {
    const issues = checkAgencies([entry(agency('so-a', { aliases: ['Sở KH&ĐT'] }))], text);
    expect(issues).toEqual([
      {
        file: 'content/agencies/so-a.yaml',
        field: 'aliases[0]',
        message: expect.stringContaining('không xuất hiện'),
      },
    ]);
  });

  it('refuses a scoped alias whose paragraph does not exist', () => {
    const issues = checkAgencies(
      [entry(agency('so-a', { aliases: [{ text: 'Sở A', within: ['p#dieu-9-p1'] }] }))],
      text,
    );
    expect(issues.map((i) => i.field)).toContain('aliases[0].within[0]');
  });

  it('refuses two agencies claiming the same words in the same place', () => {
    const issues = checkAgencies(
      [entry(agency('so-a', { aliases: ['Sở A'] })), entry(agency('so-b', { aliases: ['Sở A'] }))],
      text,
    );
    expect(issues).toEqual([
      {
        file: 'content/agencies/so-b.yaml',
        field: 'aliases[0]',
        message: expect.stringContaining('"so-a"'),
      },
    ]);
  });

  it('refuses a parent that does not exist', () => {
    const issues = checkAgencies(
      [entry(agency('so-a', { aliases: ['Sở A'], parent: 'ubnd-x' }))],
      text,
    );
    expect(issues.map((i) => i.field)).toEqual(['parent']);
  });
});

describe('the agency schema', () => {
  it('refuses an unknown kind, naming the field', () => {
    const result = agencySchema.safeParse({ name: 'Sở A', kind: 'bo' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['kind']);
  });
});

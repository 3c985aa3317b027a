import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resolveCitation } from '../../src/lib/citations.ts';
import { headingWords } from '../../src/lib/plans.ts';
import {
  agenciesForPolicy,
  checkGeneralContacts,
  checkPolicies,
  generalContactsOf,
  sectionNumber,
  sortPolicies,
  withAreas,
  type PolicyEntry,
} from '../../src/lib/policies.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { tasksOfPolicy } from '../../src/lib/tasks.ts';
import { fixture, readCollection, real } from '../helpers/content.ts';
import { fixtureContent, realContent } from '../helpers/paths.ts';

const { sectionsByPlan, areas, plans } = real;
const sections = sectionsByPlan.get('510-qd-ubnd')!;
const idsIn = (dir: string) =>
  new Set(readdirSync(`${realContent}/${dir}`).map((f) => f.replace(/\.(yaml|mdx)$/, '')));

/** The front matter and body of an MDX file. */
function readMdx(file: string): { data: unknown; body: string } {
  const [, front = '', body = ''] = readFileSync(file, 'utf8').split(/^---$/m);
  return { data: parse(front), body };
}

const pages = readCollection(realContent, 'policies').map((e) => ({
  ...e.entry,
  body: e.source.split(/^---$/m)[2] ?? '',
}));
const policies = withAreas(pages, areas);
const options = {
  dir: 'content/policies',
  sectionsByPlan,
  agencyIds: idsIn('agencies'),
  documentIds: idsIn('documents'),
  targetIds: idsIn('targets'),
  areas,
  requireAll: true,
};

describe('the eight policy areas of III.2', () => {
  it('are the plan’s own, from its plan.yaml, with one page each in the order of the plan', () => {
    expect(areas.map((a) => a.section)).toEqual(
      Array.from({ length: 8 }, (_, i) => `muc-iii-2-${i + 1}`),
    );
    expect(policies.map((p) => p.id)).toEqual(areas.map((a) => a.id));
    expect(policies.map(sectionNumber)).toEqual(areas.map((_, i) => `III.2.${i + 1}`));
  });

  it('use the same short names as the task register, so search filters agree', () => {
    for (const p of policies) {
      expect(p.name, p.id).toBe(areas.find((a) => a.id === p.id)!.label);
    }
  });

  it('pass the build checks: headings, sources, citations, legal bases and ids', () => {
    expect(checkPolicies(policies, options)).toEqual([]);
    expect(checkGeneralContacts(plans, options.agencyIds, sectionsByPlan)).toEqual([]);
  });

  it('name the legal bases the plan gives, written as the plan writes them', () => {
    const credit = policies.find((p) => p.id === 'tin-dung')!;
    expect(credit.legalBases.map((b) => b.document)).toEqual(['55-2015-nd-cp', '116-2018-nd-cp']);
    const insurance = policies.find((p) => p.id === 'bao-hiem-xa-hoi')!;
    expect(insurance.legalBases.map((b) => b.document)).toContain('luat-bao-hiem-xa-hoi');
  });

  it('say where the missing specifics are instead of inventing loan terms or tax rates', () => {
    const credit = policies.find((p) => p.id === 'tin-dung')!;
    expect(credit.gaps.find((g) => g.document === '55-2015-nd-cp')?.ask).toContain(
      'cac-to-chuc-tin-dung',
    );
    const tax = policies.find((p) => p.id === 'tai-chinh')!;
    expect(tax.gaps[0].where).toContain('không nêu thuế suất');
  });

  it('write no figure that the cited paragraph does not contain', () => {
    const numbers = (s: string) => s.match(/\d[\d.,/]*\d|\d/g) ?? [];
    for (const p of policies) {
      const statements = [
        ...p.audience,
        ...p.support,
        ...p.actions,
        ...p.gaps.map((g) => ({ text: `${g.topic} ${g.where}`, cite: g.cite })),
      ];
      for (const s of statements) {
        const found = resolveCitation(s.cite, sectionsByPlan);
        if ('error' in found) throw new Error(found.error);
        const paragraph = found.paragraph?.text ?? '';
        for (const n of numbers(s.text))
          expect(paragraph, `${p.id}: "${n}" in "${s.text}"`).toContain(n);
      }
    }
  });

  it('write no figure in the summary or body that the plan does not contain', () => {
    const text = sections.flatMap((s) => s.paragraphs.map((x) => x.text)).join('\n');
    for (const p of policies) {
      for (const n of `${p.summary}\n${p.body}`.match(/\d[\d.,/]*\d|\d/g) ?? []) {
        expect(text, `${p.id}: ${n}`).toContain(n);
      }
    }
  });

  it('give a reason for every contact the text does not name', () => {
    for (const p of policies) {
      for (const c of p.contacts.filter((c) => c.basis === 'suy-luan')) {
        expect(c.reason, `${p.id}: ${c.agency}`).toMatch(/suy luận|không nêu|không nói/);
      }
    }
  });

  it('are summed up in one short sentence each', () => {
    for (const p of policies) {
      expect(p.summary.split(/[.!?](\s|$)/).filter((s) => s.trim()).length, p.id).toBe(1);
    }
  });
});

describe('the policy checks', () => {
  const credit = policies.find((p) => p.id === 'tin-dung')!;
  const check = (p: PolicyEntry) => checkPolicies([p], { ...options, requireAll: false });

  it('reject a title that is not the plan’s heading, naming file and field', () => {
    const issues = check({ ...credit, title: 'Chính sách vay vốn' });
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/policies/tin-dung.mdx', field: 'title' }),
    ]);
  });

  it('reject a page that leaves out a source paragraph of its section', () => {
    const issues = check({ ...credit, sources: credit.sources.slice(0, 2) });
    expect(issues.map((i) => i.field)).toEqual(['sources']);
    expect(issues[0].message).toContain('muc-iii-2-4-p3');
  });

  it('reject a legal basis not written as the text writes it', () => {
    const legalBases = [{ ...credit.legalBases[0], asWritten: 'Nghị định 55/2015' }];
    const issues = check({ ...credit, legalBases });
    expect(issues.map((i) => i.field)).toEqual(['legalBases[0].asWritten']);
  });

  it('reject an agency or a document that does not exist', () => {
    const contacts = [{ ...credit.contacts[0], agency: 'ngan-hang-khong-co' }];
    const legalBases = [{ ...credit.legalBases[0], document: 'nd-khong-co' }];
    const issues = check({ ...credit, contacts, legalBases });
    expect(issues.map((i) => i.field)).toEqual(['contacts[0].agency', 'legalBases[0].document']);
  });

  it('reject a file that is not one of the plan’s areas', () => {
    const issues = check({ ...credit, id: 'vay-von' });
    expect(issues[0]).toMatchObject({ file: 'content/policies/vay-von.mdx', field: 'tệp' });
  });

  it('take the short name, position and section of their area in plan.yaml', () => {
    // Nothing to keep in step: the page does not repeat them.
    expect(credit).toMatchObject({
      name: 'Tín dụng',
      order: 4,
      section: '510-qd-ubnd#muc-iii-2-4',
    });
    expect(sortPolicies([...policies].reverse()).map((p) => p.id)).toEqual(areas.map((a) => a.id));
  });

  it('report each missing area when all are required', () => {
    const issues = checkPolicies([credit], options);
    expect(issues.filter((i) => i.field === 'tệp')).toHaveLength(7);
  });

  it('rest on their own plan’s section: the second fixture plan’s III.2.1 is not 510’s', () => {
    const fixturePages = readCollection(fixtureContent, 'policies').map((e) => e.entry);
    const own = withAreas(fixturePages, fixture.areas).find((p) => p.id === 'tin-dung-xa-mau-son')!;
    expect(own).toMatchObject({ section: '7-kh-mau-son#muc-iii-2-1', order: 1, name: 'Tín dụng' });
    const issues = checkPolicies(fixturePages, {
      dir: 'test/fixtures/content/policies',
      sectionsByPlan: fixture.sectionsByPlan,
      areas: fixture.areas,
      requireAll: true,
    });
    expect(issues).toEqual([]);
  });

  it('reject an inferred contact without a reason (schema)', () => {
    const { data } = readMdx(`${realContent}/policies/khoa-hoc-cong-nghe.mdx`);
    const raw = data as { contacts: { reason?: string }[] };
    delete raw.contacts[0].reason;
    const result = policySchema.safeParse(raw);
    expect(result.error?.issues[0]?.path).toEqual(['contacts', 0, 'reason']);
  });
});

describe('what a policy page lists', () => {
  const tasks = [
    {
      id: 'a',
      policy: 'tin-dung',
      lead: 'cac-to-chuc-tin-dung',
      coordinators: ['lien-minh-htx-tinh'],
    },
    { id: 'b', policy: 'dat-dai', lead: 'ubnd-cap-huyen' },
    { id: 'c', policy: 'tin-dung', lead: 'so-ke-hoach-va-dau-tu', coLeads: ['ubnd-cap-huyen'] },
  ];

  it('its tasks, by their policy field', () => {
    expect(tasksOfPolicy(tasks, 'tin-dung').map((t) => t.id)).toEqual(['a', 'c']);
  });

  it('each agency once, the guidance’s own contacts first', () => {
    const credit = policies.find((p) => p.id === 'tin-dung')!;
    const list = agenciesForPolicy(credit, tasksOfPolicy(tasks, 'tin-dung'));
    expect(list.map((a) => a.agency)).toEqual([
      'cac-to-chuc-tin-dung',
      'quy-ho-tro-phat-trien-htx-tinh',
      'so-ke-hoach-va-dau-tu',
      'ubnd-cap-huyen',
      'lien-minh-htx-tinh',
    ]);
    expect(list.map((a) => a.via)).toEqual([
      'lien-he',
      'lien-he',
      'chu-tri',
      'chu-tri',
      'phoi-hop',
    ]);
  });

  it('the general contacts of the policy’s own plan, each resting on a paragraph of it', () => {
    const credit = policies.find((p) => p.id === 'tin-dung')!;
    const general = generalContactsOf(credit, plans);
    expect(general.map((c) => c.agency)).toContain('so-ke-hoach-va-dau-tu');
    for (const c of general) {
      expect('error' in resolveCitation(c.cite, sectionsByPlan)).toBe(false);
    }
    expect(generalContactsOf({ section: '12-kh-mau#muc-i-2-1' }, fixture.plans)).toEqual(
      fixture.plans.find((p) => p.id === '12-kh-mau')!.generalContacts,
    );
  });

  it('a general contact whose agency does not exist, named in its plan.yaml', () => {
    const broken = [
      {
        ...plans[0],
        generalContacts: [{ ...plans[0].generalContacts[0], agency: 'so-khong-co' }],
      },
    ];
    expect(checkGeneralContacts(broken, options.agencyIds, sectionsByPlan)).toEqual([
      expect.objectContaining({
        file: 'content/plans/510-qd-ubnd/plan.yaml',
        field: 'generalContacts[0].agency',
      }),
    ]);
  });

  it('the plan heading without its number', () => {
    expect(headingWords('2.4. Chính sách tín dụng')).toBe('Chính sách tín dụng');
    expect(headingWords('III. TỔ CHỨC THỰC HIỆN')).toBe('TỔ CHỨC THỰC HIỆN');
  });
});

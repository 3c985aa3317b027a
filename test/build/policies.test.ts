/**
 * The policy guidance, targets, glossary and home pages, read from the built sites (the real one
 * and the fixture one, which alone has a progress report).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parsePlanText } from '../../src/lib/plan-parser.ts';
import { withAreas } from '../../src/lib/policies.ts';
import { entriesOf, real } from '../helpers/content.ts';
import { readPage, type SiteName, scriptsBesidesWorker } from '../helpers/built-site.ts';
import { fixtureContent, mainPlanText, realContent } from '../helpers/paths.ts';

const page = (path: string, site: SiteName = 'real'): HTMLElement => parse(readPage(site, path));
const text = (el: HTMLElement | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const sections = parsePlanText(readFileSync(mainPlanText, 'utf8'));
const paragraph = (anchor: string) =>
  sections.flatMap((s) => s.paragraphs).find((p) => p.anchor === anchor)!;

// The policy pages with their areas' names and positions from plan.yaml, as the build sees them.
const policies = withAreas(entriesOf(realContent, 'policies'), real.areas);
const yamlDir = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f): { id: string } & Record<string, unknown> => ({
      ...(parseYaml(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, unknown>),
      id: f.replace(/\.yaml$/, ''),
    }));

describe('the list of policy areas', () => {
  const html = page('/chinh-sach/');

  it('lists the eight areas, each with its one-sentence summary and a link', () => {
    const items = html.querySelectorAll('.policy-list > li');
    expect(items).toHaveLength(8);
    for (const p of policies) {
      const item = items.find((li) => li.querySelector(`a[href="/chinh-sach/${p.id}/"]`));
      expect(text(item ?? null), p.id).toContain(p.summary.replace(/\s+/g, ' '));
    }
  });
});

describe('each policy page', () => {
  it('answers who benefits, what is promised, what to do now, whom to ask and on what basis', () => {
    for (const p of policies) {
      const headings = page(`/chinh-sach/${p.id}/`)
        .querySelectorAll('h2')
        .map((h) => text(h));
      for (const h of [
        'Ai được hưởng',
        'Kế hoạch hứa hỗ trợ gì',
        'Hợp tác xã có thể làm gì ngay',
        'Hỏi ở đâu',
        'Căn cứ pháp lý Kế hoạch nêu',
        'Những gì Kế hoạch chưa nói rõ',
      ]) {
        expect(headings, `${p.id}: ${h}`).toContain(h);
      }
    }
  });

  it('quotes every source paragraph verbatim, linked to its anchor in the full text', () => {
    for (const p of policies) {
      const html = page(`/chinh-sach/${p.id}/`);
      const quotes = html.querySelectorAll('blockquote.plan-quote');
      expect(quotes.length, p.id).toBe(p.sources.length);
      p.sources.forEach((cite, i) => {
        const anchor = cite.split('#')[1];
        const quote = quotes[i];
        expect(quote.getAttribute('cite')).toBe(`/ke-hoach/510-qd-ubnd/#${anchor}`);
        expect(text(quote.querySelector('p'))).toBe(paragraph(anchor).text);
      });
    }
  });

  it('links every guidance statement to the paragraph it restates', () => {
    const html = page('/chinh-sach/tin-dung/');
    const items = html.querySelectorAll('.policy-statements li');
    expect(items.length).toBeGreaterThan(5);
    for (const li of items) {
      expect(li.querySelector('.source-link a')?.getAttribute('href')).toMatch(
        /^\/ke-hoach\/510-qd-ubnd\/#muc-iii-2-4-p\d$/,
      );
    }
  });

  it('labels an inferred contact as the editor’s inference, with its reason', () => {
    const html = page('/chinh-sach/khoa-hoc-cong-nghe/');
    const contact = html
      .querySelectorAll('section[aria-labelledby="hoi-o-dau"] li')
      .find((li) => li.querySelector('a[href="/co-quan/so-khoa-hoc-va-cong-nghe/"]'));
    expect(text(contact ?? null)).toContain('Suy luận biên tập');
    expect(text(contact ?? null)).toContain('văn bản không nói');
  });

  it('links the legal bases the plan names to their document pages', () => {
    const html = page('/chinh-sach/tin-dung/');
    const links = html.querySelectorAll('.legal-bases a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/van-ban/55-2015-nd-cp/');
    expect(links).toContain('/van-ban/116-2018-nd-cp/');
  });

  it('lists the tasks of its area from the task register', () => {
    const tasks = yamlDir(`${realContent}/tasks`).filter((t) => t['policy'] === 'tin-dung');
    const html = page('/chinh-sach/tin-dung/');
    const links = html.querySelectorAll('section[aria-labelledby="nhiem-vu-lien-quan"] a');
    for (const t of tasks) {
      expect(links.map((a) => a.getAttribute('href'))).toContain(`/nhiem-vu/${t.id}/`);
    }
  });

  it('is indexed for search as a policy, with its area as a filter', () => {
    for (const p of policies) {
      const html = page(`/chinh-sach/${p.id}/`);
      expect(html.querySelector('[data-pagefind-body]')).not.toBeNull();
      expect(
        html.querySelector('meta[data-pagefind-filter="loai[content]"]')?.getAttribute('content'),
      ).toBe('Chính sách');
      expect(text(html.querySelector('[data-pagefind-filter="chinh-sach"]'))).toBe(p.name);
    }
  });

  it('expands each abbreviation once per page, guidance and quotes together', () => {
    for (const p of policies) {
      const article = page(`/chinh-sach/${p.id}/`).querySelector('article')!;
      const abbrs = article.querySelectorAll('abbr').map((a) => text(a));
      expect(new Set(abbrs).size, `${p.id}: ${abbrs.join(', ')}`).toBe(abbrs.length);
      for (const a of article.querySelectorAll('abbr'))
        expect(a.getAttribute('title')).toBeTruthy();
    }
    const credit = page('/chinh-sach/tin-dung/').querySelector('article')!;
    expect(credit.querySelectorAll('abbr').map((a) => text(a))).toEqual(
      expect.arrayContaining(['HTX', 'KTTT', 'THT']),
    );
  });

  it('runs no script', () => {
    for (const path of [
      '/chinh-sach/',
      '/chinh-sach/tin-dung/',
      '/muc-tieu/',
      '/thuat-ngu/',
      '/',
    ]) {
      const scripts = scriptsBesidesWorker(page(path).querySelectorAll('script'));
      expect(scripts, path).toHaveLength(0);
    }
  });
});

describe('the targets page', () => {
  const html = page('/muc-tieu/');
  const targets = yamlDir(`${realContent}/targets`) as {
    id: string;
    wording: string;
    kind: string;
  }[];

  it('shows every target beside its verbatim wording', () => {
    for (const t of targets) {
      const item = html.getElementById(`muc-tieu-${t.id}`);
      expect(item, t.id).not.toBeNull();
      expect(text(item!.querySelector('q.wording'))).toBe(t.wording);
    }
  });

  it('lists the qualitative aims too, saying they have no figure', () => {
    const item = html.getElementById('muc-tieu-2045-ap-dung-cong-nghe-chuyen-doi-so');
    expect(text(item)).toContain('mục tiêu định tính');
  });

  it('says "chưa có số liệu" where no figure exists, and charts only two or more figures', () => {
    expect(text(html.getElementById('muc-tieu-2030-htx-tot-kha'))).toContain('chưa có số liệu');
    const charts = html.querySelectorAll('main svg');
    expect(charts).toHaveLength(1);
    expect(charts[0].closest('article')?.id).toBe('muc-tieu-2030-htx-ung-dung-cong-nghe-cao');
  });

  it('draws an accessible chart from a report in the fixture site', () => {
    const fixture = page('/muc-tieu/', 'fixture');
    // Only the plan's own area is drawn: a figure of another area is never a bar.
    const reports = yamlDir(`${fixtureContent}/reports`).filter((r) => r.area === 'binh-dinh-cu');
    const svg = fixture.querySelector('figure.target-chart svg');
    expect(svg?.getAttribute('role')).toBe('img');
    const labelledBy = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(labelledBy).toHaveLength(2);
    for (const id of labelledBy) expect(text(fixture.getElementById(id))).not.toBe('');
    expect(svg!.querySelectorAll('.bar rect')).toHaveLength(reports.length);
    expect(fixture.querySelectorAll('figure.target-chart tbody tr')).toHaveLength(reports.length);
    expect(text(fixture.querySelector('figure.target-chart'))).toContain(
      'Trang mẫu dùng cho kiểm thử',
    );
  });
});

describe('the glossary page and the abbreviations in the full text', () => {
  const glossary = yamlDir(`${realContent}/glossary`) as { id: string; expansionBasis?: string }[];

  it('gives every entry an anchor, and says so where an expansion is uncertain', () => {
    const html = page('/thuat-ngu/');
    for (const e of glossary) {
      const entry = html.getElementById(e.id);
      expect(entry, e.id).not.toBeNull();
      if (e.expansionBasis === 'khong-chac') expect(text(entry)).toContain('Không chắc chắn');
    }
  });

  it('expands HTX once, at its first occurrence in the full text', () => {
    const html = page('/ke-hoach/510-qd-ubnd/');
    const htx = html.querySelectorAll('abbr').filter((a) => text(a) === 'HTX');
    expect(htx).toHaveLength(1);
    expect(htx[0].getAttribute('title')).toBe('hợp tác xã');
    expect(htx[0].closest('a')?.getAttribute('href')).toBe('/thuat-ngu/#htx');
  });
});

describe('the home page', () => {
  const html = page('/');

  it('sends each role to its part of the site', () => {
    const role = (id: string) =>
      html
        .querySelector(`section[aria-labelledby="${id}"]`)!
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
    expect(text(html.getElementById('vai-tro-htx'))).toBe('Hợp tác xã, người dân');
    expect(role('vai-tro-htx')).toContain('/chinh-sach/');
    expect(role('vai-tro-htx')).toContain('/chinh-sach/tin-dung/');
    expect(text(html.getElementById('vai-tro-co-quan'))).toBe('Cơ quan, cán bộ');
    expect(role('vai-tro-co-quan')).toEqual(expect.arrayContaining(['/co-quan/', '/nhiem-vu/']));
    expect(text(html.getElementById('vai-tro-truyen-thong'))).toBe('Truyền thông');
    expect(role('vai-tro-truyen-thong')).toContain('/chuyen-muc/');
  });

  it('shows the plan at a glance: what, since when, and its status', () => {
    const glance = text(html.querySelector('.at-a-glance'));
    expect(glance).toContain('510/QĐ-UBND');
    expect(glance).toContain('22/02/2023');
    expect(glance).toContain('kể từ ngày ký ban hành');
    expect(glance).toContain('37/KH-UBND');
  });

  it('lists the headline targets with their figures', () => {
    const items = html.querySelectorAll('.headline-targets li').map((li) => text(li));
    expect(items.some((t) => t.includes('trên 60%'))).toBe(true);
    expect(items.some((t) => t.includes('tối thiểu 20%'))).toBe(true);
  });
});

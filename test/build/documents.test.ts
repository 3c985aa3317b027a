/**
 * The document pages and the cross-links of the full text, read from the built sites; and the
 * build itself failing when a plan cites a document number that has no entry.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findDocumentNumbers } from '../../src/lib/document-linking.ts';
import { parsePlanText } from '../../src/lib/plan-parser.ts';
import { readPage, scriptsBesidesWorker } from '../helpers/built-site.ts';
import { mainPlanText, realContent } from '../helpers/paths.ts';
import { acceptPlanText, buildWithMistake } from '../helpers/failing-build.ts';

const documentIds = readdirSync(`${realContent}/documents`)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

function page(path: string): HTMLElement {
  return parse(readPage('real', path));
}

function jsonLd(html: HTMLElement): Record<string, unknown> {
  const scripts = html.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0].textContent) as Record<string, unknown>;
}

describe('the document pages', () => {
  it('builds a page for every document, with its relations and a Legislation description', () => {
    for (const id of documentIds) {
      const html = page(`/van-ban/${id}/`);
      const yaml = parseYaml(readFileSync(`${realContent}/documents/${id}.yaml`, 'utf8')) as {
        name: string;
        number?: string;
      };
      expect(html.querySelector('h1')!.textContent.trim(), id).toBe(yaml.name);
      expect(html.querySelector('#quan-he-van-ban'), id).not.toBeNull();
      expect(html.querySelector('[data-pagefind-body]'), id).not.toBeNull();
      const data = jsonLd(html);
      expect(data['@type'], id).toBe('Legislation');
      expect(data['@context'], id).toBe('https://schema.org');
      expect(data['name'], id).toBe(yaml.name);
      expect(data['legislationIdentifier'], id).toBe(yaml.number);
      expect(String(data['url']).endsWith(`/van-ban/${id}/`), id).toBe(true);
    }
  });

  it('shows 37/KH-UBND as repealed by Điều 2 of 510/QĐ-UBND', () => {
    const html = page('/van-ban/37-kh-ubnd/');
    const status = html.querySelector('[data-status]')!;
    expect(status.getAttribute('data-status')).toBe('bi-bai-bo');
    expect(status.textContent).toContain('Đã bị bãi bỏ');
    const hrefs = status.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/van-ban/510-qd-ubnd/');
    expect(hrefs).toContain('/ke-hoach/510-qd-ubnd/#dieu-2-p1');
    expect(jsonLd(html)['legislationLegalForce']).toBe('https://schema.org/NotInForce');
    const incoming = html.querySelectorAll(
      '[aria-labelledby="quan-he-van-ban"] li.relation-bai-bo',
    );
    expect(incoming.map((li) => li.textContent.replace(/\s+/g, ' ').trim())).toEqual([
      'Bị bãi bỏ bởi Quyết định số 510/QĐ-UBND ngày 22/02/2023 (theo Điều 2)',
    ]);
  });

  it('says the status is unknown where the plan does not tell it', () => {
    const status = page('/van-ban/20-nq-tw/').querySelector('[data-status]')!;
    expect(status.getAttribute('data-status')).toBe('khong-ro');
    expect(status.textContent).toContain('Không rõ từ văn bản này');
  });

  it('draws the relations as an inline SVG image with a text alternative and no script', () => {
    const html = page('/van-ban/510-qd-ubnd/');
    const svg = html.querySelector('[aria-labelledby="quan-he-van-ban"] svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(html.getElementById(titleId)!.textContent).toContain('Quyết định số 510/QĐ-UBND');
    const desc = html.getElementById(descId)!.textContent;
    expect(desc).toContain('bãi bỏ Kế hoạch số 37/KH-UBND');
    expect(desc).toContain('căn cứ Nghị quyết số 20-NQ/TW');
    expect(svg.querySelectorAll('a')).toHaveLength(0);
    expect(scriptsBesidesWorker(html.querySelectorAll('script'))).toHaveLength(0);
  });

  it('links each place the plan cites a document to its paragraph', () => {
    const html = page('/van-ban/134-nq-cp/');
    const items = html.querySelectorAll('#noi-trich-dan ~ ol li, .citation-list li');
    expect(items.length).toBeGreaterThan(0);
    const hrefs = html.querySelectorAll('.citation-list a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/ke-hoach/510-qd-ubnd/#dieu-2-p1']);
    expect(html.querySelector('.citation-list')!.textContent).toContain('134//NQ-CP');
  });

  it('lists the policy areas and tasks that rest on a document', () => {
    const block = page('/van-ban/55-2015-nd-cp/').querySelector('[aria-labelledby="dua-tren"]')!;
    const hrefs = block.querySelectorAll('li > a:first-child').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/chinh-sach/tin-dung/');
    expect(hrefs.some((h) => h!.startsWith('/nhiem-vu/'))).toBe(true);
    expect(block.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
      '/ke-hoach/510-qd-ubnd/#muc-iii-2-4-p1',
    );
  });

  it('groups the index by issuing level and lists every document once', () => {
    const html = page('/van-ban/');
    const headings = html.querySelectorAll('article section h2').map((h) => h.textContent.trim());
    // The text names no issuer for the laws it cites, so they sit with the unknown ones; only the
    // laws added as outside facts, whose issuer is sourced, sit under "Quốc hội"; the ministries'
    // circulars of an outside fact sit under "Bộ, cơ quan ngang bộ".
    expect(headings.slice(0, 8)).toEqual([
      'Đảng (Trung ương)',
      'Quốc hội',
      'Chính phủ',
      'Bộ, cơ quan ngang bộ',
      'Tỉnh ủy',
      'UBND tỉnh',
      'Sở, ngành',
      'Kế hoạch không ghi cơ quan ban hành',
    ]);
    const links = html.querySelectorAll('a.document-name').map((a) => a.getAttribute('href'));
    expect([...links].sort()).toEqual(documentIds.map((id) => `/van-ban/${id}/`).sort());
    const repealed = html
      .querySelectorAll('.document-list li')
      .filter((li) => li.querySelector('.tag-repealed'));
    expect(repealed.map((li) => li.querySelector('a')!.textContent.trim())).toEqual([
      'Kế hoạch số 37/KH-UBND',
    ]);
  });

  it('shows the plan’s own relations on its full-text page', () => {
    const html = page('/ke-hoach/510-qd-ubnd/');
    const block = html.querySelector('[aria-labelledby="quan-he-van-ban"]')!;
    const hrefs = block.querySelectorAll('li a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/van-ban/37-kh-ubnd/');
    expect(hrefs).toContain('/van-ban/20-nq-tw/');
    expect(block.querySelector('svg[role="img"]')).not.toBeNull();
  });

  it('builds the fixture documents from the fixture content', () => {
    const html = parse(readPage('fixture', '/van-ban/luat-hop-tac-xa/'));
    expect(html.querySelector('[aria-labelledby="quan-he-van-ban"]')!.textContent).toContain(
      'Là căn cứ của Quyết định số 12/QĐ-UBND',
    );
  });
});

describe('the cross-links of the full text', () => {
  const html = page('/ke-hoach/510-qd-ubnd/');
  const sections = parsePlanText(readFileSync(mainPlanText, 'utf8'));
  const paragraphs = sections.flatMap((s) => s.paragraphs.filter((p) => p.kind !== 'row'));

  /** A paragraph's rendered text, its permalink left out. */
  function renderedText(el: HTMLElement): string {
    const copy = parse(el.outerHTML);
    for (const a of copy.querySelectorAll('.permalink')) a.remove();
    return copy.textContent.trim();
  }

  it('renders every paragraph character for character as the source writes it', () => {
    for (const p of paragraphs) {
      const el = html.getElementById(p.anchor);
      expect(el, p.anchor).not.toBeNull();
      expect(renderedText(el!), p.anchor).toBe(p.text);
    }
  });

  it('makes every document number of the text part of a link to that document', () => {
    let count = 0;
    for (const p of paragraphs) {
      const links = html
        .getElementById(p.anchor)!
        .querySelectorAll('a[href^="/van-ban/"]')
        .map((a) => a.textContent);
      for (const { number } of findDocumentNumbers(p.text)) {
        count++;
        expect(
          links.some((l) => l.includes(number)),
          `${p.anchor}: ${number}`,
        ).toBe(true);
      }
    }
    expect(count).toBeGreaterThanOrEqual(30);
  });

  it('links the laws and programmes the text names without a number', () => {
    const linked = html
      .querySelectorAll('.plan-text a[href^="/van-ban/"]')
      .map((a) => [a.getAttribute('href'), a.textContent]);
    for (const [href, text] of [
      ['/van-ban/luat-hop-tac-xa/', 'Luật Hợp tác xã'],
      ['/van-ban/luat-bao-hiem-xa-hoi/', 'Luật Bảo hiểm xã hội'],
      ['/van-ban/nghi-quyet-trung-uong-5-khoa-ix/', 'Nghị quyết Trung ương 5 khóa IX'],
      [
        '/van-ban/ke-hoach-su-dung-dat-cap-tinh-2021-2025/',
        'Kế hoạch sử dụng đất cấp tỉnh giai đoạn 2021-2025',
      ],
      ['/van-ban/134-nq-cp/', 'Nghị quyết số 134//NQ-CP'],
    ]) {
      expect(linked, text).toContainEqual([href, text]);
    }
  });

  it('never nests a link inside a link', () => {
    expect(html.querySelectorAll('a a')).toHaveLength(0);
  });
});

describe('the missing-document check', () => {
  it('fails the build, naming the text file, the line and the number, when a document has no entry', () => {
    const { status, output } = buildWithMistake((content) => {
      // Only what the check needs, so other collections' fixtures cannot make this test pass or fail.
      for (const folder of readdirSync(content)) {
        if (!['plans', 'documents', 'site.yaml'].includes(folder))
          rmSync(join(content, folder), { recursive: true });
      }
      const textFile = join(content, 'plans/12-kh-mau/van-ban.txt');
      const text = readFileSync(textFile, 'utf8').replace(
        'Căn cứ Luật Hợp tác xã;',
        'Căn cứ Luật Hợp tác xã;\nCăn cứ Nghị định số 99/2099/NĐ-CP;',
      );
      writeFileSync(textFile, text);
      acceptPlanText(join(content, 'plans/12-kh-mau'));
    });
    expect(status, output).not.toBe(0);
    expect(output).toContain('plans/12-kh-mau/van-ban.txt');
    expect(output).toContain('dòng 5');
    expect(output).toContain('"99/2099/NĐ-CP"');
  });
});

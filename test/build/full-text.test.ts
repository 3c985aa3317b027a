import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contentLines, parsePlanText } from '../../src/lib/plan-parser.ts';
import { readPage, scriptsBesidesWorker } from '../helpers/built-site.ts';
import { fixtureContent, mainPlanText } from '../helpers/paths.ts';

/** The words of the plan as a reader sees them: permalinks and editorial notes removed. */
function planTextOf(html: string): HTMLElement {
  const root = parse(html);
  const text = root.querySelector('.plan-text');
  if (!text) throw new Error('Trang không có phần văn bản .plan-text');
  for (const el of text.querySelectorAll('.permalink, .editorial-note, caption, thead'))
    el.remove();
  return text;
}

/** Text nodes of the rendered plan, split into the lines and cells the source has. */
function renderedLines(text: HTMLElement): string[] {
  return text
    .querySelectorAll('.section-heading, .para, td')
    .map((el) => el.textContent.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the full-text page of Quyết định 510/QĐ-UBND', () => {
  const html = readPage('real', '/ke-hoach/510-qd-ubnd/');
  const text = planTextOf(html);
  const source = readFileSync(mainPlanText, 'utf8');

  it('shows every non-blank line of the source exactly, in order', () => {
    const expected = contentLines(source).flatMap((l) =>
      l
        .split('\t')
        .map(norm)
        .filter((c) => c !== ''),
    );
    expect(renderedLines(text)).toEqual(expected);
  });

  it('gives every numbered section and every paragraph its anchor', () => {
    const root = parse(html);
    for (const section of parsePlanText(source)) {
      expect(root.getElementById(section.anchor), section.anchor).not.toBeNull();
      for (const p of section.paragraphs) {
        expect(root.getElementById(p.anchor), p.anchor).not.toBeNull();
      }
    }
    for (const id of [
      'dieu-1',
      'dieu-3',
      'muc-i',
      'muc-i-1',
      'muc-iii-2-1',
      'muc-iii-2-8',
      'muc-iv-2',
      'phu-luc',
    ]) {
      expect(root.getElementById(id), id).not.toBeNull();
    }
  });

  it('has a visible permalink for every section and paragraph', () => {
    const root = parse(html);
    const links = new Set(
      root.querySelectorAll('.plan-text a.permalink').map((a) => a.getAttribute('href')),
    );
    for (const section of parsePlanText(source)) {
      expect(links.has(`#${section.anchor}`), section.anchor).toBe(true);
      for (const p of section.paragraphs) expect(links.has(`#${p.anchor}`), p.anchor).toBe(true);
    }
  });

  it('links every table-of-contents entry to a section on the page', () => {
    const root = parse(html);
    const entries = root.querySelectorAll('nav.toc a');
    expect(entries.length).toBe(parsePlanText(source).length);
    for (const a of entries) {
      expect(root.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
    }
  });

  it('renders the appendix as a real table', () => {
    const root = parse(html);
    const row = root.querySelector('table.appendix-table tbody tr#phu-luc-p3');
    expect(row).not.toBeNull();
    expect(row!.querySelectorAll('td').map((td) => norm(td.textContent.replace('¶', '')))).toEqual([
      '',
      'Xây dựng các chuyên trang, chuyên mục để tuyên truyền Nghị quyết số 20-NQ/TW của BCH Trung ương Đảng khoá XIII, Kế hoạch số 52-KH/TU của Tỉnh uỷ về xây dựng và phát triển KTTT',
      'Liên minh HTX tỉnh',
    ]);
    expect(root.querySelectorAll('table.appendix-table thead th').length).toBe(3);
  });

  it('notes the 510/QĐ-UBND and 510/KH-UBND mismatch beside the text, not inside it', () => {
    const root = parse(html);
    const notes = root.querySelectorAll('aside.editorial-note').map((n) => n.textContent);
    expect(notes.some((n) => n.includes('510/QĐ-UBND') && n.includes('510/KH-UBND'))).toBe(true);
    expect(root.querySelector('#phu-luc-p2 .editorial-note')).toBeNull();
    expect(root.querySelector('#ke-hoach-p2')!.textContent).not.toContain('Ghi chú');
  });

  it('shows the metadata panel with the issue date as dd/mm/yyyy', () => {
    const panel = parse(html).querySelector('.plan-meta')!.textContent;
    expect(panel).toContain('510/QĐ-UBND');
    expect(panel).toContain('22/02/2023');
    expect(panel).toContain('Ủy ban nhân dân tỉnh Bình Định');
  });

  it('ships no client-side script', () => {
    expect(scriptsBesidesWorker(parse(html).querySelectorAll('script'))).toHaveLength(0);
  });
});

describe('the fixture plan', () => {
  it('renders from the fixture content with no change to the code', () => {
    const html = readPage('fixture', '/ke-hoach/12-kh-mau/');
    const source = readFileSync(`${fixtureContent}/plans/12-kh-mau/van-ban.txt`, 'utf8');
    const expected = contentLines(source).flatMap((l) =>
      l
        .split('\t')
        .map(norm)
        .filter((c) => c !== ''),
    );
    expect(renderedLines(planTextOf(html))).toEqual(expected);
    expect(parse(html).getElementById('muc-i-2-1')).not.toBeNull();
  });
});

/**
 * Every statement of fact carries its kind (the text, an inference, an outside fact), and pages
 * show it the same way: the real site read page by page, and three builds from a copy of the
 * fixtures with one kind taken away each, which must fail naming the file and the field.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { STATEMENT_KINDS } from '../../src/schemas/shared.ts';
import { listPages, readPage } from '../helpers/built-site.ts';
import { buildFixtureCopy } from '../helpers/build-with.ts';

const labels: string[] = Object.values(STATEMENT_KINDS);
const text = (el: HTMLElement | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The one label a provenance shows, in words, readable without colour or hover. */
function kindLabel(el: HTMLElement | null | undefined): string {
  const tag = el?.querySelector('.provenance > .tag');
  expect(tag?.getAttribute('aria-hidden') ?? null).toBeNull();
  return text(tag ?? null);
}

describe('the real site shows the kind of every statement of fact', () => {
  const pages = listPages('real');

  it('beside each document’s issuer, and names none the text does not give', () => {
    const docs = pages.filter((p) => /^\/van-ban\/[^/]+\/$/.test(p));
    expect(docs.length).toBeGreaterThan(20);
    let named = 0;
    for (const path of docs) {
      const html = parse(readPage('real', path));
      const dt = html.querySelectorAll('.doc-meta dt').find((d) => text(d) === 'Cơ quan ban hành');
      const dd = dt?.nextElementSibling;
      const ld = JSON.parse(
        html.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
      ) as Record<string, unknown>;
      if (text(dd ?? null) === 'Văn bản không ghi') {
        expect(ld, path).not.toHaveProperty('legislationPassedBy');
        continue;
      }
      named += 1;
      expect(labels, path).toContain(kindLabel(dd));
      expect(ld, path).toHaveProperty('legislationPassedBy');
    }
    expect(named).toBeGreaterThan(10);
    const luat = parse(readPage('real', '/van-ban/luat-hop-tac-xa/'));
    const dd = luat
      .querySelectorAll('.doc-meta dt')
      .find((d) => text(d) === 'Cơ quan ban hành')?.nextElementSibling;
    expect(text(dd ?? null)).toBe('Văn bản không ghi');
  });

  it('after each "Hỏi:" of what a policy page says the plan leaves open', () => {
    let asks = 0;
    for (const path of pages.filter((p) => /^\/chinh-sach\/[^/]+\/$/.test(p))) {
      for (const dd of parse(readPage('real', path)).querySelectorAll('.gaps dd')) {
        if (!text(dd).includes('Hỏi:')) continue;
        asks += 1;
        expect(labels, `${path}: ${text(dd).slice(0, 60)}`).toContain(kindLabel(dd));
      }
    }
    expect(asks).toBeGreaterThanOrEqual(16);
  });

  it('beside each task’s timeframe, with the reason when it is the editors’ reading', () => {
    const tasks = pages.filter((p) => /^\/nhiem-vu\/[a-z0-9-]+\/$/.test(p));
    let inferred = 0;
    for (const path of tasks) {
      const html = parse(readPage('real', path));
      const dt = html.querySelectorAll('dt').find((d) => text(d) === 'Thời hạn');
      if (!dt) continue;
      const dd = dt.nextElementSibling;
      const label = kindLabel(dd);
      expect(labels, path).toContain(label);
      if (label === STATEMENT_KINDS['suy-luan']) {
        inferred += 1;
        expect(text(dd?.querySelector('.provenance-detail') ?? null), path).toMatch(/^Vì sao: /);
      }
    }
    expect(inferred).toBeGreaterThan(5);
  });

  it('the same way for a glossary expansion', () => {
    const html = parse(readPage('real', '/thuat-ngu/'));
    const tht = html.querySelector('#tht');
    expect(kindLabel(tht)).toBe(STATEMENT_KINDS['suy-luan']);
    const basis = html.querySelectorAll('.basis');
    expect(basis.length).toBeGreaterThan(10);
    for (const b of basis) expect(labels).toContain(kindLabel(b));
  });
});

const work = mkdtempSync(join(tmpdir(), 'provenance-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a copy of the fixtures after `change` edited one file; never touches dist/. */
function buildWithout(name: string, file: string, change: (source: string) => string) {
  return buildFixtureCopy(join(work, name), (content) => {
    const path = join(content, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    // The edit must have happened, or the test would prove nothing.
    expect(after).not.toBe(before);
    writeFileSync(path, after);
  });
}

describe('the build refuses a statement with no kind', () => {
  it('an issuer without its provenance', () => {
    const built = buildWithout('issuer', 'documents/12-kh-mau.yaml', (s) =>
      s.replace(/^ {2}provenance:\n(?: {4}.*\n)+/m, ''),
    );
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('12-kh-mau');
    expect(built.output).toMatch(/issuer\W+provenance\W+chưa điền nguồn gốc thông tin/);
  });

  it('a referral without its provenance', () => {
    const built = buildWithout('ask', 'policies/nguon-nhan-luc.mdx', (s) =>
      s.replace(/^ {4}askProvenance:\n(?: {6}.*\n)+/m, ''),
    );
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('nguon-nhan-luc');
    expect(built.output).toMatch(/gaps, mục 1\W+askProvenance\W+có nơi hỏi \(ask\) thì phải có/);
  });

  it('a timeframe without its provenance', () => {
    const built = buildWithout('timeframe', 'tasks/phat-trien-hop-tac-xa.yaml', (s) =>
      s.replace(/^timeframeBasis:\n(?: {2}.*\n)+/m, ''),
    );
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('phat-trien-hop-tac-xa');
    expect(built.output).toMatch(/timeframeBasis\W+chưa điền nguồn gốc thông tin/);
  });
});

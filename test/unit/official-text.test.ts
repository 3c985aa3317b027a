import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { checkOfficialText, fingerprintOf } from '../../src/lib/official-text.ts';
import { mainPlanMeta, mainPlanText, realContent } from '../helpers/paths.ts';

const text = readFileSync(mainPlanText, 'utf8');
const official = {
  ...(
    parseYaml(readFileSync(mainPlanMeta, 'utf8')) as {
      official: { sha256: string; lines: string[]; source: string };
    }
  ).official,
};
const check = (copy: string) => checkOfficialText(copy, official, 'van-ban.txt', 'plan.yaml');
const lines = text.split('\n');
const withLine = (n: number, change: (line: string) => string) =>
  lines.map((l, i) => (i === n - 1 ? change(l) : l)).join('\n');

describe('the guard of the official text', () => {
  it('accepts the copy that is byte for byte the official text', () => {
    expect(check(text)).toEqual([]);
    expect(fingerprintOf(text).sha256).toBe(official.sha256);
  });

  it('names the line of one changed character and says the copy differs from the official text', () => {
    const [issue] = check(withLine(12, (l) => l.replace('a', 'ă')));
    expect(issue.file).toBe('van-ban.txt');
    expect(issue.field).toBe('dòng 12');
    expect(issue.message).toContain('bản sao này khác văn bản chính thức');
    expect(issue.message).toContain('dòng 12 khác bản gốc');
    expect(issue.message).toContain('plan.yaml');
  });

  it('names the column of a zero-width space', () => {
    const [issue] = check(withLine(5, (l) => `${l.slice(0, 9)}\u200B${l.slice(9)}`));
    expect(issue.field).toBe('dòng 5');
    expect(issue.message).toContain('cột 10 có dấu cách không độ rộng (U+200B)');
  });

  it('says a text in NFD has its marks stored apart from the letters, with the column', () => {
    const [issue] = check(text.normalize('NFD'));
    expect(issue.field).toBe('dòng 1');
    expect(issue.message).toMatch(
      /cột \d+ có dấu thanh hoặc dấu mũ viết tách khỏi chữ \(dạng NFD\)/,
    );
  });

  it('says which line of the official text was deleted', () => {
    const copy = lines.filter((_, i) => i !== 39).join('\n');
    const [issue] = check(copy);
    expect(issue.message).toContain('dòng 40 của bản gốc bị xoá khỏi bản sao');
  });

  it('names Windows line ends', () => {
    const [issue] = check(text.replace(/\n/g, '\r\n'));
    expect(issue.message).toContain('ký tự xuống dòng kiểu Windows');
  });
});

describe('npm run check:content and the official text', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'van-ban-'));
    cpSync(realContent, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails a changed copy, naming the text file and the line, not the files that quote it', () => {
    const file = join(dir, 'plans/510-qd-ubnd/van-ban.txt');
    writeFileSync(
      file,
      withLine(12, (l) => l.replace('a', 'ă')),
    );
    // Only the text is named: the glossary, targets and columns that quote it are not blamed.
    const { issues } = checkContent(join(dir));
    expect(issues).toHaveLength(1);
    expect(issues[0].file).toBe(`${dir}/plans/510-qd-ubnd/van-ban.txt`);
    expect(issues[0].field).toBe('dòng 12');
  });

  it('fails a plan whose metadata has no fingerprint', () => {
    const meta = join(dir, 'plans/510-qd-ubnd/plan.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^official:[\s\S]*$/m, ''));
    const issues = checkContent(dir).issues;
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: `${dir}/plans/510-qd-ubnd/plan.yaml`,
        field: 'Văn bản chính thức (official)',
        message: 'chưa điền (trường bắt buộc)',
      }),
    );
  });
});

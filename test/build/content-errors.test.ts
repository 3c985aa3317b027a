import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithMistake } from '../helpers/failing-build.ts';

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

/** The build refuses what check:content refuses (test/unit/strict-content.test.ts), in Vietnamese. */
describe('the build refuses broken content', () => {
  it('stops on a zero-width space in the plan text, naming the text file, the line and the column', () => {
    const { status, output } = buildWithMistake((content) =>
      edit(join(content, 'plans/12-kh-mau/van-ban.txt'), (t) =>
        t.replace('Căn cứ', 'Căn\u200B cứ'),
      ),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain('plans/12-kh-mau/van-ban.txt');
    expect(output).toContain('bản sao này khác văn bản chính thức');
    expect(output).toMatch(/dòng \d+ khác bản gốc: cột \d+ có dấu cách không độ rộng/);
  });

  it('stops on a misspelt field, with the field it was meant to be', () => {
    const { status, output } = buildWithMistake((content) =>
      edit(
        join(content, 'tasks/phat-trien-hop-tac-xa.yaml'),
        (t) => `${t}coLead: [ubnd-huyen-mau]\n`,
      ),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain('phat-trien-hop-tac-xa');
    expect(output).toContain('"coLead" (có phải ý bạn là "coLeads"?)');
  });

  it('stops on an unquoted impossible day instead of publishing another day', () => {
    const { status, output } = buildWithMistake((content) =>
      edit(join(content, 'columns/tuyen-truyen-ve-hop-tac-xa-mau.mdx'), (t) =>
        t.replace('publishDate: 2024-03-10', 'publishDate: 2025-13-45'),
      ),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain('tuyen-truyen-ve-hop-tac-xa-mau');
    expect(output).toContain('ngày không có thật');
  });

  it('stops on a file it would publish under a name with diacritics, and on one it would skip', () => {
    const { status, output } = buildWithMistake((content) => {
      const task = readFileSync(join(content, 'tasks/phat-trien-hop-tac-xa.yaml'), 'utf8');
      writeFileSync(join(content, 'tasks/nhiệm-vụ.yaml'), task);
      writeFileSync(join(content, 'tasks/bao-cao.yml'), task);
    });
    expect(status, output).not.toBe(0);
    expect(output).toContain('tasks/nhiệm-vụ.yaml');
    expect(output).toContain('hãy đổi thành "nhiem-vu.yaml"');
    expect(output).toContain('tasks/bao-cao.yml');
    expect(output).toContain('chỉ nhận tệp có đuôi .yaml');
  });

  it('stops on a broken link and a wrong <PlanQuote> in the text, naming the file and the line', () => {
    const { status, output } = buildWithMistake((content) => {
      edit(
        join(content, 'columns/tuyen-truyen-ve-hop-tac-xa-mau.mdx'),
        (t) => `${t}\nXem [cơ quan](/co-quan/khong-co/).\n`,
      );
      edit(
        join(content, 'policies/nguon-nhan-luc.mdx'),
        (t) => `${t}\n<PlanQuote cite="12-kh-mau#dieu-9-p1" />\n`,
      );
    });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(
      /columns\/tuyen-truyen-ve-hop-tac-xa-mau\.mdx:\n\s+- trường "nội dung, dòng \d+": liên kết "\/co-quan\/khong-co\/" hỏng/,
    );
    expect(output).toMatch(
      /policies\/nguon-nhan-luc\.mdx:\n\s+- trường "nội dung, dòng \d+": trích dẫn kế hoạch "12-kh-mau" không có/,
    );
  });

  it('words an MDX syntax error in Vietnamese, with its line', () => {
    const { status, output } = buildWithMistake((content) =>
      edit(
        join(content, 'columns/tuyen-truyen-ve-hop-tac-xa-mau.mdx'),
        (t) => `${t}\nMột thẻ <PlanQuote cite="x" sai\n`,
      ),
    );
    expect(status, output).not.toBe(0);
    expect(output).toMatch(
      /tuyen-truyen-ve-hop-tac-xa-mau\.mdx:\n\s+- trường "nội dung, dòng \d+": không đọc được bài viết/,
    );
  });

  it('words a YAML syntax error in Vietnamese, with its line', () => {
    let line = 0;
    const { status, output } = buildWithMistake((content) =>
      edit(join(content, 'tasks/phat-trien-hop-tac-xa.yaml'), (t) => {
        // The bad line goes right after the file's last line, whatever its length.
        line = t.split('\n').length;
        return `${t}x: y: z\n`;
      }),
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain(`không đọc được phần khai báo (YAML) ở dòng ${line}`);
  });
});

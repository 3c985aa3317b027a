import { describe, expect, it } from 'vitest';
// Not among Astro's exports: imported by path so the test reads the dev server's real wording.
import { InvalidContentEntryDataError } from '../../node_modules/astro/dist/core/errors/errors-data.js';
import {
  ContentError,
  didYouMean,
  fieldWords,
  formatContentIssues,
  issuesFromSchemaReport,
} from '../../src/lib/content-errors.ts';
import { columnSchema } from '../../src/schemas/column.ts';
import { withVietnameseErrors } from '../../src/lib/zod-vietnamese.ts';

describe('content error messages', () => {
  it('says "mục" counted from one for a list item, never "dòng"', () => {
    expect(fieldWords('coordinators[1]')).toBe('coordinators, mục 2');
    expect(fieldWords('aliases[0].within[2]')).toBe('aliases, mục 1 › within, mục 3');
    expect(fieldWords('nội dung, dòng 12')).toBe('nội dung, dòng 12');
    expect(
      formatContentIssues([
        {
          file: 'content/tasks/x.yaml',
          field: 'groups[0]',
          message: 'không có cơ quan nào mã "a"',
        },
      ]),
    ).toContain('  - trường "groups, mục 1": không có cơ quan nào mã "a"');
  });

  it('suggests the known id a typo away, and nothing when none is close', () => {
    const known = ['so-tai-chinh', 'so-noi-vu', 'ubnd-tinh'];
    expect(didYouMean('so-tai-chin', known)).toBe(' (có phải ý bạn là "so-tai-chinh"?)');
    expect(didYouMean('so-xay-dung', known)).toBe('');
  });

  it('throws in dev a Vietnamese message naming the file and the field, without our stack', () => {
    const error = new ContentError([
      { file: 'content/tasks/x.yaml', field: 'lead', message: 'không có cơ quan nào mã "so-x"' },
    ]);
    expect(error.message).toContain('Tệp content/tasks/x.yaml:');
    expect(error.message).toContain('trường "lead": không có cơ quan nào mã "so-x"');
    expect(error.name).toBe('Lỗi nội dung');
    expect(error.stack).toBe(`Lỗi nội dung: ${error.message}`);
    expect(error.stack).not.toMatch(/\n\s+at /);
  });

  it("turns Astro's English report of a schema error into the file and field in Vietnamese", () => {
    const parsed = withVietnameseErrors(columnSchema).safeParse({
      title: 'Tiêu đề',
      sapo: 'Sapo.',
      publishDate: '2024-01-10',
      author: 'Tác giả',
      series: 'Hỏi – đáp',
      tags: ['hợp tác xã', 5],
    });
    expect(parsed.success).toBe(false);
    const report = InvalidContentEntryDataError.message('columns', 'bai-moi', parsed.error!);
    const issues = issuesFromSchemaReport('content/columns/bai-moi.mdx', report);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/columns/bai-moi.mdx', field: 'tags[1]' });
    expect(formatContentIssues(issues)).toContain('trường "tags, mục 2": ');
    expect(issuesFromSchemaReport('x.mdx', 'Some other error')).toEqual([]);
  });
});

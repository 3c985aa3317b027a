import { describe, expect, it } from 'vitest';
import {
  blankFrontmatter,
  checkContentSource,
  COLUMN_COMPONENTS,
  findUnsafeHtml,
  isDangerousUrl,
  parseContent,
  planQuoteCites,
  remarkContentSafety,
} from '../../src/lib/content-safety.ts';

const columnRules = { allowedComponents: Object.keys(COLUMN_COMPONENTS) };
const frontmatter = '---\ntitle: Bài thử\n---\n';

function problems(file: string, body: string) {
  return checkContentSource(file, frontmatter + body, columnRules);
}

describe('raw HTML in a Markdown column', () => {
  it('refuses a script tag and names the line it is on', () => {
    const issues = problems('content/columns/a.md', '\nĐoạn một.\n\n<script>alert(1)</script>\n');
    expect(issues).toEqual([
      {
        file: 'content/columns/a.md',
        field: 'nội dung, dòng 7',
        message: 'không được dùng thẻ <script> (mã chạy trên trang)',
      },
    ]);
  });

  it('refuses a script tag written inline, in capitals or with attributes', () => {
    expect(problems('a.md', 'Chữ <SCRIPT src="x.js"></SCRIPT> chữ.\n')).toHaveLength(1);
    expect(problems('a.md', 'Chữ <script\ntype="module">x</script>\n').length).toBeGreaterThan(0);
  });

  it('refuses event-handler attributes on any element', () => {
    const issues = problems(
      'a.md',
      '<img src="/a.png" alt="" onerror="alert(1)">\n\n<div OnClick=\'x()\'>a</div>\n',
    );
    expect(issues.map((i) => i.message)).toEqual([
      'không được dùng thuộc tính "onerror" (mã chạy khi người đọc thao tác)',
      'không được dùng thuộc tính "OnClick" (mã chạy khi người đọc thao tác)',
    ]);
  });

  it('refuses iframes, frames and embedded objects', () => {
    const issues = problems(
      'a.md',
      '<iframe src="https://example.com"></iframe>\n\n<object data="x"></object>\n',
    );
    expect(issues.map((i) => i.message)).toEqual([
      'không được dùng thẻ <iframe> (nhúng trang khác)',
      'không được dùng thẻ <object> (nhúng chương trình)',
    ]);
  });

  it('refuses javascript: links in Markdown and in HTML, however they are disguised', () => {
    const body = [
      '[bấm](javascript:alert(1))',
      '',
      '[ref]: JavaScript:alert(1)',
      '',
      '<a href="jav&#x61;script:alert(1)">a</a>',
      '',
      '<a href=" java\tscript:alert(1)">b</a>',
      '',
    ].join('\n');
    expect(problems('a.md', body)).toHaveLength(4);
  });

  it('lets plain formatting, ordinary links and code samples through', () => {
    const body = [
      'Chữ **đậm**, <abbr title="Hợp tác xã">HTX</abbr> và <sup>1</sup>; bàn về on=off.',
      '',
      '[Kế hoạch](/ke-hoach/510-qd-ubnd/#muc-iii-2-4-p2) và [email](mailto:a@b.vn)',
      '',
      'Mã mẫu: `<script>` trong dòng.',
      '',
      '```html',
      '<script>alert(1)</script>',
      '```',
      '',
    ].join('\n');
    expect(problems('a.md', body)).toEqual([]);
  });
});

describe('MDX columns', () => {
  it('allow the plan quote component with a plain cite', () => {
    expect(problems('a.mdx', '\n<PlanQuote cite="510-qd-ubnd#muc-iii-2-4-p2" />\n')).toEqual([]);
  });

  it('refuse any other component, naming the ones allowed', () => {
    const issues = problems('content/columns/a.mdx', '\n<Chart data="x" />\n');
    expect(issues).toEqual([
      {
        file: 'content/columns/a.mdx',
        field: 'nội dung, dòng 5',
        message: 'không được dùng thành phần <Chart>; bài viết chỉ được dùng <PlanQuote>',
      },
    ]);
  });

  it('refuse import and export statements', () => {
    const issues = problems('a.mdx', '\nimport X from "../../src/components/x.astro";\n\n<X />\n');
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('không được viết "import" hay "export"'),
      expect.stringContaining('không được dùng thành phần <X>'),
    ]);
  });

  it('refuse script elements, event handlers and javascript: addresses written as JSX', () => {
    const body =
      '\n<script>{"alert(1)"}</script>\n\n<a href="javascript:alert(1)" onClick="x()">a</a>\n';
    const messages = problems('a.mdx', body).map((i) => i.message);
    expect(messages).toContain('không được dùng thẻ <script> (mã chạy trên trang)');
    expect(messages).toContain(
      'không được dùng thuộc tính "onClick" (mã chạy khi người đọc thao tác)',
    );
    expect(messages).toContain('không được dùng địa chỉ "javascript:alert(1)" (liên kết chạy mã)');
  });

  it('refuse code in braces but allow comments', () => {
    expect(problems('a.mdx', '\n{/* ghi chú cho người biên tập */}\n\nChữ.\n')).toEqual([]);
    expect(problems('a.mdx', '\nKết quả: {1 + 1}\n')[0]?.message).toContain(
      'không được viết mã trong dấu ngoặc nhọn',
    );
    expect(problems('a.mdx', '\n<PlanQuote cite={"510-qd-ubnd#muc-i"} />\n')[0]?.message).toContain(
      'phải là chữ trong dấu nháy kép',
    );
  });

  it('explain a syntax error in words an editor can act on', () => {
    const issues = problems('a.mdx', '\nTỷ lệ {chưa đóng\n');
    expect(issues[0].message).toContain('không đọc được bài viết');
    expect(issues[0].message).toContain('\\{');
  });

  it('leave components unchecked outside the columns, but never script', () => {
    const other = { allowedComponents: null };
    expect(checkContentSource('content/policies/a.mdx', '<Callout />\n', other)).toEqual([]);
    expect(
      checkContentSource('content/policies/a.mdx', '<script>{"x"}</script>\n', other),
    ).not.toEqual([]);
  });
});

describe('helpers', () => {
  it('recognise dangerous addresses and leave others alone', () => {
    for (const url of [
      'javascript:x',
      ' JAVASCRIPT:x',
      'java&#10;script:x',
      'vbscript:x',
      'data:text/html,<b>',
    ]) {
      expect(isDangerousUrl(url), url).toBe(true);
    }
    for (const url of [
      '/chuyen-muc/',
      'https://example.com/javascript:x',
      'mailto:a@b.vn',
      '#muc-i',
    ]) {
      expect(isDangerousUrl(url), url).toBe(false);
    }
  });

  it('find nothing unsafe in harmless HTML', () => {
    expect(findUnsafeHtml('<p class="x">Chữ <em>nghiêng</em></p>')).toEqual([]);
  });

  it('keep line numbers when removing the frontmatter', () => {
    const source = '---\ntitle: A\ndraft: true\n---\nDòng năm\n';
    expect(blankFrontmatter(source)).toBe('\n\n\n\nDòng năm\n');
  });

  it('list the cites of every plan quote', () => {
    const tree = parseContent(
      '<PlanQuote cite="510-qd-ubnd#muc-i-1-p1" />\n\n<PlanQuote />\n',
      true,
    );
    expect(planQuoteCites(tree)).toEqual([
      { cite: '510-qd-ubnd#muc-i-1-p1', line: 1 },
      { cite: null, line: 3 },
    ]);
  });
});

describe('the remark plugin the build runs', () => {
  const plugin = remarkContentSafety({ contentDir: './content', root: '/site' })();

  it('fails on a column with a script, naming the file relative to the project', () => {
    const tree = parseContent('<script>{"x"}</script>\n', true);
    expect(() => plugin(tree, { path: '/site/content/columns/bai.mdx' })).toThrow(
      /Tệp content\/columns\/bai\.mdx:\n {2}- nội dung, dòng 1: không được dùng thẻ <script>/,
    );
  });

  it('applies the component whitelist to columns only', () => {
    const tree = parseContent('<Other />\n', true);
    expect(() => plugin(tree, { path: '/site/content/columns/bai.mdx' })).toThrow(/<Other>/);
    expect(() => plugin(tree, { path: '/site/content/policies/bai.mdx' })).not.toThrow();
  });

  it('ignores files outside the content folder', () => {
    const tree = parseContent('<script>{"x"}</script>\n', true);
    expect(() => plugin(tree, { path: '/site/src/pages/trang.mdx' })).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkColumns,
  columnPageView,
  columnSlug,
  columnsAbout,
  groupBySeries,
  groupByTag,
  misindentedListItems,
  MAX_SLUG_LENGTH,
  paginate,
  publicationState,
  relationHref,
  seriesHref,
  tagHref,
  visibleColumns,
  type Column,
} from '../../src/lib/columns.ts';
import { columnSchema } from '../../src/schemas/column.ts';
import { fieldLabel } from '../../src/lib/zod-vietnamese.ts';
import { listPageHref } from '../../src/lib/routes.ts';

function column(id: string, overrides: Partial<Column> = {}): Column {
  return {
    id,
    title: `Bài ${id}`,
    sapo: 'Sapo.',
    publishDate: new Date('2024-01-10T00:00:00Z'),
    author: 'Liên minh Hợp tác xã tỉnh',
    series: 'Hỏi – đáp chính sách',
    tags: [],
    policies: [],
    tasks: [],
    agencies: [],
    documents: [],
    draft: false,
    ...overrides,
  };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the slug of a new column', () => {
  it('folds Vietnamese letters, đ included, and joins words with hyphens', () => {
    expect(columnSlug('Đẩy mạnh phát triển kinh tế tập thể')).toBe(
      'day-manh-phat-trien-kinh-te-tap-the',
    );
    expect(columnSlug('Tín dụng cho HTX: vay vốn ưu đãi?')).toBe('tin-dung-cho-htx-vay-von-uu-dai');
  });

  it('drops punctuation at both ends and collapses runs of separators', () => {
    expect(columnSlug('  «Hỏi – đáp» về đất đai!  ')).toBe('hoi-dap-ve-dat-dai');
  });

  it('keeps figures as written', () => {
    expect(columnSlug('Nghị quyết 20-NQ/TW và Kế hoạch 52-KH/TU')).toBe(
      'nghi-quyet-20-nq-tw-va-ke-hoach-52-kh-tu',
    );
  });

  it('cuts a long title at a word boundary, never in the middle of a word', () => {
    const title =
      'Quán triệt, triển khai và cụ thể những nội dung Kế hoạch số 52-KH/TU của Tỉnh uỷ về thực hiện Nghị quyết số 20-NQ/TW';
    const full =
      'quan-triet-trien-khai-va-cu-the-nhung-noi-dung-ke-hoach-so-52-kh-tu-cua-tinh-uy-ve-thuc-hien-nghi-quyet-so-20-nq-tw';
    const slug = columnSlug(title);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe(
      'quan-triet-trien-khai-va-cu-the-nhung-noi-dung-ke-hoach-so-52-kh-tu-cua-tinh-uy',
    );
    expect(full.startsWith(`${slug}-`)).toBe(true);
  });

  it('returns an empty slug for a title with no letter or digit, so the caller can refuse it', () => {
    expect(columnSlug('!!! ???')).toBe('');
  });
});

describe('when a column is public', () => {
  const now = new Date('2025-03-14T18:00:00Z'); // 15/03/2025, 01:00 in Vietnam

  it('keeps a draft unpublished whatever its date', () => {
    expect(
      publicationState(column('a', { draft: true, publishDate: day('2020-01-01') }), now),
    ).toBe('draft');
  });

  it('publishes a column on its day in Vietnam time, even before that day has begun in UTC', () => {
    expect(publicationState(column('a', { publishDate: day('2025-03-15') }), now)).toBe(
      'published',
    );
  });

  it('holds back a column dated after today as scheduled', () => {
    expect(publicationState(column('a', { publishDate: day('2025-03-16') }), now)).toBe(
      'scheduled',
    );
  });

  it('shows only published columns in a production build, newest first', () => {
    const columns = [
      column('cu', { publishDate: day('2024-01-01') }),
      column('nhap', { draft: true }),
      column('hen', { publishDate: day('2099-01-01') }),
      column('moi', { publishDate: day('2025-02-01') }),
    ];
    const shown = visibleColumns(columns, { includeUnpublished: false, now });
    expect(shown.map((c) => c.id)).toEqual(['moi', 'cu']);
  });

  it('shows drafts and scheduled columns too on the development server', () => {
    const columns = [
      column('nhap', { draft: true }),
      column('hen', { publishDate: day('2099-01-01') }),
    ];
    const shown = visibleColumns(columns, { includeUnpublished: true, now });
    expect(shown.map((c) => c.id)).toEqual(['hen', 'nhap']);
  });
});

describe('the list pages', () => {
  it('splits 23 columns into pages of 10, 10 and 3 with links between them', () => {
    const pages = paginate(
      Array.from({ length: 23 }, (_, i) => i),
      10,
    );
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages[0]).toMatchObject({
      number: 1,
      total: 3,
      href: '/chuyen-muc/',
      prevHref: null,
      nextHref: '/chuyen-muc/trang/2/',
    });
    expect(pages[2]).toMatchObject({
      href: '/chuyen-muc/trang/3/',
      prevHref: '/chuyen-muc/trang/2/',
      nextHref: null,
    });
    expect(listPageHref(1)).toBe('/chuyen-muc/');
  });

  it('has one empty page when there is no column yet', () => {
    const pages = paginate([], 10);
    expect(pages).toHaveLength(1);
    expect(pages[0].items).toEqual([]);
  });

  it('groups columns by series and by tag, in Vietnamese order, newest first inside', () => {
    const columns = [
      column('a', { series: 'Tín dụng', tags: ['Vay vốn', 'HTX'], publishDate: day('2024-01-01') }),
      column('b', { series: 'Đất đai', tags: ['HTX'], publishDate: day('2024-02-01') }),
      column('c', { series: 'Tín dụng', tags: [], publishDate: day('2024-03-01') }),
    ];
    const series = groupBySeries(columns);
    expect(series.map((s) => s.name)).toEqual(['Đất đai', 'Tín dụng']);
    expect(series[1].columns.map((c) => c.id)).toEqual(['c', 'a']);
    expect(series[1].href).toBe('/chuyen-muc/muc/tin-dung/');
    const tags = groupByTag(columns);
    expect(tags.map((t) => t.name)).toEqual(['HTX', 'Vay vốn']);
    expect(tags[0].columns.map((c) => c.id)).toEqual(['b', 'a']);
    expect(tagHref('Vay vốn')).toBe('/chuyen-muc/the/vay-von/');
    expect(seriesHref('Hỏi – đáp chính sách')).toBe('/chuyen-muc/muc/hoi-dap-chinh-sach/');
  });
});

describe('links between columns and the rest of the site', () => {
  const columns = [
    column('tin-dung-htx', {
      policies: ['tin-dung'],
      agencies: ['lien-minh-htx-tinh'],
      publishDate: day('2024-01-01'),
    }),
    column('dat-dai-htx', {
      policies: ['dat-dai'],
      documents: ['20-nq-tw'],
      publishDate: day('2024-05-01'),
    }),
    column('tong-quan', {
      policies: ['tin-dung', 'dat-dai'],
      tasks: ['xay-dung-chuyen-trang'],
      publishDate: day('2024-03-01'),
    }),
  ];

  it('finds the columns about a policy, newest first', () => {
    expect(columnsAbout('policy', 'tin-dung', columns).map((c) => c.id)).toEqual([
      'tong-quan',
      'tin-dung-htx',
    ]);
  });

  it('finds the columns about an agency, a task and a document', () => {
    expect(columnsAbout('agency', 'lien-minh-htx-tinh', columns).map((c) => c.id)).toEqual([
      'tin-dung-htx',
    ]);
    expect(columnsAbout('task', 'xay-dung-chuyen-trang', columns).map((c) => c.id)).toEqual([
      'tong-quan',
    ]);
    expect(columnsAbout('document', '20-nq-tw', columns).map((c) => c.id)).toEqual(['dat-dai-htx']);
    expect(columnsAbout('document', 'khong-co', columns)).toEqual([]);
  });

  it('links each kind to its own section of the site', () => {
    expect(relationHref('policy', 'tin-dung')).toBe('/chinh-sach/tin-dung/');
    expect(relationHref('task', 'x')).toBe('/nhiem-vu/x/');
    expect(relationHref('agency', 'ubnd-tinh')).toBe('/co-quan/ubnd-tinh/');
    expect(relationHref('document', '20-nq-tw')).toBe('/van-ban/20-nq-tw/');
  });
});

describe('checks across column files', () => {
  const context = {
    fileOf: (id: string) => `content/columns/${id}.mdx`,
    known: { policy: new Set(['tin-dung']), agency: new Set(['ubnd-tinh']) },
    publicFileExists: (path: string) => path === '/images/co-that.svg',
  };

  it('names the file and the field of a reference to an entry that does not exist', () => {
    const issues = checkColumns(
      [column('bai-mot', { policies: ['tin-dung', 'tin-dungg'] })],
      context,
    );
    expect(issues).toEqual([
      {
        file: 'content/columns/bai-mot.mdx',
        field: 'Chính sách liên quan (policies), mục 2',
        message: 'không có chính sách nào có mã "tin-dungg" (có phải ý bạn là "tin-dung"?)',
      },
    ]);
  });

  it('suggests no id when none is close to the wrong one', () => {
    const issues = checkColumns([column('bai-mot', { agencies: ['so-noi-vu'] })], context);
    expect(issues).toEqual([
      {
        file: 'content/columns/bai-mot.mdx',
        field: 'Cơ quan liên quan (agencies), mục 1',
        message: 'không có cơ quan nào có mã "so-noi-vu"',
      },
    ]);
  });

  it('leaves references unchecked for a collection the site does not have yet', () => {
    expect(checkColumns([column('a', { tasks: ['chua-co-danh-sach'] })], context)).toEqual([]);
  });

  it('refuses a file name that would hide a list page', () => {
    const issues = checkColumns([column('trang')], context);
    expect(issues[0]).toMatchObject({ file: 'content/columns/trang.mdx', field: 'tên tệp' });
  });

  it('reports a cover image that is not in public/', () => {
    const issues = checkColumns(
      [column('a', { cover: { src: '/images/khong-co.svg', alt: 'Ảnh' } })],
      context,
    );
    expect(issues[0]).toMatchObject({ field: 'Đường dẫn ảnh bìa (cover.src)' });
    expect(
      checkColumns([column('b', { cover: { src: '/images/co-that.svg', alt: 'Ảnh' } })], context),
    ).toEqual([]);
  });

  it('reports two spellings of one series, which would split it into two pages', () => {
    const issues = checkColumns(
      [
        column('a', { series: 'Hỏi – đáp chính sách' }),
        column('b', { series: 'Hỏi đáp chính sách' }),
      ],
      context,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'content/columns/b.mdx',
      field: 'Chuyên mục (series)',
    });
  });

  it('blames the new column, not the two old ones, for a series spelt another way', () => {
    // The new file sorts first, so the loader reads it before the two columns already published.
    const issues = checkColumns(
      [
        column('a-bai-moi', { series: 'Hỏi đáp chính sách' }),
        column('b-bai-cu', { series: 'Hỏi – đáp chính sách' }),
        column('c-bai-cu', { series: 'Hỏi – đáp chính sách' }),
      ],
      context,
    );
    expect(issues).toEqual([
      {
        file: 'content/columns/a-bai-moi.mdx',
        field: 'Chuyên mục (series)',
        message:
          'chuyên mục "Hỏi đáp chính sách" khác cách viết của 2 bài khác (có phải ý bạn là "Hỏi – đáp chính sách"?); hãy viết đúng như vậy để các bài vào cùng một chuyên mục',
      },
    ]);
  });

  it('names a one-column series a typo away from an existing series', () => {
    const issues = checkColumns(
      [
        column('a-bai-moi', { series: 'Hỏi – đáp chính sác' }),
        column('b-bai-cu', { series: 'Hỏi – đáp chính sách' }),
        column('c-bai-cu', { series: 'Hỏi – đáp chính sách' }),
        column('d-bai-cu', { series: 'Gương điển hình' }),
      ],
      context,
    );
    expect(issues.map((i) => [i.file, i.message.match(/ý bạn là "([^"]+)"/)?.[1]])).toEqual([
      ['content/columns/a-bai-moi.mdx', 'Hỏi – đáp chính sách'],
    ]);
  });
});

describe('mis-indented list items', () => {
  const fields = { tags: 'Từ khoá (tags)' };

  it('names each line indented unlike the items above, only in the lists asked for', () => {
    const source = [
      '---',
      'tags:',
      '- hợp tác xã',
      ' - tín dụng',
      '- đất đai',
      'agencies:',
      '  - a',
      '    - b',
      '---',
      '  - not frontmatter',
    ].join('\n');
    expect(misindentedListItems('x.mdx', source, fields).map((i) => i.field)).toEqual([
      'Từ khoá (tags), dòng 4',
    ]);
  });

  it('accepts lists indented alike, and item text that goes on to a second line', () => {
    const source = '---\ntags:\n  - hợp tác xã\n    kiểu mới\n  - đất đai\n---\n';
    expect(misindentedListItems('x.mdx', source, fields)).toEqual([]);
  });
});

describe('the column schema', () => {
  const valid = {
    title: 'Tiêu đề',
    sapo: 'Sapo.',
    publishDate: '2024-01-10',
    author: 'Liên minh Hợp tác xã tỉnh',
    series: 'Hỏi – đáp chính sách',
  };

  it('accepts a minimal column and fills in the defaults', () => {
    const parsed = columnSchema.parse(valid);
    expect(parsed).toMatchObject({
      draft: false,
      tags: [],
      policies: [],
      tasks: [],
      agencies: [],
      documents: [],
    });
    expect(parsed.publishDate.toISOString()).toBe('2024-01-10T00:00:00.000Z');
  });

  it('reports a missing title on the field "title" in Vietnamese', () => {
    const { title: _omitted, ...rest } = valid;
    const result = columnSchema.safeParse(rest);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0];
    expect(issue.path).toEqual(['title']);
    expect(issue.message).toContain('tiêu đề');
    expect(fieldLabel(issue.path, columnSchema)).toBe('Tiêu đề (title)');
  });

  it('requires alt text on a cover image', () => {
    const result = columnSchema.safeParse({ ...valid, cover: { src: '/images/bia.svg' } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['cover.alt']);
    const blank = columnSchema.safeParse({
      ...valid,
      cover: { src: '/images/bia.svg', alt: '  ' },
    });
    expect(blank.success).toBe(false);
  });

  it('refuses a cover that is not an image under public/', () => {
    for (const src of [
      'javascript:alert(1)',
      'https://example.com/a.png',
      '/../secret.png',
      'images/a.png',
    ]) {
      expect(columnSchema.safeParse({ ...valid, cover: { src, alt: 'Ảnh' } }).success, src).toBe(
        false,
      );
    }
  });

  it('refuses an update dated before publication, and a misspelt field name', () => {
    expect(
      columnSchema.safeParse({ ...valid, updatedDate: '2024-01-09' }).error?.issues[0]?.path,
    ).toEqual(['updatedDate']);
    const typo = columnSchema.safeParse({ ...valid, tittle: 'x' });
    expect(typo.error?.issues[0]?.message).toContain('"tittle"');
  });
});

describe('the view of a column page', () => {
  const about = column('bai', {
    policies: ['tin-dung'],
    tasks: ['hoi-nghi', 'khong-co'],
    documents: ['20-nq-tw'],
    cover: { src: '/images/chuyen-muc/bia.png', alt: 'Bìa' },
  });
  const entries = {
    policy: [{ id: 'tin-dung', title: 'Chính sách tín dụng', name: 'Tín dụng' }],
    task: [{ id: 'hoi-nghi', title: 'Tổ chức hội nghị đối thoại' }],
  };

  it('groups what the column is about by kind, each entry linked by its name', () => {
    const view = columnPageView(about, entries, day('2024-02-01'));
    expect(view.related).toEqual([
      {
        kind: 'policy',
        heading: 'Chính sách',
        links: [{ href: '/chinh-sach/tin-dung/', label: 'Tín dụng' }],
      },
      {
        kind: 'task',
        heading: 'Nhiệm vụ',
        links: [
          { href: '/nhiem-vu/hoi-nghi/', label: 'Tổ chức hội nghị đối thoại' },
          { href: '/nhiem-vu/khong-co/', label: 'khong-co' },
        ],
      },
      // A collection the site does not pass (documents here) still links, by id.
      {
        kind: 'document',
        heading: 'Văn bản',
        links: [{ href: '/van-ban/20-nq-tw/', label: '20-nq-tw' }],
      },
    ]);
  });

  it('says whether it is published as of the day given', () => {
    expect(columnPageView(about, entries, day('2024-02-01'))).toMatchObject({
      state: 'published',
      published: true,
    });
    expect(columnPageView(about, entries, day('2024-01-01'))).toMatchObject({
      state: 'scheduled',
      published: false,
    });
  });

  it('shares a raster cover as the link preview, never a vector one', () => {
    expect(columnPageView(about, entries).ogImage).toEqual({
      src: '/images/chuyen-muc/bia.png',
      alt: 'Bìa',
    });
    const vector = column('svg', { cover: { src: '/images/chuyen-muc/bia.svg', alt: 'Bìa' } });
    expect(columnPageView(vector, {}).ogImage).toBeUndefined();
  });
});

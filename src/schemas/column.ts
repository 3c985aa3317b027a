import { z } from 'astro/zod';
import { dayDateSchema, unknownFieldsMessage } from './shared.ts';

/**
 * A propaganda column ("chuyên trang, chuyên mục", Phụ lục of the plan): one Markdown or MDX file
 * under `content/columns/<id>.md|mdx`, written by communications staff. The file name is the id and
 * the address (`/chuyen-muc/<id>/`). Every message below is read by an editor, not a developer.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text an editor must fill in; `what` names it in the message. */
const requiredText = (what: string) =>
  z
    .string({ error: `chưa điền ${what}, hoặc điền không phải là chữ` })
    .trim()
    .min(1, `${what} đang để trống`);

/** Ids of entries in another collection (`content/<collection>/<id>.*`). */
const ids = (collection: string) =>
  z
    .array(
      z
        .string({ error: `mỗi mục phải là mã của một ${collection}` })
        .regex(
          ID,
          `mã ${collection} chỉ gồm chữ thường không dấu, số và dấu "-", ví dụ "tin-dung"`,
        ),
      { error: `phải là một danh sách, mỗi dòng bắt đầu bằng "- "` },
    )
    .default([]);

/** A cover image stored under `public/`, with the words that replace it for blind readers. */
export const coverSchema = z.strictObject(
  {
    /** Path under `public/`, starting with "/": "/images/chuyen-muc/bia-ke-hoach-510.svg". */
    src: z
      .string({ error: 'chưa điền đường dẫn ảnh bìa' })
      .regex(
        /^\/[A-Za-z0-9/_.-]+\.(?:svg|png|jpe?g|webp|avif)$/,
        'đường dẫn ảnh phải bắt đầu bằng "/" và trỏ tới tệp .svg, .png, .jpg, .webp hoặc .avif trong thư mục public/, ví dụ "/images/chuyen-muc/bia.svg"',
      )
      .refine((src) => !src.includes('..'), 'đường dẫn ảnh không được chứa ".."')
      .meta({
        title: 'Đường dẫn ảnh bìa',
        description:
          'Đường dẫn trong thư mục public/, bắt đầu bằng "/", ví dụ "/images/chuyen-muc/bia.svg".',
      }),
    /** Required: what the image shows, read aloud by screen readers (WCAG 1.1.1). */
    alt: requiredText('lời mô tả ảnh bìa (alt)').meta({
      title: 'Mô tả ảnh bìa cho người không xem được ảnh',
      description: 'Ảnh cho thấy gì, để trình đọc màn hình đọc lên (bắt buộc).',
    }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `ảnh bìa có trường lạ ${issue.keys.map((k) => `"${k}"`).join(', ')}: chỉ được có "src:" và "alt:"`
        : 'ảnh bìa phải gồm hai dòng "src:" (đường dẫn) và "alt:" (lời mô tả ảnh)',
  },
);

/** A column's fields; their keys also feed the "did you mean" hint of a misspelt one. */
const columnFields = {
  /** Headline as readers see it. */
  title: requiredText('tiêu đề')
    .refine((t) => t.length <= 200, 'tiêu đề dài quá 200 ký tự, hãy rút gọn')
    .meta({
      title: 'Tiêu đề',
      description: 'Tiêu đề bài như người đọc thấy, tối đa 200 ký tự.',
    }),
  /** The lead paragraph ("sapo"): shown in lists, the feed and link previews. Plain text. */
  sapo: requiredText('sapo (đoạn mở đầu)')
    .refine((t) => t.length <= 600, 'sapo dài quá 600 ký tự, hãy rút gọn thành hai, ba câu')
    .meta({
      title: 'Sapo – đoạn mở đầu',
      description:
        'Đoạn mở đầu hiện trong danh sách, nguồn tin và khi chia sẻ liên kết; chữ thường, tối đa 600 ký tự.',
    }),
  /** Day of publication (yyyy-mm-dd). A day in the future keeps the column off the site until then. */
  publishDate: dayDateSchema.meta({
    title: 'Ngày đăng',
    description: 'Ngày đăng (năm-tháng-ngày); ngày trong tương lai giữ bài lại tới ngày đó.',
  }),
  /** Day of the last real change (yyyy-mm-dd); none by default. */
  updatedDate: dayDateSchema.optional().meta({
    title: 'Ngày cập nhật',
    description: 'Ngày sửa nội dung lần cuối (năm-tháng-ngày), nếu có.',
  }),
  /** The writer or the unit that signs the column: "Liên minh Hợp tác xã tỉnh". */
  author: requiredText('tác giả hoặc đơn vị').meta({
    title: 'Tác giả hoặc đơn vị',
    description: 'Người viết hoặc đơn vị ký bài, ví dụ "Liên minh Hợp tác xã tỉnh".',
  }),
  /** The column series ("chuyên mục") it belongs to, as readers see it: "Hỏi – đáp chính sách". */
  series: requiredText('tên chuyên mục').meta({
    title: 'Chuyên mục',
    description: 'Chuyên mục của bài; các bài cùng tên chuyên mục được xếp chung một trang.',
  }),
  /** Free keywords, each becoming a page `/chuyen-muc/the/<tag>/`; none by default. */
  tags: z
    .array(requiredText('từ khoá'), {
      error: 'từ khoá phải là một danh sách, mỗi dòng bắt đầu bằng "- "',
    })
    .default([])
    .meta({
      title: 'Từ khoá',
      description: 'Các từ khoá, mỗi từ có trang /chuyen-muc/the/<từ khoá>/.',
    }),
  /** Policy areas of III.2 the column is about (`content/policies/`); none by default. */
  policies: ids('chính sách').meta({
    title: 'Chính sách liên quan',
    description: 'Mã các lĩnh vực chính sách bài nói tới (content/policies/).',
  }),
  /** Tasks the column is about (`content/tasks/`); none by default. */
  tasks: ids('nhiệm vụ').meta({
    title: 'Nhiệm vụ liên quan',
    description: 'Mã các nhiệm vụ bài nói tới (content/tasks/).',
  }),
  /** Agencies the column is about (`content/agencies/`); none by default. */
  agencies: ids('cơ quan').meta({
    title: 'Cơ quan liên quan',
    description: 'Mã các cơ quan bài nói tới (content/agencies/).',
  }),
  /** Legal or party documents the column is about (`content/documents/`); none by default. */
  documents: ids('văn bản').meta({
    title: 'Văn bản liên quan',
    description: 'Mã các văn bản bài nói tới (content/documents/).',
  }),
  /** Cover image with required alt text; no cover by default. */
  cover: coverSchema
    .optional()
    .meta({ title: 'Ảnh bìa', description: 'Ảnh bìa kèm lời mô tả; không bắt buộc.' }),
  /** A draft is shown only in `npm run dev`, never published. Default false. */
  draft: z
    .boolean({ error: 'bản nháp chỉ nhận "true" (chưa đăng) hoặc "false" (đăng)' })
    .default(false)
    .meta({
      title: 'Bản nháp',
      description: 'true: chỉ hiện khi chạy npm run dev, không đăng; false: đăng. Mặc định false.',
    }),
};
const COLUMN_FIELDS = Object.keys(columnFields);

export const columnSchema = z
  .strictObject(columnFields, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${unknownFieldsMessage(issue.keys, COLUMN_FIELDS)} (xem mẫu trong README)`
        : 'phần đầu bài viết (giữa hai dòng ---) phải là danh sách các trường "tên: giá trị"',
  })
  // Only when both days are real: an impossible one is reported by its own field.
  .refine(
    (c) =>
      !(c.updatedDate instanceof Date) ||
      !(c.publishDate instanceof Date) ||
      c.updatedDate.getTime() >= c.publishDate.getTime(),
    {
      path: ['updatedDate'],
      message: 'ngày cập nhật không được trước ngày đăng',
    },
  );

export type ColumnData = z.infer<typeof columnSchema>;
/** What an editor writes: defaults may be left out. */
export type ColumnInput = z.input<typeof columnSchema>;

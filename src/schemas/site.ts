import { z } from 'astro/zod';
import { idSchema } from './shared.ts';

/**
 * The site's own configuration (`content/site.yaml`), validated like any content: its name, the
 * line under it, its description, the plan it is mainly about, and the search's extra synonyms.
 * Pages take this copy from here, so that another plan or another province is a content change
 * (compare Starlight's `utils/user-config.ts`).
 */

/** Two spellings search treats as one: an abbreviation and its full form, or two names. */
export const searchSynonymSchema = z
  .strictObject({
    short: z.string().trim().min(1).meta({
      title: 'Cách viết ngắn',
      description: 'Chữ tắt hay cách gọi người đọc hay gõ, ví dụ "KH&ĐT".',
    }),
    long: z.string().trim().min(2).meta({
      title: 'Cách viết đầy đủ',
      description: 'Cách văn bản viết, ví dụ "Kế hoạch và Đầu tư".',
    }),
    bothWays: z.boolean().default(false).meta({
      title: 'Tìm cả hai chiều',
      description:
        'true: gõ cách viết đầy đủ cũng tìm cả cách viết ngắn; mặc định false (chỉ từ ngắn ra đầy đủ).',
    }),
    preferFull: z.boolean().default(false).meta({
      title: 'Ưu tiên cách viết đầy đủ',
      description:
        'true khi văn bản không dùng cách viết ngắn, nên cách viết đầy đủ được tìm trước; mặc định false.',
    }),
  })
  .meta({ title: 'Từ đồng nghĩa khi tìm kiếm', description: 'Hai cách viết được tìm như một.' });

export const siteSchema = z
  .strictObject({
    name: z.string().trim().min(3).meta({
      title: 'Tên trang',
      description: 'Tên của trang web, ở đầu mọi trang và trong tiêu đề thẻ trình duyệt.',
    }),
    tagline: z.string().trim().min(5).meta({
      title: 'Dòng giới thiệu',
      description: 'Dòng chữ nhỏ dưới tên trang, nói trang này về kế hoạch nào.',
    }),
    description: z.string().trim().min(20).meta({
      title: 'Mô tả trang',
      description: 'Mô tả ngắn của trang chủ cho công cụ tìm kiếm và khi chia sẻ liên kết.',
    }),
    mainPlan: idSchema.meta({
      title: 'Kế hoạch chính',
      description:
        'Mã kế hoạch (tên thư mục trong content/plans/) mà trang chủ yếu nói tới: chân trang và chuyên mục dẫn về nó.',
    }),
    region: z.string().trim().min(3).meta({
      title: 'Địa bàn',
      description:
        'Địa bàn của kế hoạch chính, như câu văn của trang viết (ví dụ "tỉnh Bình Định"); dùng trong mô tả các trang.',
    }),
    shortName: z.string().trim().min(3).max(20).meta({
      title: 'Tên ngắn',
      description: 'Tên hiện dưới biểu tượng khi cài trang lên điện thoại (tối đa 20 ký tự).',
    }),
    columnsDescription: z.string().trim().min(20).meta({
      title: 'Mô tả chuyên mục',
      description: 'Một câu giới thiệu các bài tuyên truyền, dùng cho trang chuyên mục và nguồn RSS.',
    }),
    searchExamples: z
      .array(z.string().trim().min(2))
      .min(1)
      .meta({
        title: 'Ví dụ tìm kiếm',
        description: 'Những gì trang tìm kiếm gợi ý gõ thử, như người dùng hay gõ (có dấu hay không).',
      }),
    searchSynonyms: z.array(searchSynonymSchema).default([]).meta({
      title: 'Từ đồng nghĩa khi tìm kiếm',
      description:
        'Các cách viết mà ô tìm kiếm coi như nhau, ngoài các chữ viết tắt của bảng thuật ngữ.',
    }),
  })
  .meta({ title: 'Cấu hình trang', description: 'Tên, mô tả và kế hoạch chính của trang web.' });

export type SiteConfig = z.infer<typeof siteSchema>;

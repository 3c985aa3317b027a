import { z } from 'astro/zod';
import { areaSchema, idSchema, outsideSourcesSchema, quoteSchema, whenSchema } from './shared.ts';

/**
 * One published figure measured against one target of the plan, read on a public page: what it
 * counts, when, for which area, the value and unit as published, and the verbatim quote that
 * states it. Nothing goes in here unless a page states it: the site never estimates progress. A
 * figure for another area than the plan's is kept but never counted as progress (see
 * src/lib/progress.ts).
 */
export const reportSchema = z
  .strictObject({
    target: idSchema.meta({
      title: 'Mục tiêu',
      description: 'Mã mục tiêu mà số liệu đo (tên tệp trong content/targets/).',
    }),
    area: areaSchema,
    when: whenSchema,
    measures: z.string({ error: 'thiếu mô tả số liệu đo cái gì' }).trim().min(5).meta({
      title: 'Số liệu đo gì',
      description:
        'Con số đếm cái gì, bằng lời của biên tập viên (ví dụ "Số hợp tác xã nông nghiệp ứng dụng công nghệ cao").',
    }),
    value: z
      .number({ error: 'giá trị phải là một con số, ví dụ 19 hoặc 33.9' })
      .nonnegative()
      .meta({ title: 'Giá trị', description: 'Con số đúng như nguồn công bố.' }),
    unit: z.string().trim().min(1).meta({
      title: 'Đơn vị',
      description:
        'Đơn vị như nguồn công bố ("hợp tác xã", "%"). Chỉ khi trùng đơn vị của mục tiêu mới tính khoảng cách.',
    }),
    outOf: z
      .strictObject({
        value: z.number().positive().meta({ title: 'Tổng số', description: 'Mẫu số nguồn nêu.' }),
        label: z
          .string()
          .trim()
          .min(2)
          .meta({ title: 'Tổng số của', description: 'Ví dụ "hợp tác xã nông nghiệp".' }),
      })
      .optional()
      .meta({
        title: 'Trên tổng số',
        description:
          'Khi nguồn nêu cả tổng số ("57 trong 187 HTXNN"): trang tính tỉ lệ và ghi rõ phép tính.',
      }),
    quote: quoteSchema,
    sources: outsideSourcesSchema,
    note: z.string().trim().min(5).optional().meta({
      title: 'Ghi chú',
      description: 'Điều người đọc cần biết khi so số liệu với mục tiêu.',
    }),
  })
  .meta({ title: 'Số liệu tiến độ', description: 'Một con số đã công bố, đo một mục tiêu.' });

export type Report = z.infer<typeof reportSchema>;

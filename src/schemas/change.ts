/**
 * A dated outside fact: something that changed after a plan was issued (an agency merged,
 * abolished or renamed, a province merged, a level of government ended, a document replaced or
 * amended), with the instrument that made it so, the day it took effect, the pages where it was
 * read (each checked on a day) and the entries it affects. One YAML file per change under
 * `content/changes/`; the file name is the id. The plan's own text is never changed by one.
 */
import { z } from 'astro/zod';
import {
  idSchema,
  daySchema,
  instrumentSchema,
  nuanceRule,
  nuanceSchema,
  outsideSourcesSchema,
  verdictSchema,
} from './shared.ts';

/** Kinds of change, with the label a reader sees. */
export const CHANGE_KINDS = {
  'hop-nhat-co-quan': 'Hợp nhất cơ quan',
  'bai-bo-co-quan': 'Chấm dứt hoạt động của cơ quan',
  'doi-ten-co-quan': 'Đổi tên cơ quan',
  'hop-nhat-tinh': 'Hợp nhất tỉnh',
  'ket-thuc-cap-chinh-quyen': 'Kết thúc một cấp chính quyền',
  'thay-the-van-ban': 'Văn bản được thay thế',
  'sua-doi-van-ban': 'Văn bản được sửa đổi',
  'van-ban-moi': 'Văn bản mới',
} as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;

export const changeSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(10)
      .meta({ title: 'Tiêu đề', description: 'Một câu ngắn nói điều gì đã thay đổi.' }),
    kind: z
      .enum(Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]], {
        error: `loại thay đổi (kind) phải là một trong: ${Object.keys(CHANGE_KINDS).join(', ')}`,
      })
      .meta({ title: 'Loại thay đổi', description: 'Cơ quan, tỉnh, cấp chính quyền hay văn bản.' }),
    summary: z.string().trim().min(20).meta({
      title: 'Tóm tắt',
      description: 'Vài câu do biên tập viên viết, nói điều đã thay đổi và từ khi nào.',
    }),
    instrument: instrumentSchema,
    otherInstruments: z.array(instrumentSchema).default([]).meta({
      title: 'Văn bản liên quan khác',
      description: 'Các văn bản khác cùng làm nên thay đổi này (nếu có).',
    }),
    effectiveFrom: daySchema.meta({
      title: 'Ngày có hiệu lực',
      description: 'Ngày thay đổi bắt đầu áp dụng, dạng năm-tháng-ngày.',
    }),
    effectiveNote: z.string().trim().min(10).optional().meta({
      title: 'Ghi chú về ngày hiệu lực',
      description: 'Khi ngày văn bản có hiệu lực và ngày áp dụng thực tế khác nhau.',
    }),
    verdict: verdictSchema,
    nuance: nuanceSchema,
    sources: outsideSourcesSchema,
    affects: z
      .strictObject({
        agencies: z.array(idSchema).default([]).meta({
          title: 'Cơ quan bị ảnh hưởng',
          description: 'Mã các cơ quan (content/agencies/) mà thay đổi này chạm tới.',
        }),
        documents: z.array(idSchema).default([]).meta({
          title: 'Văn bản bị ảnh hưởng',
          description: 'Mã các văn bản (content/documents/) mà thay đổi này chạm tới.',
        }),
        plans: z.array(idSchema).default([]).meta({
          title: 'Kế hoạch bị ảnh hưởng',
          description: 'Mã các kế hoạch (content/plans/) mà thay đổi này chạm tới.',
        }),
        targets: z.array(idSchema).default([]).meta({
          title: 'Mục tiêu bị ảnh hưởng',
          description:
            'Mã các mục tiêu (content/targets/) mà thay đổi này chạm tới, ví dụ khi quy định dùng để đo mục tiêu đổi. Không phải kết quả thực hiện mục tiêu.',
        }),
      })
      .meta({ title: 'Ảnh hưởng tới', description: 'Các mục của trang mà thay đổi này chạm tới.' }),
  })
  .refine(...nuanceRule)
  .meta({
    title: 'Thay đổi sau khi ban hành',
    description: 'Một thông tin ngoài kế hoạch có ngày, văn bản căn cứ và nguồn đã kiểm tra.',
  });

export type ChangeData = z.infer<typeof changeSchema>;
/** A change with its id (the file name). */
export type Change = ChangeData & { id: string };

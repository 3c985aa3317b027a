/**
 * Where a cooperative or a citizen goes today: an office and its address, a portal, or the body
 * that now handles a procedure. Outside facts, each with its sources (read on a day) and its
 * verdict; one YAML file per place under `content/contacts/`, the file name is the id. Only what
 * a source states is written: no phone, e-mail or address a source does not give.
 */
import { z } from 'astro/zod';
import {
  areaSchema,
  daySchema,
  idSchema,
  instrumentSchema,
  nuanceRule,
  nuanceSchema,
  outsideSourcesSchema,
  verdictSchema,
} from './shared.ts';

/** Kinds of contact, in the order a reader looks for them, with the heading a reader sees. */
export const CONTACT_KINDS = {
  'thu-tuc': 'Nơi làm thủ tục',
  'dia-diem': 'Nơi nộp hồ sơ, tiếp nhận trực tiếp',
  'cong-thong-tin': 'Cổng thông tin, dịch vụ công trực tuyến',
  'co-quan': 'Cơ quan phụ trách',
} as const;
export type ContactKind = keyof typeof CONTACT_KINDS;

export const contactSchema = z
  .strictObject({
    title: z.string().trim().min(5).meta({
      title: 'Tên nơi liên hệ',
      description: 'Tên cơ quan, địa điểm hay cổng thông tin, như nguồn viết.',
    }),
    kind: z
      .enum(Object.keys(CONTACT_KINDS) as [ContactKind, ...ContactKind[]], {
        error: `loại nơi liên hệ (kind) phải là một trong: ${Object.keys(CONTACT_KINDS).join(', ')}`,
      })
      .meta({
        title: 'Loại nơi liên hệ',
        description: 'Thủ tục, địa điểm tiếp nhận, cổng thông tin hay cơ quan phụ trách.',
      }),
    summary: z.string().trim().min(20).meta({
      title: 'Tóm tắt',
      description: 'Vài câu do biên tập viên viết: nơi này làm gì, cho ai, từ khi nào.',
    }),
    addresses: z.array(z.string().trim().min(5)).default([]).meta({
      title: 'Địa chỉ',
      description: 'Địa chỉ như nguồn ghi, mỗi cơ sở một dòng. Không ghi địa chỉ nguồn không nêu.',
    }),
    url: z
      .url({
        protocol: /^https?$/,
        error: 'phải là địa chỉ trang web bắt đầu bằng http:// hoặc https://',
      })
      .optional()
      .meta({ title: 'Trang web', description: 'Địa chỉ cổng thông tin hay trang dịch vụ công.' }),
    area: areaSchema,
    agencies: z.array(idSchema).default([]).meta({
      title: 'Cơ quan liên quan',
      description:
        'Mã các cơ quan (content/agencies/) mà nơi này thuộc về hoặc thay mặt; trang của cơ quan đó dẫn tới đây.',
    }),
    policies: z.array(idSchema).default([]).meta({
      title: 'Lĩnh vực chính sách',
      description: 'Mã các trang chính sách (content/policies/) mà nơi này giúp được người hỏi.',
    }),
    instrument: instrumentSchema.optional(),
    effectiveFrom: daySchema.optional().meta({
      title: 'Áp dụng từ',
      description: 'Ngày nơi này bắt đầu nhận việc, khi nguồn nói, dạng năm-tháng-ngày.',
    }),
    verdict: verdictSchema,
    nuance: nuanceSchema,
    sources: outsideSourcesSchema,
  })
  .refine(...nuanceRule)
  // A contact nobody can reach or find from a page is no help: it needs a way in or a page.
  .refine(
    (c) =>
      c.addresses.length > 0 || c.url !== undefined || c.agencies.length + c.policies.length > 0,
    {
      message:
        'nơi liên hệ cần ít nhất một địa chỉ (addresses), trang web (url), cơ quan (agencies) hoặc lĩnh vực (policies)',
      path: ['addresses'],
    },
  )
  .meta({
    title: 'Nơi liên hệ hôm nay',
    description: 'Một nơi người dân, hợp tác xã tìm đến hôm nay, kèm nguồn đã kiểm tra.',
  });

export type ContactData = z.infer<typeof contactSchema>;
/** A contact with its id (the file name). */
export type Contact = ContactData & { id: string };

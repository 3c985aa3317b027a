import { z } from 'astro/zod';
import {
  areaSchema,
  idSchema,
  outsideSourcesSchema,
  provenanceSchema,
  quoteSchema,
  whenSchema,
} from './shared.ts';

/** Kinds of evidence that a task is being carried out. The labels are what a reader sees. */
export const EVIDENCE_KINDS = {
  'ke-hoach': 'Kế hoạch triển khai',
  'dao-tao': 'Đào tạo, bồi dưỡng',
  'hoi-cho': 'Hội chợ, xúc tiến thương mại',
  'dai-hoi': 'Đại hội, hội nghị',
  'quyet-dinh': 'Quyết định, văn bản',
  'kinh-phi': 'Kinh phí, hỗ trợ',
  'danh-gia': 'Đánh giá, kiểm tra',
} as const;
export type EvidenceKind = keyof typeof EVIDENCE_KINDS;

/** An editorial inference: only kind "suy-luan" (with its reason) may link evidence to a task. */
const inferenceSchema = provenanceSchema
  .refine((p) => p.kind === 'suy-luan', {
    message: 'liên kết suy ra phải có kind: suy-luan và lý do (reason)',
    path: ['kind'],
  })
  .meta({
    title: 'Suy luận biên tập',
    description:
      'Khi sự kiện không nói thẳng tới nhiệm vụ này: kind "suy-luan" kèm lý do vì sao biên tập viên gắn nó với nhiệm vụ.',
  });

/**
 * A dated fact, read on a public page, showing what has been done on one or more of the plan's
 * tasks: a follow-up plan, a training round, a fair, a congress, a decision. Kept apart from the
 * plan's words, with its sources and the verbatim quote.
 */
export const evidenceSchema = z
  .strictObject({
    title: z
      .string({ error: 'thiếu tiêu đề sự kiện' })
      .trim()
      .min(5)
      .meta({ title: 'Tiêu đề', description: 'Tên ngắn của sự kiện, do biên tập viên viết.' }),
    kind: z
      .enum(Object.keys(EVIDENCE_KINDS) as [EvidenceKind, ...EvidenceKind[]])
      .meta({ title: 'Loại', description: 'Loại sự kiện: ke-hoach, dao-tao, hoi-cho, dai-hoi…' }),
    when: whenSchema,
    area: areaSchema,
    summary: z.string().trim().min(10).meta({
      title: 'Tóm tắt',
      description: 'Câu của trang (biên tập viên viết) nói điều đã diễn ra.',
    }),
    quote: quoteSchema,
    sources: outsideSourcesSchema,
    tasks: z
      .array(
        z.strictObject({
          task: idSchema.meta({
            title: 'Nhiệm vụ',
            description: 'Mã nhiệm vụ (tên tệp trong content/tasks/).',
          }),
          inference: inferenceSchema.optional(),
        }),
      )
      .default([])
      .meta({
        title: 'Nhiệm vụ liên quan',
        description:
          'Các nhiệm vụ mà sự kiện này thực hiện. Không có "inference": sự kiện nói thẳng tới việc của nhiệm vụ; có: suy luận biên tập kèm lý do.',
      }),
  })
  .meta({
    title: 'Tình hình thực hiện',
    description: 'Một sự kiện có nguồn cho thấy việc đã làm.',
  });

export type Evidence = z.infer<typeof evidenceSchema>;

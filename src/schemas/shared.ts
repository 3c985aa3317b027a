/**
 * Pieces every collection schema builds from: ids, references, citations of the plan's
 * paragraphs, calendar days, and outside facts with their sources. One definition each, so that
 * two schemas never disagree on what an id or a date is. Imports `z` only (no `src/lib/`).
 */
import { z } from 'astro/zod';

/** An entry's id: its file name, lower case ASCII words joined by "-". */
export const idSchema = z
  .string({ error: 'phải là một mã (chữ thường không dấu, số và dấu "-")' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'mã chỉ gồm chữ thường không dấu, số và dấu "-"')
  .meta({ title: 'Mã', description: 'Tên tệp không đuôi: chữ thường không dấu, số và dấu "-".' });

/** A paragraph or a section of a plan: `<plan-id>#<anchor>`. */
export const citationSchema = z
  .string({ error: 'phải là chuỗi dạng "<mã kế hoạch>#<neo đoạn>"' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'phải có dạng "<mã kế hoạch>#<neo đoạn>", ví dụ "510-qd-ubnd#dieu-2-p1"',
  )
  .meta({
    title: 'Trích dẫn văn bản',
    description:
      'Đoạn hoặc mục của kế hoạch, dạng "<mã kế hoạch>#<neo>", ví dụ "510-qd-ubnd#dieu-2-p1".',
  });

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `yyyy-mm-dd` and names a day that exists (no 30/02, no month 13). */
export function isRealDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar day written `yyyy-mm-dd`, kept as that string so that no time zone shifts it. A YAML
 * parser that already turned it into a Date gives it back as the day it was written in UTC.
 */
export const daySchema = z
  .preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().slice(0, 10)
        : value,
    z
      .string({ error: 'phải là một ngày dạng năm-tháng-ngày, ví dụ "2025-07-01"' })
      .regex(ISO_DAY, 'ngày phải viết dạng năm-tháng-ngày, ví dụ "2025-07-01"')
      .refine(isRealDay, 'ngày không có thật'),
  )
  .meta({ title: 'Ngày', description: 'Dạng năm-tháng-ngày, ví dụ "2025-07-01".' });

/** Where an outside fact was read: a public page, who publishes it, and when it was last checked. */
export const outsideSourceSchema = z
  .strictObject({
    url: z
      .url({
        protocol: /^https?$/,
        error: 'phải là địa chỉ trang web bắt đầu bằng http:// hoặc https://',
      })
      .meta({
        title: 'Địa chỉ nguồn',
        description: 'Trang công khai nơi đã đọc được thông tin này.',
      }),
    publisher: z.string().trim().min(2).meta({
      title: 'Nơi đăng',
      description: 'Tên trang hoặc cơ quan đăng nguồn (ví dụ "Báo Gia Lai").',
    }),
    title: z
      .string()
      .trim()
      .min(5)
      .optional()
      .meta({ title: 'Tiêu đề nguồn', description: 'Tiêu đề bài hoặc trang, nếu có.' }),
    checked: daySchema.meta({
      title: 'Ngày kiểm tra',
      description: 'Ngày biên tập viên đọc lại trang nguồn và thấy thông tin còn đúng.',
    }),
  })
  .meta({ title: 'Nguồn ngoài kế hoạch', description: 'Một trang công khai xác nhận thông tin.' });

/** At least one source: an outside fact is never shown without one. */
export const outsideSourcesSchema = z
  .array(outsideSourceSchema)
  .min(1, 'cần ít nhất một nguồn (địa chỉ, nơi đăng, ngày kiểm tra)')
  .meta({
    title: 'Nguồn',
    description: 'Các trang công khai xác nhận thông tin, mỗi trang kèm ngày kiểm tra.',
  });

/** The instrument that makes an outside fact true: a law, a decree, a resolution, a decision. */
export const instrumentSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(5)
      .meta({ title: 'Tên văn bản', description: 'Ví dụ "Nghị quyết số 202/2025/QH15".' }),
    issuer: z
      .string()
      .trim()
      .min(2)
      .meta({ title: 'Cơ quan ban hành', description: 'Ví dụ "Quốc hội".' }),
    issuedOn: daySchema.meta({
      title: 'Ngày ban hành',
      description: 'Ngày ký hoặc thông qua văn bản.',
    }),
    document: idSchema.optional().meta({
      title: 'Mã văn bản',
      description: 'Mã tệp trong content/documents/, nếu văn bản có trang riêng.',
    }),
  })
  .meta({
    title: 'Văn bản căn cứ',
    description: 'Văn bản làm cho thông tin ngoài kế hoạch là đúng.',
  });

/**
 * Where a statement the site shows comes from. `van-ban`: the plan says it (with its paragraph);
 * `suy-luan`: the editors infer it (with their reason); `nguon-ngoai`: an outside source says it
 * (with its sources, each checked on a date).
 */
export const STATEMENT_KINDS = {
  'van-ban': 'Theo văn bản',
  'suy-luan': 'Suy luận biên tập',
  'nguon-ngoai': 'Thông tin ngoài kế hoạch',
} as const;
export type StatementKind = keyof typeof STATEMENT_KINDS;

/** The provenance of one statement: one of the three kinds, with what that kind must carry. */
export const provenanceSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('van-ban'),
        cite: citationSchema,
      }),
      z.strictObject({
        kind: z.literal('suy-luan'),
        reason: z.string().trim().min(10).meta({
          title: 'Lý do',
          description: 'Vì sao biên tập viên suy ra điều này từ văn bản.',
        }),
        cite: citationSchema.optional(),
      }),
      z.strictObject({
        kind: z.literal('nguon-ngoai'),
        instrument: instrumentSchema.optional(),
        sources: outsideSourcesSchema,
      }),
    ],
    { error: 'loại nguồn (kind) phải là một trong: "van-ban", "suy-luan", "nguon-ngoai"' },
  )
  .meta({
    title: 'Nguồn gốc thông tin',
    description:
      'Theo văn bản (kèm đoạn trích), suy luận biên tập (kèm lý do) hoặc thông tin ngoài kế hoạch (kèm nguồn và ngày kiểm tra).',
  });
export type Provenance = z.infer<typeof provenanceSchema>;

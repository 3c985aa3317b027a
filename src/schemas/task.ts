import { z } from 'astro/zod';
import { daySchema, provenanceSchema } from './shared.ts';

/**
 * An obligation the plan creates: an appendix row, or a duty the decision or the plan's body
 * assigns. One YAML file per task under `content/tasks/`, the file name is the id. Agencies and
 * the source paragraph are plain id strings, checked by `src/lib/tasks.ts` at build time.
 */

/** Where the assignment of the task comes from, with the label a reader sees. */
export const taskBases = {
  /** A row of the appendix table. */
  'phu-luc': 'Phụ lục',
  /** The body text names the agency. */
  'van-ban': 'Văn bản nêu rõ',
  /** The text does not name who does it: an editorial inference, shown with its reason. */
  'suy-luan': 'Suy luận biên tập',
} as const;
export type TaskBasis = keyof typeof taskBases;

/** Kinds of timeframe, with the label a reader sees. */
export const timeframeKinds = {
  'hang-nam': 'Hằng năm',
  'thuong-xuyen': 'Thường xuyên',
  'dinh-ky': 'Định kỳ hoặc đột xuất',
  'khi-phat-sinh': 'Khi phát sinh',
  'giai-doan': 'Theo giai đoạn',
  'thoi-han': 'Có hạn cụ thể',
  'khong-ghi': 'Văn bản không ghi thời hạn',
} as const;
export type TimeframeKind = keyof typeof timeframeKinds;

/** Policy areas of III.2 (ids fixed in docs/CONVENTIONS.md), with their section. */
export const policyAreas = {
  'nguon-nhan-luc': { label: 'Nguồn nhân lực', section: 'muc-iii-2-1' },
  'dat-dai': { label: 'Đất đai', section: 'muc-iii-2-2' },
  'tai-chinh': { label: 'Tài chính', section: 'muc-iii-2-3' },
  'tin-dung': { label: 'Tín dụng', section: 'muc-iii-2-4' },
  'khoa-hoc-cong-nghe': { label: 'Khoa học - công nghệ', section: 'muc-iii-2-5' },
  'thong-tin-thi-truong': {
    label: 'Thông tin kinh tế, tiếp thị và thị trường',
    section: 'muc-iii-2-6',
  },
  'ket-cau-ha-tang': { label: 'Kết cấu hạ tầng', section: 'muc-iii-2-7' },
  'bao-hiem-xa-hoi': { label: 'Bảo hiểm xã hội', section: 'muc-iii-2-8' },
} as const;
export type PolicyArea = keyof typeof policyAreas;
const policyIds = Object.keys(policyAreas) as [PolicyArea, ...PolicyArea[]];

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'mã chỉ gồm chữ thường không dấu, số và dấu "-"');

/** A paragraph of a plan: `<plan-id>#<section anchor>-p<n>`. */
const paragraphCitation = z
  .string()
  .regex(
    /^[a-z0-9-]+#[a-z0-9-]+-p\d+$/,
    'phải là trích dẫn một đoạn của kế hoạch, dạng "510-qd-ubnd#muc-iv-1-p1"',
  );

/** Days of each month in every year: a yearly duty on 29/02 would skip three years in four. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const timeframeSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      /** Every year ("hằng năm"), by a day and month when the text gives one ("trước ngày 15/12"). */
      kind: z.literal('hang-nam'),
      /** Day of the month the duty is due, 1–31; none when the text gives no day. */
      day: z.number().int().min(1).max(31).optional(),
      /** Month the duty is due, 1–12; none when the text gives no day. */
      month: z.number().int().min(1).max(12).optional(),
      /** True when the text says "trước ngày": due before that day. Default false. */
      before: z.boolean().default(false),
    })
    .refine((t) => (t.day === undefined) === (t.month === undefined), {
      message: 'phải ghi cả ngày (day) lẫn tháng (month), hoặc không ghi cả hai',
      path: ['day'],
    })
    .refine((t) => t.day === undefined || t.day <= DAYS_IN_MONTH[(t.month ?? 1) - 1], {
      message: 'ngày này không có trong tháng đã ghi (hoặc không có mọi năm)',
      path: ['day'],
    }),
  z.strictObject({
    /** An ongoing duty with no due date ("thường xuyên", "tiếp tục"). */
    kind: z.literal('thuong-xuyen'),
  }),
  z.strictObject({
    /** Periodically or when asked ("định kỳ hoặc đột xuất"), no date given. */
    kind: z.literal('dinh-ky'),
  }),
  z
    .strictObject({
      /** A period of years ("giai đoạn 2021 - 2025"). */
      kind: z.literal('giai-doan'),
      /** First year of the period. */
      from: z.number().int().min(1900).max(2100),
      /** Last year of the period. */
      to: z.number().int().min(1900).max(2100),
    })
    .refine((t) => t.from <= t.to, { message: 'năm bắt đầu sau năm kết thúc', path: ['to'] }),
  z.strictObject({
    /** Whenever the situation arises ("kịp thời", "nếu có khó khăn, vướng mắc"). */
    kind: z.literal('khi-phat-sinh'),
  }),
  z.strictObject({
    /** One due date. */
    kind: z.literal('thoi-han'),
    /** The due date, yyyy-mm-dd. */
    date: daySchema,
  }),
  z.strictObject({
    /** The text gives no timeframe: said so rather than invented. */
    kind: z.literal('khong-ghi'),
  }),
]);
export type Timeframe = z.infer<typeof timeframeSchema>;

export const taskSchema = z
  .strictObject({
    /** Short title of the duty, written by the editors in plain Vietnamese. */
    title: z.string().trim().min(5),
    /** The paragraph that creates the duty: "510-qd-ubnd#muc-iv-1-p1". */
    source: paragraphCitation,
    /** Id of the agency that leads (chủ trì); may be a group. */
    lead: id,
    /**
     * Ids of the agencies the text charges with the same duty alongside the lead ("Các Sở, ban,
     * ngành thuộc tỉnh và UBND các huyện, thị xã, thành phố …"). Empty by default.
     */
    coLeads: z.array(id).default([]),
    /** Ids of the agencies that coordinate (phối hợp). Empty by default. */
    coordinators: z.array(id).default([]),
    /** Ids of the agencies that receive the output (a report), when the text says. Empty by default. */
    reportsTo: z.array(id).default([]),
    /** When it is due. */
    timeframe: timeframeSchema,
    /**
     * Where the timeframe comes from: the paragraph that gives it, or says none (`van-ban`), or
     * the editors' reading (`suy-luan`, with the reason: "tiếp tục" read as ongoing).
     */
    timeframeBasis: provenanceSchema.meta({
      title: 'Nguồn gốc thời hạn',
      description:
        'Thời hạn theo văn bản (kind: van-ban, cite) hay do biên tập viên suy ra (kind: suy-luan, reason).',
    }),
    /** What the duty produces or achieves, in plain Vietnamese. */
    output: z.string().trim().min(5),
    /** Policy area of III.2, when the duty belongs to one; none by default. */
    policy: z.enum(policyIds).optional(),
    /** Where the assignment comes from. */
    basis: z.enum(Object.keys(taskBases) as [TaskBasis, ...TaskBasis[]]),
    /** Why the editors inferred the lead or the timeframe; required when basis is `suy-luan`. */
    reason: z.string().trim().min(20).optional(),
    /** Editorial note on a gap or ambiguity of the text; shown labelled as a note. */
    note: z.string().trim().min(10).optional(),
    /** Position in the register: the order of the text by default (the source paragraph). */
    order: z.number().int().nonnegative().optional(),
  })
  .refine((t) => t.basis !== 'suy-luan' || (t.reason !== undefined && t.reason.length > 0), {
    message: 'một suy luận biên tập (basis: suy-luan) phải có "reason" nói rõ vì sao',
    path: ['reason'],
  })
  .refine(
    (t) =>
      new Set([t.lead, ...t.coLeads, ...t.coordinators]).size ===
      1 + t.coLeads.length + t.coordinators.length,
    {
      message: 'một cơ quan được ghi hai lần trong lead, coLeads và coordinators',
      path: ['coordinators'],
    },
  );

export type TaskData = z.infer<typeof taskSchema>;
/** A task with its id (the file name). */
export type Task = TaskData & { id: string };

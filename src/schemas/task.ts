import { z } from 'astro/zod';
import { daySchema, idSchema, paragraphCitationSchema, provenanceSchema } from './shared.ts';

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

const id = idSchema;
const paragraphCitation = paragraphCitationSchema;

/** Days of each month in every year: a yearly duty on 29/02 would skip three years in four. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const timeframeSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      /** Every year ("hằng năm"), by a day and month when the text gives one ("trước ngày 15/12"). */
      kind: z.literal('hang-nam').meta({
        title: 'Loại thời hạn',
        description: '"hang-nam": hằng năm, có thể kèm ngày và tháng.',
      }),
      /** Day of the month the duty is due, 1–31; none when the text gives no day. */
      day: z.number().int().min(1).max(31).optional().meta({
        title: 'Ngày',
        description: 'Ngày trong tháng phải xong, 1–31; bỏ trống khi văn bản không nêu ngày.',
      }),
      /** Month the duty is due, 1–12; none when the text gives no day. */
      month: z.number().int().min(1).max(12).optional().meta({
        title: 'Tháng',
        description: 'Tháng phải xong, 1–12; bỏ trống khi văn bản không nêu ngày.',
      }),
      /** True when the text says "trước ngày": due before that day. Default false. */
      before: z.boolean().default(false).meta({
        title: 'Trước ngày',
        description: 'true khi văn bản viết "trước ngày"; mặc định false.',
      }),
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
    kind: z.literal('thuong-xuyen').meta({
      title: 'Loại thời hạn',
      description: '"thuong-xuyen": thường xuyên, không có ngày phải xong.',
    }),
  }),
  z.strictObject({
    /** Periodically or when asked ("định kỳ hoặc đột xuất"), no date given. */
    kind: z.literal('dinh-ky').meta({
      title: 'Loại thời hạn',
      description: '"dinh-ky": định kỳ hoặc đột xuất, văn bản không nêu ngày.',
    }),
  }),
  z
    .strictObject({
      /** A period of years ("giai đoạn 2021 - 2025"). */
      kind: z
        .literal('giai-doan')
        .meta({ title: 'Loại thời hạn', description: '"giai-doan": một giai đoạn nhiều năm.' }),
      /** First year of the period. */
      from: z
        .number()
        .int()
        .min(1900)
        .max(2100)
        .meta({ title: 'Từ năm', description: 'Năm đầu của giai đoạn.' }),
      /** Last year of the period. */
      to: z
        .number()
        .int()
        .min(1900)
        .max(2100)
        .meta({ title: 'Đến năm', description: 'Năm cuối của giai đoạn.' }),
    })
    .refine((t) => t.from <= t.to, { message: 'năm bắt đầu sau năm kết thúc', path: ['to'] }),
  z.strictObject({
    /** Whenever the situation arises ("kịp thời", "nếu có khó khăn, vướng mắc"). */
    kind: z.literal('khi-phat-sinh').meta({
      title: 'Loại thời hạn',
      description: '"khi-phat-sinh": khi việc phát sinh ("kịp thời", "nếu có vướng mắc").',
    }),
  }),
  z.strictObject({
    /** One due date. */
    kind: z
      .literal('thoi-han')
      .meta({ title: 'Loại thời hạn', description: '"thoi-han": một ngày phải xong.' }),
    /** The due date, yyyy-mm-dd. */
    date: daySchema.meta({ title: 'Hạn', description: 'Ngày phải xong, dạng năm-tháng-ngày.' }),
  }),
  z.strictObject({
    /** The text gives no timeframe: said so rather than invented. */
    kind: z.literal('khong-ghi').meta({
      title: 'Loại thời hạn',
      description: '"khong-ghi": văn bản không ghi thời hạn; nói rõ thay vì tự đặt ra.',
    }),
  }),
]);
export type Timeframe = z.infer<typeof timeframeSchema>;

export const taskSchema = z
  .strictObject({
    /** Short title of the duty, written by the editors in plain Vietnamese. */
    title: z.string().trim().min(5).meta({
      title: 'Tên nhiệm vụ',
      description: 'Tên ngắn của việc phải làm, biên tập viên viết bằng tiếng Việt dễ hiểu.',
    }),
    /** The paragraph that creates the duty: "510-qd-ubnd#muc-iv-1-p1". */
    source: paragraphCitation.meta({
      title: 'Đoạn văn gốc',
      description: 'Đoạn văn bản giao việc này, ví dụ "510-qd-ubnd#muc-iv-1-p1".',
    }),
    /** Id of the agency that leads (chủ trì); may be a group. */
    lead: id.meta({
      title: 'Cơ quan chủ trì',
      description: 'Mã cơ quan chủ trì (content/agencies/); có thể là một nhóm cơ quan.',
    }),
    /**
     * Ids of the agencies the text charges with the same duty alongside the lead ("Các Sở, ban,
     * ngành thuộc tỉnh và UBND các huyện, thị xã, thành phố …"). Empty by default.
     */
    coLeads: z.array(id).default([]).meta({
      title: 'Cơ quan cùng chủ trì',
      description: 'Mã các cơ quan văn bản giao cùng việc này bên cạnh cơ quan chủ trì.',
    }),
    /** Ids of the agencies that coordinate (phối hợp). Empty by default. */
    coordinators: z
      .array(id)
      .default([])
      .meta({ title: 'Cơ quan phối hợp', description: 'Mã các cơ quan phối hợp thực hiện.' }),
    /** Ids of the agencies that receive the output (a report), when the text says. Empty by default. */
    reportsTo: z.array(id).default([]).meta({
      title: 'Báo cáo cho',
      description: 'Mã các cơ quan nhận kết quả (báo cáo), khi văn bản nói rõ.',
    }),
    /** When it is due. */
    timeframe: timeframeSchema.meta({
      title: 'Thời hạn',
      description: 'Khi nào phải xong, theo một trong các loại thời hạn.',
    }),
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
    output: z.string().trim().min(5).meta({
      title: 'Kết quả',
      description: 'Việc này tạo ra hay đạt được gì, bằng tiếng Việt dễ hiểu.',
    }),
    /**
     * Policy area of its plan, when the duty belongs to one (an id of the plan's `policyAreas`,
     * checked by src/lib/tasks.ts); none by default.
     */
    policy: idSchema.optional().meta({
      title: 'Lĩnh vực chính sách',
      description:
        'Mã một lĩnh vực chính sách của kế hoạch (policyAreas trong plan.yaml), khi nhiệm vụ thuộc lĩnh vực đó.',
    }),
    /** Where the assignment comes from. */
    basis: z.enum(Object.keys(taskBases) as [TaskBasis, ...TaskBasis[]]).meta({
      title: 'Căn cứ giao việc',
      description:
        '"phu-luc": một dòng của Phụ lục; "van-ban": văn bản nêu rõ cơ quan; "suy-luan": suy luận biên tập.',
    }),
    /** Why the editors inferred the lead or the timeframe; required when basis is `suy-luan`. */
    reason: z.string().trim().min(20).optional().meta({
      title: 'Lý do suy luận',
      description:
        'Vì sao biên tập viên suy ra cơ quan hay thời hạn; bắt buộc khi căn cứ là "suy-luan".',
    }),
    /** Editorial note on a gap or ambiguity of the text; shown labelled as a note. */
    note: z.string().trim().min(10).optional().meta({
      title: 'Ghi chú biên tập',
      description:
        'Ghi chú về chỗ văn bản còn thiếu hay chưa rõ; hiện trên trang kèm nhãn ghi chú.',
    }),
    /** Position in the register: the order of the text by default (the source paragraph). */
    order: z.number().int().nonnegative().optional().meta({
      title: 'Thứ tự',
      description: 'Vị trí trong sổ nhiệm vụ; mặc định theo thứ tự đoạn văn gốc.',
    }),
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

import { z } from 'astro/zod';
import { paragraphCitationSchema } from './shared.ts';

/**
 * A target of the plan (II.2.1 to 2030, II.2.2 vision to 2045), one entry per figure or per
 * qualitative aim. The figure is structured so that it can be compared with progress reports, and
 * `wording` keeps the plan's own words, which must occur verbatim in the cited paragraph (checked in
 * `src/lib/targets.ts`), so a reader can always check the figure against the text.
 */

/** How the plan qualifies a figure. The labels are the plan's own words. */
export const comparators = {
  /** "khoảng 80%": about. */
  khoang: 'khoảng',
  /** "ít nhất 25%": at least. */
  'it-nhat': 'ít nhất',
  /** "tối thiểu 20%": at least, in the plan's other wording. */
  'toi-thieu': 'tối thiểu',
  /** "trên 60%": over. */
  tren: 'trên',
  /** A bare figure ("thành lập mới 15 …"): the plan adds no qualifier. */
  bang: 'đạt',
} as const;
export type Comparator = keyof typeof comparators;

/** Whether the figure is a yearly amount or a level to reach by the horizon. */
export const periods = {
  /** The plan says "hàng năm". */
  'hang-nam': 'mỗi năm',
  /** A level to reach by the horizon year. */
  'den-moc': 'đến mốc',
  /** The wording leaves it open; `periodNote` says why. */
  'khong-ro': 'văn bản không nói rõ',
} as const;
export type Period = keyof typeof periods;

const citation = paragraphCitationSchema;

export const targetSchema = z
  .strictObject({
    /** The year of one of its plan's horizons (plan.yaml), checked by src/lib/targets.ts. */
    horizon: z
      .number({ error: 'năm mốc phải là một số, ví dụ 2030' })
      .int()
      .min(2000)
      .max(2100)
      .meta({
        title: 'Năm mốc',
        description:
          'Năm của một mốc mục tiêu của kế hoạch (horizons trong plan.yaml), ví dụ 2030.',
      }),
    /** Position in the list of the same horizon, from 1, following the text's order. */
    order: z.number().int().positive().meta({
      title: 'Thứ tự',
      description: 'Vị trí trong danh sách cùng mốc năm, từ 1, theo thứ tự văn bản.',
    }),
    /** What is measured, in plain Vietnamese ("Số tổ chức kinh tế tập thể thành lập mới"). */
    metric: z.string().trim().min(3).meta({
      title: 'Đo cái gì',
      description:
        'Điều được đo, bằng tiếng Việt dễ hiểu, ví dụ "Số tổ chức kinh tế tập thể thành lập mới".',
    }),
    /** `dinh-luong` has a figure; `dinh-tinh` is an aim the plan states without one. */
    kind: z.enum(['dinh-luong', 'dinh-tinh']).meta({
      title: 'Loại mục tiêu',
      description: '"dinh-luong": có con số; "dinh-tinh": mục đích văn bản nêu không kèm con số.',
    }),
    /** The plan's qualifier of the figure (quantitative targets only). */
    comparator: z
      .enum(Object.keys(comparators) as [Comparator, ...Comparator[]])
      .optional()
      .meta({
        title: 'Phép so sánh',
        description:
          'Chữ văn bản dùng trước con số: khoảng, ít nhất, trên, đạt (chỉ mục tiêu định lượng).',
      }),
    /** The figure as the plan writes it, as a number ("1.000" → 1000). */
    value: z
      .number()
      .nonnegative()
      .optional()
      .meta({ title: 'Con số', description: 'Con số văn bản viết, dạng số ("1.000" viết 1000).' }),
    /** Unit as a reader says it: "%", "tổ chức", "thành viên", "hợp tác xã". */
    unit: z.string().trim().min(1).optional().meta({
      title: 'Đơn vị',
      description: 'Đơn vị như người đọc nói: "%", "tổ chức", "thành viên", "hợp tác xã".',
    }),
    /** For a percentage: what it is a percentage of, in the plan's words where it says so. */
    base: z.string().trim().min(3).optional().meta({
      title: 'Mốc so sánh',
      description: 'Với tỉ lệ phần trăm: phần trăm của cái gì, theo lời văn bản nếu có.',
    }),
    /** Yearly amount or level to reach by the horizon (quantitative targets only). */
    period: z
      .enum(Object.keys(periods) as [Period, ...Period[]])
      .optional()
      .meta({ title: 'Kỳ', description: 'Con số là mỗi năm, đến mốc, hay văn bản không nói rõ.' }),
    /** Why the period is unclear; required when `period` is `khong-ro`. */
    periodNote: z.string().trim().min(10).optional().meta({
      title: 'Ghi chú về kỳ',
      description:
        'Vì sao văn bản không rõ là mỗi năm hay cả giai đoạn; bắt buộc khi kỳ là "khong-ro".',
    }),
    /** The paragraph the target comes from: "510-qd-ubnd#muc-ii-2-1-p1". */
    source: citation.meta({
      title: 'Đoạn văn gốc',
      description: 'Đoạn văn bản nêu mục tiêu, ví dụ "510-qd-ubnd#muc-ii-2-1-p1".',
    }),
    /** The plan's exact words for this target; must occur character for character in `source`. */
    wording: z
      .string()
      .min(5)
      .meta({ title: 'Lời văn bản', description: 'Cụm chữ chép đúng từng chữ từ đoạn văn gốc.' }),
    /** Editorial note on an ambiguity of the wording; shown labelled as a note. */
    note: z.string().trim().min(10).optional().meta({
      title: 'Ghi chú biên tập',
      description: 'Ghi chú của biên tập viên về mục tiêu, nếu cần.',
    }),
    /** Shown on the home page among the headline targets. Default false. */
    headline: z.boolean().default(false).meta({
      title: 'Mục tiêu nổi bật',
      description: 'true để hiện mục tiêu ở trang chủ; mặc định false.',
    }),
  })
  .refine(
    (t) =>
      t.kind === 'dinh-tinh' ||
      (t.comparator !== undefined &&
        t.value !== undefined &&
        t.unit !== undefined &&
        t.period !== undefined),
    {
      message: 'mục tiêu định lượng (dinh-luong) phải có đủ comparator, value, unit và period',
      path: ['kind'],
    },
  )
  .refine(
    (t) =>
      t.kind === 'dinh-luong' ||
      (t.comparator === undefined && t.value === undefined && t.unit === undefined),
    {
      message: 'mục tiêu định tính (dinh-tinh) không được có comparator, value hay unit',
      path: ['kind'],
    },
  )
  .refine((t) => t.period !== 'khong-ro' || t.periodNote !== undefined, {
    message: 'khi period là "khong-ro" phải có periodNote giải thích vì sao',
    path: ['periodNote'],
  })
  .refine((t) => t.unit !== '%' || t.value === undefined || t.value <= 100, {
    message: 'tỉ lệ phần trăm không được lớn hơn 100',
    path: ['value'],
  });

export type Target = z.infer<typeof targetSchema>;

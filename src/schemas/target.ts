import { z } from 'astro/zod';

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

const citation = z
  .string()
  .regex(
    /^[a-z0-9-]+#[a-z0-9-]+-p\d+$/,
    'phải là trích dẫn một đoạn của kế hoạch, dạng "510-qd-ubnd#muc-ii-2-1-p1"',
  );

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
    order: z.number().int().positive(),
    /** What is measured, in plain Vietnamese ("Số tổ chức kinh tế tập thể thành lập mới"). */
    metric: z.string().trim().min(3),
    /** `dinh-luong` has a figure; `dinh-tinh` is an aim the plan states without one. */
    kind: z.enum(['dinh-luong', 'dinh-tinh']),
    /** The plan's qualifier of the figure (quantitative targets only). */
    comparator: z.enum(Object.keys(comparators) as [Comparator, ...Comparator[]]).optional(),
    /** The figure as the plan writes it, as a number ("1.000" → 1000). */
    value: z.number().nonnegative().optional(),
    /** Unit as a reader says it: "%", "tổ chức", "thành viên", "hợp tác xã". */
    unit: z.string().trim().min(1).optional(),
    /** For a percentage: what it is a percentage of, in the plan's words where it says so. */
    base: z.string().trim().min(3).optional(),
    /** Yearly amount or level to reach by the horizon (quantitative targets only). */
    period: z.enum(Object.keys(periods) as [Period, ...Period[]]).optional(),
    /** Why the period is unclear; required when `period` is `khong-ro`. */
    periodNote: z.string().trim().min(10).optional(),
    /** The paragraph the target comes from: "510-qd-ubnd#muc-ii-2-1-p1". */
    source: citation,
    /** The plan's exact words for this target; must occur character for character in `source`. */
    wording: z.string().min(5),
    /** Editorial note on an ambiguity of the wording; shown labelled as a note. */
    note: z.string().trim().min(10).optional(),
    /** Shown on the home page among the headline targets. Default false. */
    headline: z.boolean().default(false),
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

import { z } from 'astro/zod';
import { dayDateSchema } from './shared.ts';

/**
 * A progress figure for one target in one year, taken from a published report. Nothing goes in
 * here unless the report exists and can be named: the site never estimates progress.
 */
export const reportSchema = z
  .strictObject({
    /** The target this figure measures (id of a file in `content/targets/`). */
    target: z.string().regex(/^[a-z0-9-]+$/, 'phải là mã mục tiêu (tên tệp, không dấu)'),
    /** The year the figure describes. */
    year: z.number().int().min(2023).max(2045),
    /** The figure, in the target's unit. */
    value: z.number().nonnegative(),
    /** Where the figure comes from. */
    source: z.strictObject({
      /** Title of the report as published ("Báo cáo kết quả thực hiện … năm 2024"). */
      title: z.string().trim().min(5),
      /** Issuing body, as the report names it. */
      issuer: z.string().trim().min(2),
      /** Date of the report, yyyy-mm-dd, checked as written (see dayDateSchema). */
      date: dayDateSchema,
      /** Public address of the report, when it is online. */
      url: z.url({ protocol: /^https?$/ }).optional(),
      /** Id of the report in `content/documents/`, when it has an entry there. */
      document: z.string().optional(),
    }),
    /** What the figure counts, when it differs from the target's wording. */
    note: z.string().trim().min(5).optional(),
  })
  // Only when the day is real: an impossible one is reported by its own field.
  .refine((r) => !(r.source.date instanceof Date) || r.source.date.getUTCFullYear() >= r.year, {
    message: 'báo cáo không thể có ngày trước năm mà nó báo cáo',
    path: ['source', 'date'],
  });

export type Report = z.infer<typeof reportSchema>;

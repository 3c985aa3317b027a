import { z } from 'astro/zod';
import { DATASETS, type Dataset } from '../registry/datasets.ts';
import { daySchema } from './shared.ts';

// The open-data files a change can concern are declared with the registry.
export { DATASETS, type Dataset };

export const CHANGE_ACTIONS = { them: 'Thêm', sua: 'Sửa', xoa: 'Bỏ' } as const;
export type ChangeAction = keyof typeof CHANGE_ACTIONS;

/**
 * One release of the open data (one file in content/data-changelog/): its version, its date and
 * what changed, entry by entry. The newest release's version is the dataset version that every
 * data file states.
 */
export const dataReleaseSchema = z
  .strictObject({
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'phiên bản phải có dạng số.số.số, ví dụ "1.0.0"')
      .meta({ title: 'Phiên bản', description: 'Phiên bản bộ dữ liệu, dạng "1.2.0".' }),
    date: daySchema.meta({ title: 'Ngày', description: 'Ngày công bố phiên bản này.' }),
    changes: z
      .array(
        z.strictObject({
          dataset: z.enum(Object.keys(DATASETS) as [Dataset, ...Dataset[]]).meta({
            title: 'Tệp dữ liệu',
            description: 'so-lieu, tinh-hinh, nhiem-vu, co-quan, thay-doi.',
          }),
          action: z
            .enum(Object.keys(CHANGE_ACTIONS) as [ChangeAction, ...ChangeAction[]])
            .meta({ title: 'Thay đổi', description: 'them (thêm), sua (sửa) hoặc xoa (bỏ).' }),
          entry: z
            .string()
            .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'mã mục chỉ gồm chữ thường không dấu, số và "-"')
            .meta({ title: 'Mã mục', description: 'Mã của mục thay đổi (tên tệp nội dung).' }),
          note: z
            .string()
            .trim()
            .min(5)
            .meta({ title: 'Nội dung thay đổi', description: 'Đã thay đổi gì, bằng lời.' }),
        }),
      )
      .min(1, 'một phiên bản phải có ít nhất một thay đổi')
      .meta({ title: 'Các thay đổi', description: 'Từng mục dữ liệu đã thêm, sửa hay bỏ.' }),
  })
  .meta({ title: 'Phiên bản dữ liệu', description: 'Một lần cập nhật dữ liệu mở.' });

export type DataRelease = z.infer<typeof dataReleaseSchema>;

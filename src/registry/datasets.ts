/**
 * The open-data datasets of /du-lieu/, declared once beside the content registry: the releases in
 * content/data-changelog/ name them (src/schemas/data-changelog.ts), and the page lists them by
 * these labels. Imports nothing, so that a schema may read it.
 */
export const DATASETS = {
  'so-lieu': 'Số liệu tiến độ',
  'tinh-hinh': 'Tình hình thực hiện',
  'nhiem-vu': 'Sổ nhiệm vụ',
  'co-quan': 'Cơ quan, tổ chức',
  'thay-doi': 'Thay đổi từ khi ban hành',
} as const;
export type Dataset = keyof typeof DATASETS;

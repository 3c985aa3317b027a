/**
 * Vietnamese text helpers: ordering, diacritic folding and slugs. Folding treats `đ`/`Đ` as `d`,
 * which Unicode decomposition alone does not (đ is a letter of its own, not d plus a mark).
 */

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings in Vietnamese alphabetical order (a, ă, â, b, c, d, đ, …). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A sorted copy of `items`, ordered by `key` in Vietnamese order. */
export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)));
}

/** Removes diacritics, `đ` included: "Đất đai" → "Dat dai". Case is kept. */
export function foldVi(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** A URL slug from Vietnamese text: "Chính sách đất đai" → "chinh-sach-dat-dai". */
export function slugifyVi(text: string): string {
  return foldVi(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

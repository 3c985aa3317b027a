/**
 * Whether a link term is too common to mean one thing. An agency alias "tỉnh" or "Sở", or a
 * glossary term "và", would turn dozens of ordinary words of the text into links to one page.
 * Counted the way the linker matches (whole words, case as written), over every plan text.
 */
import { linkText } from './linker.ts';
import type { PlanSection } from './plan-parser.ts';

/** More matches than this in the plans' text: no single page can be meant by all of them. */
export const MAX_MATCHES = 50;

/**
 * How many places of a plan's text the linker would link for `form`: the most of any one plan,
 * since each plan's text is read on its own (a site with many plans would otherwise fail on a term
 * used a few times in each, as the benchmark's synthetic copies did).
 */
export function matchCount(
  form: string,
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): number {
  let most = 0;
  const term = [{ text: form, kind: 'term' as const, id: 'x' }];
  for (const sections of sectionsByPlan.values()) {
    let count = 0;
    for (const s of sections) {
      for (const text of [s.heading ?? '', ...s.paragraphs.map((p) => p.text)]) {
        if (text.includes(form)) count += linkText(text, term).filter((seg) => seg.term).length;
      }
    }
    most = Math.max(most, count);
  }
  return most;
}

/**
 * Why `form` is too broad to be linked everywhere, or null. A single ordinary word (not an
 * abbreviation such as "HTX", "UBMTTQ" or "CTr") names no one thing; neither does a form
 * that matches more than MAX_MATCHES places.
 */
export function tooBroad(
  form: string,
  sectionsByPlan: ReadonlyMap<string, readonly PlanSection[]>,
): string | null {
  // "tỉnh", "Sở": one word in lower case, or capitalised; "CTr" and "VssID" are abbreviations.
  const single = /^\p{Lu}?\p{Ll}+$/u.test(form.trim());
  const count = matchCount(form, sectionsByPlan);
  if (single) {
    return `"${form}" là một từ thông dụng: nó khớp ${count} chỗ trong văn bản kế hoạch, phần lớn không nói về mục này; hãy dùng cách viết đầy đủ (nhiều chữ) như văn bản viết, hoặc giới hạn nó vào các đoạn cụ thể`;
  }
  if (count > MAX_MATCHES) {
    return `"${form}" khớp ${count} chỗ trong văn bản kế hoạch (nhiều hơn ${MAX_MATCHES}): quá chung để chỉ một mục; hãy dùng cách viết cụ thể hơn`;
  }
  return null;
}

import { z } from 'astro/zod';

/**
 * A numbered section of a plan, produced by `src/lib/plan-parser.ts` from the verbatim text. No one
 * writes these by hand: the schema guards the parser's output.
 */
const paragraphSchema = z.object({
  /** Stable anchor `<section anchor>-p<n>`. */
  anchor: z.string(),
  /** Position within the section, from 1. */
  index: z.number().int().positive(),
  /** Line of the source text. */
  line: z.number().int().positive(),
  /** `text`, `item` (a "- " line) or `row` (an appendix table row). */
  kind: z.enum(['text', 'item', 'row']),
  /** The line exactly as written, trimmed. */
  text: z.string(),
  /** Table cells, for rows only. */
  cells: z.array(z.string()).optional(),
});

export const sectionSchema = z.object({
  /** Id of the plan the section belongs to. */
  plan: z.string(),
  /** The document's own numbering: "Điều 1", "II.2.1", "Phụ lục". */
  key: z.string(),
  /** Stable HTML id: "dieu-1", "muc-ii-2-1". */
  anchor: z.string(),
  /** The heading line as written, or null when the section has none. */
  heading: z.string().nullable(),
  /** Nesting depth, from 1. */
  level: z.number().int().positive(),
  /** Anchor of the enclosing section, or null. */
  parent: z.string().nullable(),
  /** Position in document order, from 0. */
  order: z.number().int().nonnegative(),
  /** Line of the source text where the section starts. */
  line: z.number().int().positive(),
  paragraphs: z.array(paragraphSchema),
});

export type SectionData = z.infer<typeof sectionSchema>;

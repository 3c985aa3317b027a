import { z } from 'astro/zod';
import { idSchema, paragraphCitationSchema } from './shared.ts';

/**
 * An abbreviation or a key term of the plan, explained in plain Vietnamese from the plan's own
 * words. An expansion is only as certain as its basis says: the site never guesses an
 * abbreviation and never adds legal content the plan does not contain.
 */

/** What kind of entry this is. */
export const glossaryKinds = {
  /** An abbreviation the text uses as a word ("HTX", "UBND"). */
  'viet-tat': 'Chữ viết tắt',
  /** An abbreviation that occurs only inside document numbers ("QĐ" in "510/QĐ-UBND"). */
  'ky-hieu': 'Ký hiệu trong số hiệu văn bản',
  /** A term the plan uses with a specific meaning ("quỹ không chia"). */
  'thuat-ngu': 'Thuật ngữ',
} as const;
export type GlossaryKind = keyof typeof glossaryKinds;

/** How sure the expansion of an abbreviation is. */
export const expansionBases = {
  /** The text writes the full form as well, in a way that shows it is the same thing. */
  'van-ban': 'Văn bản viết cả dạng đầy đủ',
  /** The text never writes it in full; the expansion is the usual one in administrative texts. */
  'thong-dung': 'Cách viết tắt thông dụng; văn bản không viết đầy đủ',
  /** Nothing in the text settles it: no expansion is given. */
  'khong-chac': 'Không chắc chắn; văn bản không giải thích',
} as const;
export type ExpansionBasis = keyof typeof expansionBases;

const citation = paragraphCitationSchema;

export const glossaryTermSchema = z
  .strictObject({
    /** The headword exactly as the text writes it ("HTX", "tín dụng nội bộ"). */
    term: z
      .string()
      .trim()
      .min(1)
      .meta({
        title: 'Thuật ngữ',
        description: 'Chữ viết tắt hay thuật ngữ đúng như văn bản viết, ví dụ "HTX".',
      }),
    /** Abbreviation, document-number code, or term. */
    kind: z
      .enum(Object.keys(glossaryKinds) as [GlossaryKind, ...GlossaryKind[]])
      .meta({
        title: 'Loại',
        description:
          '"viet-tat": chữ viết tắt văn bản dùng như một từ; "ky-hieu": ký hiệu trong số hiệu văn bản; "thuat-ngu": thuật ngữ.',
      }),
    /** Full form of an abbreviation ("Hợp tác xã"); absent when the basis is `khong-chac`. */
    expansion: z
      .string()
      .trim()
      .min(2)
      .optional()
      .meta({
        title: 'Viết đầy đủ',
        description: 'Cách viết đầy đủ của chữ viết tắt; bỏ trống khi không chắc.',
      }),
    /**
     * What a reader sees on hovering an abbreviation without a certain expansion ("văn bản không
     * giải thích …"); required when the basis is `khong-chac`, since `<abbr title>` needs a text.
     */
    hint: z
      .string()
      .trim()
      .min(10)
      .optional()
      .meta({
        title: 'Gợi ý khi không chắc',
        description:
          'Điều người đọc thấy khi di chuột lên chữ viết tắt chưa chắc cách viết đầy đủ.',
      }),
    /** How the expansion is known; required for abbreviations and document-number codes. */
    expansionBasis: z
      .enum(Object.keys(expansionBases) as [ExpansionBasis, ...ExpansionBasis[]])
      .optional()
      .meta({
        title: 'Căn cứ cách viết đầy đủ',
        description: 'Vì sao biết cách viết đầy đủ: văn bản nói, suy luận, hay không chắc.',
      }),
    /** Where the text shows the full form, or why it is uncertain, in one or two sentences. */
    basisNote: z
      .string()
      .trim()
      .min(10)
      .optional()
      .meta({ title: 'Ghi chú căn cứ', description: 'Giải thích căn cứ, khi cần.' }),
    /** Plain-language explanation, written only from the plan. Short sentences. */
    definition: z
      .string()
      .trim()
      .min(20)
      .meta({
        title: 'Giải thích',
        description: 'Giải thích bằng lời dễ hiểu, chỉ từ chính văn bản.',
      }),
    /**
     * Surface forms to mark in rendered text, exactly as written (case matters). Default: the
     * headword. Every form must occur in the plan text (checked in `src/lib/glossary.ts`).
     */
    forms: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .meta({
        title: 'Các cách viết',
        description: 'Các cách viết khác của thuật ngữ trong văn bản.',
      }),
    /** Paragraphs where the plan uses or explains the term; the first is its main use. */
    sources: z
      .array(citation)
      .min(1)
      .meta({
        title: 'Đoạn văn gốc',
        description: 'Các đoạn văn bản dùng thuật ngữ, làm căn cứ cho lời giải thích.',
      }),
    /** Ids of related glossary entries. */
    related: z
      .array(idSchema)
      .default([])
      .meta({
        title: 'Thuật ngữ liên quan',
        description: 'Mã các mục liên quan trong content/glossary/.',
      }),
  })
  .refine((t) => t.kind === 'thuat-ngu' || t.expansionBasis !== undefined, {
    message: 'chữ viết tắt phải có expansionBasis (van-ban, thong-dung hoặc khong-chac)',
    path: ['expansionBasis'],
  })
  .refine((t) => t.kind !== 'thuat-ngu' || t.expansionBasis === undefined, {
    message: 'thuật ngữ (thuat-ngu) không có expansionBasis; chỉ chữ viết tắt mới có',
    path: ['expansionBasis'],
  })
  .refine(
    (t) =>
      t.kind === 'thuat-ngu' || (t.expansionBasis === 'khong-chac') === (t.expansion === undefined),
    {
      message:
        'chữ viết tắt chắc chắn phải có expansion; chữ viết tắt "khong-chac" không được có expansion',
      path: ['expansion'],
    },
  )
  .refine((t) => t.expansionBasis !== 'khong-chac' || t.hint !== undefined, {
    message: 'chữ viết tắt "khong-chac" phải có hint để hiện khi rê chuột',
    path: ['hint'],
  })
  .refine((t) => t.expansionBasis === undefined || t.basisNote !== undefined, {
    message: 'phải có basisNote nói văn bản viết đầy đủ ở đâu, hoặc vì sao không chắc',
    path: ['basisNote'],
  });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

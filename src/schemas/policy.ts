import { z } from 'astro/zod';
import { provenanceSchema } from './shared.ts';

/**
 * One policy area of a plan (`policyAreas` in its plan.yaml; III.2.1 … III.2.8 of 510/QĐ-UBND), as
 * guidance a cooperative can act on. The file name is the area's id; its short name, position
 * and section are the area's in plan.yaml, not repeated here. The guidance is the
 * plan restated in short sentences; every statement points at the paragraph it restates, so the
 * page can always be checked against the text. The MDX body is a short plain-language summary.
 */

const paragraphCitation = z
  .string()
  .regex(
    /^[a-z0-9-]+#[a-z0-9-]+-p\d+$/,
    'phải là trích dẫn một đoạn của kế hoạch, dạng "510-qd-ubnd#muc-iii-2-4-p1"',
  );
const id = z.string().regex(/^[a-z0-9-]+$/, 'phải là mã (tên tệp, chữ thường không dấu)');

/** A plain-language statement and the paragraph it restates. */
const statement = z.strictObject({
  /** One or two short sentences, written only from the cited paragraph. */
  text: z.string().trim().min(10),
  /** The paragraph restated: "510-qd-ubnd#muc-iii-2-4-p1". */
  cite: paragraphCitation,
});

/** Whom to ask, and why the plan points there. */
const contact = z
  .strictObject({
    /** Agency id (file name in `content/agencies/`). */
    agency: id,
    /** What to ask them about, in a short sentence. */
    role: z.string().trim().min(10),
    /** `van-ban`: the text names this agency for this area; `suy-luan`: editorial inference. */
    basis: z.enum(['van-ban', 'suy-luan']),
    /** Why the inference was drawn; required for `suy-luan`. */
    reason: z.string().trim().min(20).optional(),
    /** The paragraph that names the agency, or that the inference rests on. */
    cite: paragraphCitation,
  })
  .refine((c) => c.basis !== 'suy-luan' || c.reason !== undefined, {
    message: 'liên hệ suy luận (suy-luan) phải có reason nêu lý do',
    path: ['reason'],
  });

/** A legal basis the plan names for this area. */
const legalBasis = z.strictObject({
  /** Document id in `content/documents/`, when the document has an entry there. */
  document: id.optional(),
  /** The document's name exactly as the plan writes it in the cited paragraph. */
  asWritten: z.string().trim().min(3),
  /** What the plan says the document is for, in a short sentence. */
  about: z.string().trim().min(10),
  /** The paragraph that names it. */
  cite: paragraphCitation,
});

/** Something a cooperative needs that the plan does not spell out, and where to look for it. */
const gap = z.strictObject({
  /** What is missing ("Điều kiện vay, lãi suất"). */
  topic: z.string().trim().min(3),
  /** Where the details are, as far as the plan tells, or that it does not tell. */
  where: z.string().trim().min(10),
  /** Document that holds the details, when the plan names one. */
  document: id.optional(),
  /** Agencies to ask (ids). */
  ask: z.array(id).default([]),
  /**
   * Why these agencies are the ones to ask: the text points there (`van-ban`), the editors suggest
   * them (`suy-luan`, with the reason), or an outside source names them (`nguon-ngoai`). Required
   * when `ask` is not empty.
   */
  askProvenance: provenanceSchema.optional().meta({
    title: 'Nguồn gốc nơi hỏi',
    description:
      'Vì sao hỏi các nơi trong "ask": văn bản chỉ tới (van-ban), biên tập viên gợi ý (suy-luan, kèm lý do) hay nguồn ngoài (nguon-ngoai).',
  }),
  /** The paragraph that leaves the detail open. */
  cite: paragraphCitation,
});

export const policySchema = z
  .strictObject({
    /** The area's heading as the plan writes it, without its number ("Chính sách tín dụng"). */
    title: z.string().trim().min(5),
    /** One plain sentence for the list at /chinh-sach/. */
    summary: z.string().trim().min(20).max(220),
    /** Who can benefit. */
    audience: z.array(statement).min(1),
    /** What support the plan promises. */
    support: z.array(statement).min(1),
    /** What a cooperative can do now, drawn from what the plan promises. */
    actions: z.array(statement).min(1),
    /** Whom to ask for this area in particular. */
    contacts: z.array(contact).default([]),
    /** The legal bases the plan names for this area; empty when it names none. */
    legalBases: z.array(legalBasis).default([]),
    /** Details the plan leaves to other documents or bodies. */
    gaps: z
      .array(
        gap.refine((g) => g.ask.length === 0 || g.askProvenance !== undefined, {
          message:
            'có nơi hỏi (ask) thì phải có askProvenance: theo văn bản (van-ban), gợi ý của biên tập viên (suy-luan, kèm lý do) hay nguồn ngoài (nguon-ngoai)',
          path: ['askProvenance'],
        }),
      )
      .default([]),
    /** Targets of II.2 this area works towards (ids in `content/targets/`). */
    targets: z.array(id).default([]),
    /** The verbatim paragraphs the guidance is written from, in document order. */
    sources: z.array(paragraphCitation).min(1),
  })
  .refine((p) => new Set(p.sources).size === p.sources.length, {
    message: 'sources có một đoạn bị lặp lại',
    path: ['sources'],
  });

export type Policy = z.infer<typeof policySchema>;

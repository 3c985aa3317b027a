import { z } from 'astro/zod';
import { idSchema, paragraphCitationSchema, provenanceSchema } from './shared.ts';

/**
 * One policy area of a plan (`policyAreas` in its plan.yaml; III.2.1 … III.2.8 of 510/QĐ-UBND), as
 * guidance a cooperative can act on. The file name is the area's id; its short name, position
 * and section are the area's in plan.yaml, not repeated here. The guidance is the
 * plan restated in short sentences; every statement points at the paragraph it restates, so the
 * page can always be checked against the text. The MDX body is a short plain-language summary.
 */

const paragraphCitation = paragraphCitationSchema;
const id = idSchema;

/** A plain-language statement and the paragraph it restates. */
const statement = z.strictObject({
  /** One or two short sentences, written only from the cited paragraph. */
  text: z.string().trim().min(10).meta({
    title: 'Câu hướng dẫn',
    description: 'Một, hai câu ngắn, viết lại chỉ từ đoạn được trích.',
  }),
  /** The paragraph restated: "510-qd-ubnd#muc-iii-2-4-p1". */
  cite: paragraphCitation.meta({
    title: 'Đoạn văn bản',
    description:
      'Đoạn được viết lại, dạng "<mã kế hoạch>#<neo đoạn>", ví dụ "510-qd-ubnd#muc-iii-2-4-p1".',
  }),
});

/** Whom to ask, and why the plan points there. */
const contact = z
  .strictObject({
    /** Agency id (file name in `content/agencies/`). */
    agency: id.meta({
      title: 'Cơ quan',
      description: 'Mã cơ quan (tên tệp trong content/agencies/).',
    }),
    /** What to ask them about, in a short sentence. */
    role: z
      .string()
      .trim()
      .min(10)
      .meta({ title: 'Hỏi về việc gì', description: 'Điều nên hỏi cơ quan này, một câu ngắn.' }),
    /** `van-ban`: the text names this agency for this area; `suy-luan`: editorial inference. */
    basis: z.enum(['van-ban', 'suy-luan']).meta({
      title: 'Căn cứ',
      description:
        '"van-ban": văn bản nêu cơ quan này cho lĩnh vực; "suy-luan": suy luận của biên tập viên.',
    }),
    /** Why the inference was drawn; required for `suy-luan`. */
    reason: z.string().trim().min(20).optional().meta({
      title: 'Lý do suy luận',
      description: 'Vì sao biên tập viên suy ra nơi hỏi này; bắt buộc khi căn cứ là "suy-luan".',
    }),
    /** The paragraph that names the agency, or that the inference rests on. */
    cite: paragraphCitation.meta({
      title: 'Đoạn văn bản',
      description: 'Đoạn nêu cơ quan, hoặc đoạn mà suy luận dựa vào.',
    }),
  })
  .refine((c) => c.basis !== 'suy-luan' || c.reason !== undefined, {
    message: 'liên hệ suy luận (suy-luan) phải có reason nêu lý do',
    path: ['reason'],
  });

/** A legal basis the plan names for this area. */
const legalBasis = z.strictObject({
  /** Document id in `content/documents/`, when the document has an entry there. */
  document: id.optional().meta({
    title: 'Văn bản',
    description: 'Mã văn bản trong content/documents/, khi văn bản có mục ở đó.',
  }),
  /** The document's name exactly as the plan writes it in the cited paragraph. */
  asWritten: z.string().trim().min(3).meta({
    title: 'Nguyên văn',
    description: 'Tên văn bản đúng như kế hoạch viết trong đoạn được trích.',
  }),
  /** What the plan says the document is for, in a short sentence. */
  about: z.string().trim().min(10).meta({
    title: 'Nói về',
    description: 'Kế hoạch nói văn bản này dùng vào việc gì, một câu ngắn.',
  }),
  /** The paragraph that names it. */
  cite: paragraphCitation.meta({ title: 'Đoạn văn bản', description: 'Đoạn nêu văn bản này.' }),
});

/** Something a cooperative needs that the plan does not spell out, and where to look for it. */
const gap = z.strictObject({
  /** What is missing ("Điều kiện vay, lãi suất"). */
  topic: z.string().trim().min(3).meta({
    title: 'Điều còn thiếu',
    description: 'Điều hợp tác xã cần mà kế hoạch không nói rõ, ví dụ "Điều kiện vay, lãi suất".',
  }),
  /** Where the details are, as far as the plan tells, or that it does not tell. */
  where: z.string().trim().min(10).meta({
    title: 'Tìm ở đâu',
    description: 'Chi tiết nằm ở đâu, theo những gì kế hoạch cho biết, hoặc kế hoạch không nói.',
  }),
  /** Document that holds the details, when the plan names one. */
  document: id
    .optional()
    .meta({ title: 'Văn bản', description: 'Văn bản chứa chi tiết, khi kế hoạch nêu tên.' }),
  /** Agencies to ask (ids). */
  ask: z
    .array(id)
    .default([])
    .meta({ title: 'Nơi hỏi', description: 'Mã các cơ quan nên hỏi (content/agencies/).' }),
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
  cite: paragraphCitation.meta({ title: 'Đoạn văn bản', description: 'Đoạn để ngỏ chi tiết này.' }),
});

export const policySchema = z
  .strictObject({
    /** The area's heading as the plan writes it, without its number ("Chính sách tín dụng"). */
    title: z.string().trim().min(5).meta({
      title: 'Tiêu đề',
      description:
        'Tiêu đề mục của lĩnh vực đúng như văn bản viết, bỏ số mục, ví dụ "Chính sách tín dụng".',
    }),
    /** One plain sentence for the list at /chinh-sach/. */
    summary: z
      .string()
      .trim()
      .min(20)
      .max(220)
      .meta({ title: 'Tóm tắt', description: 'Một câu giản dị cho danh sách ở /chinh-sach/.' }),
    /** Who can benefit. */
    audience: z
      .array(statement)
      .min(1)
      .meta({ title: 'Đối tượng', description: 'Ai được hưởng, mỗi ý kèm đoạn văn bản.' }),
    /** What support the plan promises. */
    support: z.array(statement).min(1).meta({
      title: 'Được hỗ trợ gì',
      description: 'Kế hoạch hứa hỗ trợ gì, mỗi ý kèm đoạn văn bản.',
    }),
    /** What a cooperative can do now, drawn from what the plan promises. */
    actions: z.array(statement).min(1).meta({
      title: 'Việc hợp tác xã có thể làm',
      description: 'Việc hợp tác xã làm được ngay, rút từ điều kế hoạch hứa.',
    }),
    /** Whom to ask for this area in particular. */
    contacts: z
      .array(contact)
      .default([])
      .meta({ title: 'Nơi liên hệ', description: 'Nơi hỏi riêng của lĩnh vực này.' }),
    /** The legal bases the plan names for this area; empty when it names none. */
    legalBases: z.array(legalBasis).default([]).meta({
      title: 'Căn cứ pháp lý',
      description: 'Các văn bản kế hoạch nêu cho lĩnh vực này; để trống khi không nêu.',
    }),
    /** Details the plan leaves to other documents or bodies. */
    gaps: z
      .array(
        gap.refine((g) => g.ask.length === 0 || g.askProvenance !== undefined, {
          message:
            'có nơi hỏi (ask) thì phải có askProvenance: theo văn bản (van-ban), gợi ý của biên tập viên (suy-luan, kèm lý do) hay nguồn ngoài (nguon-ngoai)',
          path: ['askProvenance'],
        }),
      )
      .default([])
      .meta({
        title: 'Điều văn bản để ngỏ',
        description: 'Các chi tiết kế hoạch dành cho văn bản hay cơ quan khác.',
      }),
    /** Targets of II.2 this area works towards (ids in `content/targets/`). */
    targets: z.array(id).default([]).meta({
      title: 'Mục tiêu',
      description: 'Mã các mục tiêu (content/targets/) mà lĩnh vực này hướng tới.',
    }),
    /** The verbatim paragraphs the guidance is written from, in document order. */
    sources: z.array(paragraphCitation).min(1).meta({
      title: 'Đoạn văn gốc',
      description:
        'Mọi đoạn của mục lĩnh vực, theo thứ tự văn bản: hướng dẫn viết từ các đoạn này.',
    }),
  })
  .refine((p) => new Set(p.sources).size === p.sources.length, {
    message: 'sources có một đoạn bị lặp lại',
    path: ['sources'],
  });

export type Policy = z.infer<typeof policySchema>;

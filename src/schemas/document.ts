/**
 * A legal, party or administrative document that a plan cites (content/documents/<id>.yaml).
 * Everything here comes from the plan's own text; what the text does not say stays absent
 * (a date, an issuer, a number) rather than being filled in from memory.
 */
import { z } from 'astro/zod';
import {
  citationSchema,
  daySchema,
  effectSchema,
  idSchema,
  isBareNumber,
  provenanceSchema,
} from './shared.ts';

/** Kinds of document, by what the text calls them. */
export const DOCUMENT_TYPES = [
  'luat',
  'nghi-quyet',
  'nghi-dinh',
  'thong-tu',
  'ket-luan',
  'quyet-dinh',
  'ke-hoach',
  'chuong-trinh',
  'chuong-trinh-hanh-dong',
  'de-an',
  'van-ban',
] as const;

/** Levels the index page groups documents by, from the Party centre down to a department. */
export const ISSUING_LEVELS = [
  'dang',
  'quoc-hoi',
  'chinh-phu',
  'bo',
  'tinh-uy',
  'ubnd-tinh',
  'so',
  'khong-ro',
] as const;

/**
 * How one document stands to another. `can-cu`: rests on (the "Căn cứ" lines); `thuc-hien`:
 * carries out; `bai-bo`: repeals; `sua-doi`: amends; `theo-de-nghi`: issued on the proposal made
 * in; `lien-quan`: concerns (e.g. a decision approving the participants of a programme);
 * `thay-the`: replaces (a new law in place of an old one, stated by an outside fact).
 */
export const RELATION_TYPES = [
  'can-cu',
  'thuc-hien',
  'bai-bo',
  'sua-doi',
  'theo-de-nghi',
  'lien-quan',
  'thay-the',
] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A paragraph or section of a plan: `<plan-id>#<anchor>`. */
const citeField = citationSchema;

export const documentRelationSchema = z.strictObject({
  /** How this document stands to the target (see RELATION_TYPES). */
  type: z
    .enum(RELATION_TYPES, {
      error: `loại quan hệ phải là một trong: ${RELATION_TYPES.join(', ')}`,
    })
    .meta({
      title: 'Loại quan hệ',
      description: 'can-cu, thuc-hien, bai-bo, sua-doi, theo-de-nghi, lien-quan hoặc thay-the.',
    }),
  /** Id of the other document (a file name in content/documents/, without extension). */
  target: z.string().regex(ID, 'mã văn bản đích phải viết thường, không dấu, nối bằng "-"').meta({
    title: 'Văn bản đích',
    description: 'Mã văn bản ở đầu kia của quan hệ (content/documents/).',
  }),
  /** The paragraph of a plan that states this relation; absent when an outside fact does. */
  cite: citeField
    .optional()
    .meta({ title: 'Đoạn văn bản', description: 'Đoạn nêu quan hệ này, khi kế hoạch nêu.' }),
  /** The change (content/changes/) that states this relation, for one the plan does not state. */
  change: z.string().regex(ID, 'mã thay đổi phải viết thường, không dấu').optional().meta({
    title: 'Thay đổi',
    description: 'Mã thay đổi (content/changes/) nêu quan hệ này, khi là thông tin ngoài kế hoạch.',
  }),
  /** Short editorial note shown beside the relation; optional. */
  note: z.string().min(1).optional().meta({ title: 'Ghi chú', description: 'Ghi chú về quan hệ.' }),
});

export const documentSchema = z
  .strictObject({
    /**
     * The change (content/changes/) that brings this document into the site, for one the plan does
     * not cite (a law passed after it). Absent for documents the plan cites.
     */
    outsideChange: idSchema.optional().meta({
      title: 'Thay đổi ngoài kế hoạch',
      description:
        'Mã thay đổi (content/changes/) đưa văn bản này vào trang, khi kế hoạch không nêu nó.',
    }),
    /** How a reader names it in a list or a heading (`Nghị quyết số 20-NQ/TW`, `Luật Hợp tác xã`). */
    name: z.string().min(1, 'tên gọi (name) không được để trống').meta({
      title: 'Tên gọi',
      description: 'Tên văn bản như người đọc gọi, ví dụ "Nghị quyết số 20-NQ/TW".',
    }),
    /** Official number and symbol, written correctly (`134/NQ-CP`); absent for laws and programmes the text names without one. */
    number: z
      .string()
      .min(1)
      .optional()
      .meta({ title: 'Số hiệu', description: 'Số hiệu đúng như văn bản viết, nếu có.' }),
    /** Kind of document (see DOCUMENT_TYPES). */
    type: z
      .enum(DOCUMENT_TYPES, {
        error: `loại văn bản phải là một trong: ${DOCUMENT_TYPES.join(', ')}`,
      })
      .meta({
        title: 'Loại văn bản',
        description: 'Loại văn bản theo cách văn bản tự gọi.',
      }),
    /** Who issued it, as far as the text says; absent when the text does not say. */
    issuer: z
      .strictObject({
        /** The issuer's name as the text gives it (`Tỉnh uỷ Bình Định`). */
        name: z
          .string()
          .min(1, 'tên cơ quan ban hành không được để trống')
          .meta({ title: 'Tên cơ quan ban hành', description: 'Tên cơ quan ban hành.' }),
        /** Id in content/agencies/ when that body has an entry; optional. */
        agency: z.string().regex(ID, 'mã cơ quan phải viết thường, không dấu').optional().meta({
          title: 'Mã cơ quan',
          description: 'Mã cơ quan ban hành trong content/agencies/, khi có mục.',
        }),
        /**
         * Where the issuer is known from: the plan's paragraph that names it (`van-ban`), or an
         * outside source (`nguon-ngoai`). Required: an issuer the text does not give is left out.
         */
        provenance: provenanceSchema
          .refine((p) => p.kind !== 'suy-luan', {
            message:
              'cơ quan ban hành chỉ ghi khi văn bản nêu (van-ban) hoặc có nguồn ngoài (nguon-ngoai); không ghi theo suy luận',
          })
          .meta({
            title: 'Nguồn gốc cơ quan ban hành',
            description:
              'Đoạn văn bản nêu cơ quan ban hành (kind: van-ban, cite), hoặc nguồn ngoài kế hoạch (kind: nguon-ngoai, sources).',
          }),
      })
      .optional()
      .meta({
        title: 'Cơ quan ban hành',
        description:
          'Cơ quan ban hành và nguồn gốc của thông tin này; bỏ trống khi văn bản không nói.',
      }),
    /** Level the index groups it under (see ISSUING_LEVELS); `khong-ro` when the text does not say who issued it. */
    level: z
      .enum(ISSUING_LEVELS, {
        error: `cấp ban hành phải là một trong: ${ISSUING_LEVELS.join(', ')}`,
      })
      .meta({
        title: 'Cấp ban hành',
        description: 'Cấp ban hành, để nhóm các văn bản trên trang danh sách.',
      }),
    /** Date of issue as the text gives it, ISO `yyyy-mm-dd` in quotes; absent when the text gives none. */
    date: daySchema
      .optional()
      .meta({ title: 'Ngày ban hành', description: 'Ngày ban hành, khi kế hoạch ghi.' }),
    /** The title as the text cites it (from "về …" on, or the programme's name). */
    title: z
      .string()
      .min(1, 'trích yếu không được để trống')
      .optional()
      .meta({ title: 'Trích yếu', description: 'Trích yếu của văn bản, khi kế hoạch ghi.' }),
    /** The ways the text writes it, exactly (typos included: `134//NQ-CP`); each becomes a link. */
    aliases: z.array(z.string().min(1, 'cách viết không được để trống')).default([]).meta({
      title: 'Cách viết trong văn bản',
      description: 'Các cách kế hoạch viết văn bản này, để nối tới trang của nó.',
    }),
    /** Its relations to other documents, each with the paragraph that states it. */
    relations: z.array(documentRelationSchema).default([]).meta({
      title: 'Quan hệ',
      description: 'Quan hệ với văn bản khác: căn cứ, thực hiện, bãi bỏ, sửa đổi…',
    }),
    /** What a plan's text says about its own entry into force, with the paragraph; optional. */
    effect: effectSchema.optional().meta({
      title: 'Hiệu lực',
      description: 'Văn bản có hiệu lực khi nào, theo chính lời kế hoạch.',
    }),
    /** Editorial notes shown on its page (e.g. a mismatch between two ways the text numbers it). */
    notes: z
      .array(z.string().min(1))
      .default([])
      .meta({ title: 'Ghi chú', description: 'Ghi chú biên tập về văn bản.' }),
    /** The plan id when this document is one of the site's plans (its text is in content/plans/). */
    plan: idSchema.optional().meta({
      title: 'Kế hoạch',
      description:
        'Mã kế hoạch (content/plans/) khi văn bản này là một kế hoạch có toàn văn trên trang.',
    }),
  })
  // A document the plan cites is linked by the words the text uses; one from an outside fact
  // (outsideChange) does not occur in the text and has none.
  .refine((d) => d.outsideChange !== undefined || d.aliases.length > 0, {
    message: 'cần ít nhất một cách viết (aliases) đúng như trong văn bản',
    path: ['aliases'],
  })
  .refine((d) => d.outsideChange === undefined || d.aliases.length === 0, {
    message:
      'văn bản ngoài kế hoạch (outsideChange) không có cách viết trong văn bản: bỏ trường aliases',
    path: ['aliases'],
  })
  .refine((d) => d.relations.every((r) => (r.cite === undefined) !== (r.change === undefined)), {
    message:
      'mỗi quan hệ cần đúng một nguồn: đoạn của kế hoạch (cite) hoặc thay đổi ngoài kế hoạch (change)',
    path: ['relations'],
  })
  .refine((d) => d.aliases.every((a) => a === a.trim()), {
    message: 'cách viết (aliases) không được có khoảng trắng ở đầu hoặc cuối',
    path: ['aliases'],
  })
  .refine((d) => new Set(d.aliases).size === d.aliases.length, {
    message: 'cách viết (aliases) bị lặp',
    path: ['aliases'],
  })
  .refine((d) => d.aliases.every((a) => !isBareNumber(a)), {
    message:
      'cách viết (aliases) không được chỉ gồm chữ số và dấu phân cách (một con số trơn không được liên kết)',
    path: ['aliases'],
  })
  .refine((d) => d.level === 'khong-ro' || d.issuer !== undefined, {
    message:
      'có cấp ban hành thì phải có cơ quan ban hành (issuer); nếu văn bản không nói, dùng level: khong-ro',
    path: ['issuer'],
  })
  .refine(
    (d) => {
      const seen = new Set<string>();
      for (const r of d.relations) {
        const key = `${r.type}>${r.target}`;
        if (seen.has(key)) return false;
        seen.add(key);
      }
      return true;
    },
    {
      message: 'một quan hệ (cùng loại, cùng văn bản đích) bị khai báo hai lần',
      path: ['relations'],
    },
  );

export type DocumentData = z.infer<typeof documentSchema>;
export type DocumentRelation = z.infer<typeof documentRelationSchema>;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type IssuingLevel = (typeof ISSUING_LEVELS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

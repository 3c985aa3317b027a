import { z } from 'astro/zod';
import { citationSchema, daySchema, idSchema } from './shared.ts';

/**
 * A body the plan text names: an issuer, a department, a district committee, an organisation, a
 * central body that receives reports, or a group the text assigns duties to without naming its
 * members ("các Sở, ban, ngành"). Groups are agencies too; a member lists its groups and inherits
 * their duties. One YAML file per agency under `content/agencies/`, the file name is the id.
 */

/** Kinds of agency, with the label a reader sees. */
export const agencyKinds = {
  /** The body that issues the decision. */
  'co-quan-ban-hanh': 'Cơ quan ban hành',
  /** Provincial departments, offices and their group. */
  'so-nganh': 'Sở, ban, ngành tỉnh',
  /** District-level committees and their offices. */
  'dia-phuong': 'Chính quyền cấp huyện',
  /** Commune-level committees and their offices (from 01/7/2025; not named by the plan). */
  'cap-xa': 'Chính quyền cấp xã',
  /** The Fatherland Front, socio-political and socio-professional organisations. */
  'to-chuc-chinh-tri-xa-hoi': 'Mặt trận, tổ chức chính trị - xã hội, xã hội - nghề nghiệp',
  /** The body that represents cooperatives (Liên minh Hợp tác xã). */
  'to-chuc-dai-dien': 'Tổ chức đại diện kinh tế tập thể',
  /** Banks and other credit institutions. */
  'to-chuc-tin-dung': 'Tổ chức tín dụng',
  /** Funds. */
  quy: 'Quỹ',
  /** Steering committees. */
  'ban-chi-dao': 'Ban chỉ đạo',
  /** Party bodies, provincial and central. */
  'co-quan-dang': 'Cơ quan Đảng',
  /** Elected councils. */
  'co-quan-dan-cu': 'Cơ quan dân cử',
  /** The Government, its office and ministries. */
  'co-quan-trung-uong': 'Cơ quan Trung ương',
} as const;
export type AgencyKind = keyof typeof agencyKinds;

const kindIds = Object.keys(agencyKinds) as [AgencyKind, ...AgencyKind[]];

const id = idSchema;
const citation = citationSchema;

/**
 * A surface form that names the agency only in some places: Điều 3 lists "Giám đốc các Sở: Kế
 * hoạch và Đầu tư, …, Tài chính", where "Tài chính" means Sở Tài chính, while elsewhere it does not.
 */
const scopedAlias = z.strictObject({
  /** The words exactly as written, case and diacritics included. */
  text: z
    .string()
    .trim()
    .min(2)
    .meta({ title: 'Cách viết', description: 'Cách viết chỉ tới cơ quan ở những đoạn nêu dưới.' }),
  /** The paragraphs or sections (heading included) where these words mean this agency. */
  within: z
    .array(citation)
    .min(1, 'cần ít nhất một đoạn hoặc mục')
    .meta({
      title: 'Trong các đoạn',
      description: 'Các đoạn hay mục mà cách viết này chỉ cơ quan.',
    }),
});

/** One body that took over an agency's work, through one dated change. */
const successorSchema = z
  .strictObject({
    agency: idSchema.meta({
      title: 'Mã cơ quan kế nhiệm',
      description: 'Tệp trong content/agencies/.',
    }),
    change: idSchema.meta({ title: 'Mã thay đổi', description: 'Tệp trong content/changes/.' }),
    note: z.string().trim().min(10).optional().meta({
      title: 'Ghi chú',
      description: 'Điều cần nói thêm về việc kế nhiệm này (phần chưa rõ).',
    }),
  })
  .meta({
    title: 'Cơ quan kế nhiệm',
    description: 'Cơ quan tiếp nhận công việc, qua một thay đổi.',
  });

export const agencySchema = z.strictObject({
  /** Official name, in full ("Sở Kế hoạch và Đầu tư"). */
  name: z
    .string()
    .trim()
    .min(2)
    .meta({ title: 'Tên cơ quan', description: 'Tên đầy đủ của cơ quan như văn bản viết.' }),
  /** Short name for tables and lists; the name itself by default. */
  shortName: z
    .string()
    .trim()
    .min(2)
    .optional()
    .meta({ title: 'Tên ngắn', description: 'Tên ngắn cho danh sách, nếu có.' }),
  /** What kind of body it is; decides the group on the agency index. */
  kind: z
    .enum(kindIds)
    .meta({
      title: 'Loại cơ quan',
      description: 'Nhóm cơ quan: sở ngành, địa phương, tổ chức đại diện…',
    }),
  /** True when the entry stands for several bodies the text names together. Default false. */
  isGroup: z
    .boolean()
    .default(false)
    .meta({
      title: 'Là nhóm cơ quan',
      description: 'true khi mục này chỉ một nhóm ("các Sở, ban, ngành"); mặc định false.',
    }),
  /** Ids of the groups this agency belongs to; it inherits their duties. Empty by default. */
  groups: z
    .array(id)
    .default([])
    .meta({
      title: 'Thuộc nhóm',
      description: 'Mã các nhóm mà cơ quan thuộc về; cơ quan nhận các nhiệm vụ của nhóm.',
    }),
  /** Id of the body it is part of (Văn phòng UBND tỉnh → UBND tỉnh); shown, not inherited. */
  parent: id
    .optional()
    .meta({ title: 'Cơ quan cấp trên', description: 'Mã cơ quan cấp trên, nếu có.' }),
  /**
   * Every way the text writes the name, exactly as written (Ủy/Uỷ spellings count). A plain string
   * names the agency anywhere; a scoped alias only in the paragraphs it lists. Forms that do not
   * occur in the text do not belong here. Empty by default.
   */
  aliases: z
    .array(z.union([z.string().trim().min(2), scopedAlias]))
    .default([])
    .meta({
      title: 'Cách viết trong văn bản',
      description:
        'Các cách văn bản gọi cơ quan; cách viết chỉ đúng ở một số đoạn thì kèm các đoạn đó.',
    }),
  /** Editorial note shown on the agency page, labelled as such (e.g. how an alias was read). */
  note: z
    .string()
    .trim()
    .min(10)
    .optional()
    .meta({ title: 'Ghi chú', description: 'Ghi chú biên tập về cơ quan.' }),
  /**
   * The bodies that hold this agency's work after a change (content/changes/), each with the change
   * that made them so. An agency with successors no longer exists from that change's date. Empty
   * by default (the body still exists, or nothing sourced is known).
   */
  successors: z.array(successorSchema).default([]).meta({
    title: 'Cơ quan kế nhiệm',
    description:
      'Các cơ quan nay đảm nhận công việc của cơ quan này, kèm thay đổi làm nên việc đó.',
  }),
  /**
   * For a body the plan does not name (a successor formed after it): the change that formed it or
   * gave it the plan's work. Absent for the bodies the plan names.
   */
  unknownToday: z
    .strictObject({
      note: z
        .string()
        .trim()
        .min(10)
        .meta({ title: 'Ghi chú', description: 'Vì sao chưa rõ ai giữ việc này hôm nay.' }),
      checked: daySchema.meta({
        title: 'Ngày kiểm tra',
        description: 'Ngày biên tập viên tìm lần cuối.',
      }),
    })
    .optional()
    .meta({
      title: 'Chưa rõ hiện nay',
      description:
        'Khi chưa tìm thấy nguồn về việc cơ quan này nay ra sao: điều chưa tìm thấy và ngày đã tìm.',
    }),
  createdBy: idSchema.optional().meta({
    title: 'Hình thành từ thay đổi',
    description:
      'Mã thay đổi (content/changes/) làm cơ quan này tiếp nhận công việc; chỉ cho cơ quan văn bản không nêu.',
  }),
});

export type AgencyData = z.infer<typeof agencySchema>;
export type AgencyAlias = AgencyData['aliases'][number];
/** An agency with its id (the file name). */
export type Agency = AgencyData & { id: string };

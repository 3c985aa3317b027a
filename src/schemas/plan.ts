import { z } from 'astro/zod';
import {
  anchorSchema,
  effectSchema,
  areaSchema,
  citationSchema as citation,
  dayDateSchema,
  daySchema,
  idSchema,
} from './shared.ts';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The official text this plan's copy must match byte for byte: where it came from, its SHA-256,
 * and a short SHA-256 of each line so that a changed copy is reported with the line that differs.
 */
export const officialTextSchema = z
  .strictObject({
    source: z.string().trim().min(5).meta({
      title: 'Nguồn văn bản chính thức',
      description: 'Nơi lấy bản gốc (tệp, trang web, cơ quan), để ai cũng đối chiếu được.',
    }),
    sha256: z
      .string()
      .regex(SHA256, 'phải là 64 ký tự 0-9, a-f (dấu vân tay SHA-256 của bản gốc)')
      .meta({
        title: 'Dấu vân tay SHA-256',
        description: 'SHA-256 của bản gốc (UTF-8); bản sao khác một byte là không khớp.',
      }),
    lines: z
      .array(z.string().regex(/^[0-9a-f]{16}$/, 'mỗi dòng là 16 ký tự 0-9, a-f'))
      .min(1)
      .meta({
        title: 'Dấu vân tay từng dòng',
        description: '16 ký tự đầu SHA-256 của mỗi dòng bản gốc, để chỉ ra dòng bị sửa.',
      }),
  })
  .meta({
    title: 'Văn bản chính thức',
    description: 'Bản gốc mà tệp văn bản phải giữ đúng từng ký tự.',
  });

/** A relation to another document, with the paragraph that states it. */
const relation = z.strictObject({
  /** Id of the document in `content/documents/`. */
  document: idSchema.meta({
    title: 'Văn bản',
    description: 'Mã văn bản trong content/documents/.',
  }),
  /** Where the plan states the relation. */
  cite: citation.meta({
    title: 'Đoạn văn bản',
    description: 'Đoạn nêu quan hệ này, dạng "<mã kế hoạch>#<neo đoạn>".',
  }),
});

/**
 * A policy area of the plan (III.2.1 … III.2.8 in 510/QĐ-UBND): its id, the short name readers
 * see, and the plan's own section it rests on. The list's order is the plan's order; nothing in
 * the code knows how many areas a plan has.
 */
export const policyAreaSchema = z
  .strictObject({
    id: idSchema.meta({
      title: 'Mã lĩnh vực',
      description:
        'Mã của lĩnh vực chính sách: tên tệp trang hướng dẫn trong content/policies/ và giá trị "policy" của nhiệm vụ.',
    }),
    label: z.string().trim().min(3).meta({
      title: 'Tên ngắn',
      description: 'Tên ngắn của lĩnh vực trong danh sách và bộ lọc, ví dụ "Tín dụng".',
    }),
    section: anchorSchema.meta({
      title: 'Mục của văn bản',
      description: 'Neo của mục đánh số mà lĩnh vực dựa vào, ví dụ "muc-iii-2-4".',
    }),
  })
  .meta({ title: 'Lĩnh vực chính sách', description: 'Một lĩnh vực chính sách của kế hoạch.' });
export type PolicyAreaData = z.infer<typeof policyAreaSchema>;

/** A target horizon of the plan ("Mục tiêu đến năm 2030", II.2.1), with the section stating it. */
export const horizonSchema = z
  .strictObject({
    year: z
      .number({ error: 'năm phải là một số, ví dụ 2030' })
      .int()
      .min(2000)
      .max(2100)
      .meta({ title: 'Năm mốc', description: 'Năm mà các mục tiêu của mục này hướng tới.' }),
    label: z.string().trim().min(5).meta({
      title: 'Tên mốc',
      description: 'Tiêu đề nhóm mục tiêu trên trang mục tiêu, ví dụ "Mục tiêu đến năm 2030".',
    }),
    section: anchorSchema.meta({
      title: 'Mục của văn bản',
      description: 'Neo của mục nêu các mục tiêu của mốc này, ví dụ "muc-ii-2-1".',
    }),
  })
  .meta({ title: 'Mốc mục tiêu', description: 'Một mốc thời gian của các mục tiêu.' });
export type HorizonData = z.infer<typeof horizonSchema>;

/** Whom to ask whatever the area: a body the plan gives a standing role, in the plan's words. */
export const generalContactSchema = z
  .strictObject({
    agency: idSchema.meta({
      title: 'Cơ quan',
      description: 'Mã cơ quan (tên tệp trong content/agencies/).',
    }),
    role: z.string().trim().min(10).meta({
      title: 'Vai trò',
      description: 'Việc cơ quan làm theo đoạn trích dẫn, viết lại ngắn gọn từ văn bản.',
    }),
    cite: citation.meta({
      title: 'Đoạn văn bản',
      description: 'Đoạn giao vai trò này cho cơ quan, dạng "<mã kế hoạch>#<neo đoạn>".',
    }),
  })
  .meta({ title: 'Nơi hỏi chung', description: 'Cơ quan mà mọi trang chính sách đều chỉ tới.' });

/**
 * A plan (or the decision that issues it): metadata beside its verbatim text. One folder per plan
 * under `content/plans/<id>/`: this `plan.yaml` and the text file it names.
 */
export const planSchema = z.strictObject({
  /** Official number as the document writes it: "510/QĐ-UBND". */
  number: z
    .string()
    .min(1)
    .meta({ title: 'Số hiệu', description: 'Số hiệu đúng như văn bản viết, ví dụ "510/QĐ-UBND".' }),
  /** Kind of document: "Quyết định", "Kế hoạch". */
  type: z
    .string()
    .min(1)
    .meta({ title: 'Loại văn bản', description: 'Ví dụ "Quyết định", "Kế hoạch".' }),
  /** Short title for lists and the browser tab, written by the editors. */
  shortTitle: z
    .string()
    .min(1)
    .meta({
      title: 'Tên ngắn',
      description: 'Tên ngắn cho danh sách và thẻ trình duyệt, do biên tập viên đặt.',
    }),
  /** Subject line ("trích yếu") as the text gives it, in sentence case. */
  subject: z
    .string()
    .min(1)
    .meta({ title: 'Trích yếu', description: 'Trích yếu như văn bản ghi, viết hoa đầu câu.' }),
  /** The issuing body as a reader names it. */
  issuer: z
    .string()
    .min(1)
    .meta({ title: 'Cơ quan ban hành', description: 'Tên cơ quan ban hành như người đọc gọi.' }),
  /** Id of the issuing body in `content/agencies/`, once that entry exists; none by default. */
  issuerAgency: z
    .string()
    .optional()
    .meta({
      title: 'Mã cơ quan ban hành',
      description: 'Mã cơ quan ban hành trong content/agencies/, khi đã có mục.',
    }),
  /** Date of issue, as the text gives it (yyyy-mm-dd). */
  issuedOn: dayDateSchema.meta({
    title: 'Ngày ban hành',
    description: 'Ngày ký ban hành như văn bản ghi (năm-tháng-ngày).',
  }),
  /** First day in force (yyyy-mm-dd). */
  effectiveFrom: dayDateSchema.meta({
    title: 'Có hiệu lực từ',
    description: 'Ngày đầu tiên văn bản có hiệu lực (năm-tháng-ngày).',
  }),
  /** The text's own words on when it takes effect, and where it says so. */
  effect: effectSchema,
  /** What the plan says of its status; no outside claim without a source. */
  statusNote: z
    .string()
    .min(1)
    .meta({
      title: 'Tình trạng',
      description:
        'Văn bản tự nói gì về tình trạng của nó; không khẳng định điều gì bên ngoài khi chưa có nguồn.',
    }),
  /**
   * What the editors know of a document replacing or continuing this plan, with the day they last
   * looked ("no replacing document found as of …"). An outside statement, shown as such; optional.
   */
  replacement: z
    .strictObject({
      note: z
        .string()
        .trim()
        .min(10)
        .meta({
          title: 'Ghi chú',
          description: 'Biên tập viên tìm thấy gì, hay chưa tìm thấy văn bản nào.',
        }),
      checked: daySchema.meta({
        title: 'Ngày tra cứu',
        description: 'Ngày biên tập viên tìm lần cuối.',
      }),
    })
    .optional()
    .meta({
      title: 'Văn bản thay thế',
      description:
        'Điều biên tập viên biết về văn bản thay thế hay tiếp nối, kèm ngày tra cứu; thông tin ngoài kế hoạch.',
    }),
  /** The verbatim text file in the same folder. Default `van-ban.txt`. */
  text: z
    .string()
    .default('van-ban.txt')
    .meta({
      title: 'Tệp văn bản',
      description: 'Tên tệp văn bản nguyên văn trong cùng thư mục; mặc định "van-ban.txt".',
    }),
  /** The official text the file must match (its source and fingerprint). */
  official: officialTextSchema.meta({
    title: 'Văn bản chính thức',
    description: 'Nguồn và dấu vân tay của bản gốc mà tệp văn bản phải khớp.',
  }),
  /** Documents this plan carries out (Điều 1). Empty by default. */
  implements: z
    .array(relation)
    .default([])
    .meta({
      title: 'Thực hiện văn bản',
      description: 'Các văn bản mà kế hoạch này triển khai (Điều 1).',
    }),
  /** Documents this plan repeals (Điều 2). Empty by default. */
  repeals: z
    .array(relation)
    .default([])
    .meta({ title: 'Bãi bỏ văn bản', description: 'Các văn bản mà kế hoạch này bãi bỏ (Điều 2).' }),
  /**
   * Column names for the appendix table. The source copy has no header row, so these are the
   * editors' labels, shown as such. None by default ("Cột 1", "Cột 2"…).
   */
  appendixColumns: z
    .array(z.string().min(1))
    .default([])
    .meta({
      title: 'Cột của bảng phụ lục',
      description:
        'Tên các cột của bảng phụ lục do biên tập viên đặt, khi bản gốc không có dòng tiêu đề.',
    }),
  /** Editorial notes shown beside a paragraph, never inside the text. Empty by default. */
  notes: z
    .array(
      z.strictObject({
        /** Anchor of the paragraph or section the note stands beside. */
        anchor: anchorSchema.meta({
          title: 'Neo',
          description: 'Neo của đoạn hay mục mà ghi chú đứng cạnh.',
        }),
        /** Short heading of the note. */
        title: z
          .string()
          .min(1)
          .meta({ title: 'Tiêu đề ghi chú', description: 'Tiêu đề ngắn của ghi chú.' }),
        /** The note itself, plain text. */
        body: z
          .string()
          .min(1)
          .meta({ title: 'Nội dung ghi chú', description: 'Nội dung ghi chú, chữ thường.' }),
      }),
    )
    .default([])
    .meta({
      title: 'Ghi chú biên tập',
      description: 'Ghi chú đứng cạnh một đoạn, không bao giờ nằm trong văn bản.',
    }),
  /**
   * The area the plan's targets and tasks were set for. Only figures of this area count as
   * progress on its targets; none is counted when absent.
   */
  area: areaSchema
    .optional()
    .meta({
      title: 'Địa bàn',
      description:
        'Địa bàn mà mục tiêu và nhiệm vụ của kế hoạch đặt ra cho; chỉ số liệu của địa bàn này được tính là tiến độ.',
    }),
  /**
   * The day the editors last looked for published figures and evidence on this plan: a task
   * without evidence says "chưa có thông tin" as of this day. None by default.
   */
  policyAreas: z.array(policyAreaSchema).default([]).meta({
    title: 'Các lĩnh vực chính sách',
    description:
      'Các lĩnh vực chính sách của kế hoạch, theo thứ tự của văn bản; mỗi lĩnh vực có một trang trong content/policies/.',
  }),
  horizons: z.array(horizonSchema).default([]).meta({
    title: 'Các mốc mục tiêu',
    description: 'Các mốc năm của mục tiêu, theo thứ tự của văn bản, mỗi mốc với mục nêu nó.',
  }),
  generalContacts: z.array(generalContactSchema).default([]).meta({
    title: 'Nơi hỏi chung',
    description:
      'Cơ quan mà mọi trang chính sách của kế hoạch đều chỉ tới, mỗi cơ quan với đoạn văn bản giao vai trò.',
  }),
  columnAssignment: z
    .strictObject({
      cite: citation.meta({
        title: 'Đoạn giao nhiệm vụ',
        description: 'Đoạn văn bản giao việc tuyên truyền, dạng "<mã kế hoạch>#<neo đoạn>".',
      }),
      task: z.string().trim().min(5).meta({
        title: 'Nhiệm vụ',
        description:
          'Lời văn bản về việc được giao, đặt trong ngoặc kép trên trang chuyên mục, ví dụ "xây dựng các chuyên trang, chuyên mục".',
      }),
      assignedBy: z.string().trim().min(5).meta({
        title: 'Ai giao, giao cho ai',
        description:
          'Phần cuối câu trên trang chuyên mục, ví dụ "mà Phụ lục của kế hoạch giao cho Liên minh HTX tỉnh".',
      }),
    })
    .optional()
    .meta({
      title: 'Nhiệm vụ tuyên truyền của chuyên mục',
      description:
        'Đoạn văn bản giao việc tuyên truyền mà các bài chuyên mục thực hiện; trang chuyên mục dẫn về đoạn này.',
    }),
  progressCheckedOn: daySchema.optional().meta({
    title: 'Ngày rà soát tiến độ',
    description: 'Ngày biên tập viên tìm lần cuối số liệu và thông tin thực hiện của kế hoạch.',
  }),
});

export type PlanData = z.infer<typeof planSchema>;

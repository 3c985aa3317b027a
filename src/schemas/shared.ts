/**
 * Pieces every collection schema builds from: ids, references, citations of the plan's
 * paragraphs, calendar days, and outside facts with their sources. One definition each, so that
 * two schemas never disagree on what an id or a date is. Imports `z` and `leven` only (no
 * `src/lib/`).
 */
import { z } from 'astro/zod';
import leven from 'leven';

/** An entry's id: its file name, lower case ASCII words joined by "-". */
export const idSchema = z
  .string({ error: 'phải là một mã (chữ thường không dấu, số và dấu "-")' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'mã chỉ gồm chữ thường không dấu, số và dấu "-"')
  .meta({ title: 'Mã', description: 'Tên tệp không đuôi: chữ thường không dấu, số và dấu "-".' });

const BARE_NUMBER = /^[\p{N}\s./\-–,:()]*$/u;

/** True when a surface form has nothing but digits and separators (`510`, `15/12`, `2021 - 2025`). */
export function isBareNumber(text: string): boolean {
  return BARE_NUMBER.test(text);
}

/** A section or paragraph anchor inside one plan's text: `muc-iii-2-4`, `dieu-2-p1`. */
export const anchorSchema = z
  .string({ error: 'phải là neo của một mục (chữ thường không dấu, số và dấu "-")' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'neo chỉ gồm chữ thường không dấu, số và dấu "-"')
  .meta({
    title: 'Neo',
    description: 'Neo của một mục hay một đoạn trong văn bản, ví dụ "muc-iii-2-4".',
  });

/** A paragraph or a section of a plan: `<plan-id>#<anchor>`. */
export const citationSchema = z
  .string({ error: 'phải là chuỗi dạng "<mã kế hoạch>#<neo đoạn>"' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'phải có dạng "<mã kế hoạch>#<neo đoạn>", ví dụ "510-qd-ubnd#dieu-2-p1"',
  )
  .meta({
    title: 'Trích dẫn văn bản',
    description:
      'Đoạn hoặc mục của kế hoạch, dạng "<mã kế hoạch>#<neo>", ví dụ "510-qd-ubnd#dieu-2-p1".',
  });

/** One paragraph of a plan, not a whole section: `<plan-id>#<section anchor>-p<n>`. */
export const paragraphCitationSchema = z
  .string({ error: 'phải là chuỗi dạng "<mã kế hoạch>#<neo đoạn>"' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*-p\d+$/,
    'phải là trích dẫn một đoạn của kế hoạch, dạng "<mã kế hoạch>#<neo đoạn>", ví dụ "510-qd-ubnd#muc-iii-2-4-p1"',
  )
  .meta({
    title: 'Đoạn văn bản',
    description:
      'Một đoạn của kế hoạch, dạng "<mã kế hoạch>#<neo mục>-p<số>", ví dụ "510-qd-ubnd#muc-iii-2-4-p1".',
  });

/** When a document takes effect, in its own words, and where it says so. */
export const effectSchema = z
  .strictObject({
    note: z.string().trim().min(1).meta({
      title: 'Lời văn bản về hiệu lực',
      description:
        'Văn bản nói gì về ngày có hiệu lực, ví dụ "Có hiệu lực kể từ ngày ký (Điều 2)".',
    }),
    cite: citationSchema.meta({
      title: 'Đoạn văn bản',
      description: 'Đoạn nói về hiệu lực, dạng "<mã kế hoạch>#<neo đoạn>".',
    }),
  })
  .meta({ title: 'Hiệu lực', description: 'Văn bản có hiệu lực khi nào, theo chính lời văn bản.' });

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `yyyy-mm-dd` and names a day that exists (no 30/02, no month 13). */
export function isRealDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar day written `yyyy-mm-dd`, kept as that string so that no time zone shifts it. A YAML
 * parser that already turned it into a Date gives it back as the day it was written in UTC.
 */
export const daySchema = z
  .preprocess(
    (value) =>
      value instanceof Date && !Number.isNaN(value.getTime())
        ? value.toISOString().slice(0, 10)
        : value,
    z
      .string({ error: 'phải là một ngày dạng năm-tháng-ngày, ví dụ "2025-07-01"' })
      .regex(ISO_DAY, 'ngày phải viết dạng năm-tháng-ngày, ví dụ "2025-07-01"')
      .refine(isRealDay, 'ngày không có thật'),
  )
  .meta({ title: 'Ngày', description: 'Dạng năm-tháng-ngày, ví dụ "2025-07-01".' });

/** Where an outside fact was read: a public page, who publishes it, and when it was last checked. */
export const outsideSourceSchema = z
  .strictObject({
    url: z
      .url({
        protocol: /^https?$/,
        error: 'phải là địa chỉ trang web bắt đầu bằng http:// hoặc https://',
      })
      .meta({
        title: 'Địa chỉ nguồn',
        description: 'Trang công khai nơi đã đọc được thông tin này.',
      }),
    publisher: z.string().trim().min(2).meta({
      title: 'Nơi đăng nguồn',
      description: 'Tên trang hoặc cơ quan đăng nguồn (ví dụ "Báo Gia Lai").',
    }),
    title: z
      .string()
      .trim()
      .min(5)
      .optional()
      .meta({ title: 'Tiêu đề nguồn', description: 'Tiêu đề bài hoặc trang, nếu có.' }),
    checked: daySchema.meta({
      title: 'Ngày kiểm tra nguồn',
      description: 'Ngày biên tập viên đọc lại trang nguồn và thấy thông tin còn đúng.',
    }),
  })
  .meta({ title: 'Nguồn ngoài kế hoạch', description: 'Một trang công khai xác nhận thông tin.' });

/** At least one source: an outside fact is never shown without one. */
export const outsideSourcesSchema = z
  .array(outsideSourceSchema)
  .min(1, 'cần ít nhất một nguồn (địa chỉ, nơi đăng, ngày kiểm tra)')
  .meta({
    title: 'Nguồn ngoài kế hoạch',
    description: 'Các trang công khai xác nhận thông tin, mỗi trang kèm ngày kiểm tra.',
  });

/** The instrument that makes an outside fact true: a law, a decree, a resolution, a decision. */
export const instrumentSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(5)
      .meta({ title: 'Tên văn bản', description: 'Ví dụ "Nghị quyết số 202/2025/QH15".' }),
    issuer: z
      .string()
      .trim()
      .min(2)
      .meta({ title: 'Cơ quan ban hành', description: 'Ví dụ "Quốc hội".' }),
    issuedOn: daySchema.optional().meta({
      title: 'Ngày ban hành',
      description:
        'Ngày ký hoặc thông qua văn bản. Khi chưa kiểm được ngày này, bỏ trống và ghi issuedOnUnknown.',
    }),
    issuedOnUnknown: z.string().trim().min(10).optional().meta({
      title: 'Vì sao chưa có ngày ban hành',
      description:
        'Chỉ ghi khi chưa kiểm được ngày ban hành: đã tìm ở đâu và nguồn nói được gì (ví dụ chỉ nêu ngày có hiệu lực). Không ghi cùng issuedOn.',
    }),
    document: idSchema.optional().meta({
      title: 'Mã văn bản',
      description: 'Mã tệp trong content/documents/, nếu văn bản có trang riêng.',
    }),
  })
  // A missing issue date is said, never left silent: the pages then show that it is not known.
  .refine((i) => i.issuedOn !== undefined || i.issuedOnUnknown !== undefined, {
    message:
      'thiếu ngày ban hành (issuedOn); nếu chưa kiểm được ngày này, ghi vào issuedOnUnknown đã tìm ở đâu và vì sao chưa có',
    path: ['issuedOn'],
  })
  .refine((i) => i.issuedOn === undefined || i.issuedOnUnknown === undefined, {
    message: 'đã có ngày ban hành (issuedOn) thì bỏ trường issuedOnUnknown',
    path: ['issuedOnUnknown'],
  })
  .meta({
    title: 'Văn bản căn cứ',
    description: 'Văn bản làm cho thông tin ngoài kế hoạch là đúng.',
  });
export type Instrument = z.infer<typeof instrumentSchema>;

/**
 * Where a statement the site shows comes from. `van-ban`: the plan says it (with its paragraph);
 * `suy-luan`: the editors infer it (with their reason); `nguon-ngoai`: an outside source says it
 * (with its sources, each checked on a date).
 */
export const STATEMENT_KINDS = {
  'van-ban': 'Theo văn bản',
  'suy-luan': 'Suy luận biên tập',
  'nguon-ngoai': 'Thông tin ngoài kế hoạch',
} as const;
export type StatementKind = keyof typeof STATEMENT_KINDS;

/** The provenance of one statement: one of the three kinds, with what that kind must carry. */
export const provenanceSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z
          .literal('van-ban')
          .meta({
            title: 'Loại nguồn gốc',
            description: '"van-ban": văn bản nói điều này (kèm đoạn trích cite).',
          }),
        cite: citationSchema,
      }),
      z.strictObject({
        kind: z
          .literal('suy-luan')
          .meta({
            title: 'Loại nguồn gốc',
            description: '"suy-luan": biên tập viên suy ra từ văn bản (kèm lý do reason).',
          }),
        reason: z.string().trim().min(10).meta({
          title: 'Lý do',
          description: 'Vì sao biên tập viên suy ra điều này từ văn bản.',
        }),
        cite: citationSchema.optional(),
      }),
      z.strictObject({
        kind: z
          .literal('nguon-ngoai')
          .meta({
            title: 'Loại nguồn gốc',
            description:
              '"nguon-ngoai": một nguồn ngoài kế hoạch nói điều này (kèm nguồn sources).',
          }),
        instrument: instrumentSchema.optional(),
        sources: outsideSourcesSchema,
      }),
    ],
    {
      // A statement with no provenance at all is the common mistake: say it is missing.
      error: (issue) =>
        issue.input === undefined
          ? 'chưa điền nguồn gốc thông tin: kind "van-ban" (kèm cite), "suy-luan" (kèm reason) hoặc "nguon-ngoai" (kèm sources)'
          : 'loại nguồn (kind) phải là một trong: "van-ban", "suy-luan", "nguon-ngoai"',
    },
  )
  .meta({
    title: 'Nguồn gốc thông tin',
    description:
      'Theo văn bản (kèm đoạn trích), suy luận biên tập (kèm lý do) hoặc thông tin ngoài kế hoạch (kèm nguồn và ngày kiểm tra).',
  });
export type Provenance = z.infer<typeof provenanceSchema>;

/**
 * The same calendar day as a Date at midnight UTC, for fields whose pages sort and format Dates.
 * The day is checked as written first (see daySchema): a YAML parser would turn 2025-13-45 into
 * 14/02/2026 without a word.
 */
export const dayDateSchema = daySchema
  .pipe(z.transform((day: string) => new Date(`${day}T00:00:00Z`)))
  .meta({ title: 'Ngày', description: 'Dạng năm-tháng-ngày, ví dụ "2025-07-01".' });

/** The known field closest to a misspelt one, when it is close enough to be the one meant. */
export function closestField(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = leven(lower, name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  // Two edits for a long name, one for a short one: "coLead" → "coLeads", "group" → "groups".
  if (best && best.distance <= (key.length > 5 ? 2 : 1)) return best.name;
  return undefined;
}

/** "có trường lạ "coLead" (có phải "coLeads"?)": for a field the schema does not know. */
export function unknownFieldsMessage(keys: readonly string[], known: readonly string[]): string {
  const named = keys.map((k) => {
    const close = closestField(k, known);
    return close ? `"${k}" (có phải ý bạn là "${close}"?)` : `"${k}"`;
  });
  return `có trường lạ ${named.join(', ')}: trang sẽ không đọc trường này; có thể gõ nhầm tên trường, hãy sửa hoặc xoá`;
}

/**
 * How sure the editors are of an outside fact, as the facts file grades it: `V` read on a page,
 * `V~` read with a nuance the site must say. Facts nobody found a source for never get an entry.
 */
export const VERDICTS = {
  V: 'Đã kiểm chứng',
  'V~': 'Đã kiểm chứng, kèm lưu ý',
} as const;
export type Verdict = keyof typeof VERDICTS;
export const verdictSchema = z
  .enum(Object.keys(VERDICTS) as [Verdict, ...Verdict[]], {
    error: 'mức kiểm chứng (verdict) phải là "V" hoặc "V~"',
  })
  .meta({
    title: 'Mức kiểm chứng',
    description: '"V": đã đọc thấy trên trang nguồn; "V~": đã đọc thấy, kèm một lưu ý phải nói ra.',
  });

/** What a "V~" verdict must say: the part the sources do not confirm. */
export const nuanceSchema = z.string().trim().min(10).optional().meta({
  title: 'Lưu ý',
  description: 'Điều nguồn chưa xác nhận, bắt buộc khi mức kiểm chứng là "V~".',
});

/** The rule every outside fact with a verdict shares: "V~" is never shown without its nuance. */
export const nuanceRule: [
  (fact: { verdict: Verdict; nuance?: string | undefined }) => boolean,
  { message: string; path: PropertyKey[] },
] = [
  (fact) => fact.verdict !== 'V~' || fact.nuance !== undefined,
  {
    message: 'mức kiểm chứng "V~" cần ghi lưu ý (nuance): điều nguồn chưa xác nhận',
    path: ['nuance'],
  },
];

/**
 * The three areas an outside figure may cover. They are never added up or compared as one: the
 * plan's targets were set for one of them (its `area` in plan.yaml), and a figure for another is
 * shown apart and never counted as progress.
 */
export const AREAS = {
  'binh-dinh-cu': 'tỉnh Bình Định cũ',
  'gia-lai-cu': 'tỉnh Gia Lai cũ',
  'gia-lai-moi': 'tỉnh Gia Lai sau hợp nhất',
} as const;
export type Area = keyof typeof AREAS;

export const areaSchema = z
  .enum(Object.keys(AREAS) as [Area, ...Area[]], {
    error: `địa bàn phải là một trong: ${Object.keys(AREAS)
      .map((a) => `"${a}"`)
      .join(', ')}`,
  })
  .meta({
    title: 'Địa bàn',
    description:
      'Địa bàn mà số liệu hay sự kiện nói tới: binh-dinh-cu (Bình Định cũ), gia-lai-cu (Gia Lai cũ) hoặc gia-lai-moi (Gia Lai sau hợp nhất).',
  });

/**
 * When an outside figure or event happened, as precisely as its source says: a year, a month or
 * a day, with the source's own words when the period is not one of those ("6 tháng đầu năm").
 */
export const whenSchema = z
  .strictObject({
    year: z
      .number({ error: 'năm phải là một số, ví dụ 2024' })
      .int()
      .min(2000)
      .max(2100)
      .meta({ title: 'Năm', description: 'Năm mà số liệu hay sự kiện nói tới.' }),
    month: z
      .number()
      .int()
      .min(1, 'tháng từ 1 đến 12')
      .max(12, 'tháng từ 1 đến 12')
      .optional()
      .meta({ title: 'Tháng', description: 'Tháng, nếu nguồn nêu rõ.' }),
    day: z
      .number()
      .int()
      .min(1)
      .max(31)
      .optional()
      .meta({ title: 'Ngày', description: 'Ngày trong tháng, nếu nguồn nêu rõ (cần có tháng).' }),
    label: z.string().trim().min(3).optional().meta({
      title: 'Cách nguồn nói về thời gian',
      description: 'Ví dụ "6 tháng đầu năm 2024", "nhiệm kỳ 2020-2025", "cuối năm 2021".',
    }),
  })
  .refine((w) => w.day === undefined || w.month !== undefined, {
    message: 'có ngày thì phải có tháng',
    path: ['month'],
  })
  .refine(
    (w) =>
      w.day === undefined ||
      w.month === undefined ||
      isRealDay(`${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`),
    { message: 'ngày không có thật', path: ['day'] },
  )
  .meta({
    title: 'Thời gian',
    description: 'Năm, có thể kèm tháng và ngày, theo đúng mức chính xác của nguồn.',
  });
export type When = z.infer<typeof whenSchema>;

/** A verbatim quote of the outside source: the evidence that stands beside a figure or an event. */
export const quoteSchema = z
  .string({ error: 'thiếu câu trích nguyên văn từ nguồn' })
  .trim()
  .min(10, 'câu trích nguyên văn từ nguồn quá ngắn hoặc bị bỏ trống')
  .meta({
    title: 'Trích nguyên văn từ nguồn',
    description: 'Câu trích đúng từng chữ từ trang nguồn, nêu con số hay sự kiện.',
  });

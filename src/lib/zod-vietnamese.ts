/**
 * Schema errors in plain Vietnamese, for editors: zod's Vietnamese locale, plus our own wording for
 * the errors editors meet most (a missing field, an empty one, a wrong type, a misspelt key). A
 * schema's own message always wins over both. Used by the build (src/content.config.ts) and by
 * `npm run check:content`.
 */
import { z } from 'astro/zod';
import { unknownFieldsMessage } from '../schemas/shared.ts';

/** The field names of the object schema that raised an issue, for a "did you mean" hint. */
function knownFields(inst: unknown): string[] {
  const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod
    ?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'chữ',
  number: 'một con số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách, mỗi dòng bắt đầu bằng "- "',
  object: 'một nhóm trường "tên: giá trị"',
  date: 'một ngày dạng năm-tháng-ngày, ví dụ 2025-03-15',
};

/**
 * Plain Vietnamese for the errors a schema does not word itself; zod's Vietnamese locale answers
 * the rest. A schema's own message always wins over both.
 */
export function friendlyError(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'chưa điền (trường bắt buộc)';
      return `phải là ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'đang để trống';
      if (issue.origin === 'string') return `quá ngắn: cần ít nhất ${issue.minimum} ký tự`;
      if (issue.origin === 'array') return `cần ít nhất ${issue.minimum} mục`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `quá dài: tối đa ${issue.maximum} ký tự`;
      return undefined;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return unknownFieldsMessage(issue.keys, knownFields(issue.inst));
    default:
      return undefined;
  }
}

/** Makes every zod error of this process Vietnamese. */
export function useVietnameseErrors(): void {
  z.config({ ...z.locales.vi(), customError: friendlyError });
}

/**
 * The same schema, with its errors worded as above even where the caller brings its own wording:
 * Astro parses content with an error map of its own ("title: Required"), which outranks the
 * global one. The entry is checked first with our wording; only a valid entry reaches `schema`,
 * which then gives the data its types, defaults and transforms. A preprocess step, because zod
 * describes it by `schema` itself: Astro's generated JSON schemas for editors stay complete.
 */
export function withVietnameseErrors<T extends z.ZodType>(schema: T) {
  return z.preprocess((data, ctx) => {
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    }
    return data;
  }, schema);
}

type AnyDef = Record<string, unknown> & { type?: string };
const defOf = (schema: z.ZodType): AnyDef =>
  (schema as unknown as { _zod: { def: AnyDef } })._zod.def;

/** The schema inside optional, default, pipe, array… wrappers, down to an object when there is one. */
function objectsOf(schema: z.ZodType | undefined, depth = 0): z.ZodType[] {
  if (!schema || depth > 12) return [];
  const def = defOf(schema);
  if (def['shape']) return [schema];
  const options = def['options'] as z.ZodType[] | undefined;
  if (options) return options.flatMap((o) => objectsOf(o, depth + 1));
  const inner = (def['innerType'] ?? def['in'] ?? def['out'] ?? def['schema']) as
    z.ZodType | undefined;
  return inner ? objectsOf(inner, depth + 1) : [];
}

/** The element schema of an array, through wrappers. */
function elementOf(schema: z.ZodType | undefined, depth = 0): z.ZodType | undefined {
  if (!schema || depth > 12) return undefined;
  const def = defOf(schema);
  if (def['element']) return def['element'] as z.ZodType;
  const inner = (def['innerType'] ?? def['in'] ?? def['schema']) as z.ZodType | undefined;
  return elementOf(inner, depth + 1);
}

/** A field's Vietnamese title: its own `.meta()`, or that of the schema it wraps. */
export function titleOf(schema: z.ZodType | undefined, depth = 0): string | undefined {
  if (!schema || depth > 12) return undefined;
  const title = z.globalRegistry.get(schema)?.title;
  if (title) return title;
  const def = defOf(schema);
  const inner = (def['innerType'] ?? def['in'] ?? def['schema']) as z.ZodType | undefined;
  return titleOf(inner, depth + 1);
}

/** The schema of the field at `path` (keys and list positions), or undefined when none has it. */
export function fieldSchemaAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    if (typeof key === 'number') {
      current = elementOf(current);
      continue;
    }
    const name = String(key);
    current = objectsOf(current)
      .map((o) => (defOf(o)['shape'] as Record<string, z.ZodType>)[name])
      .find((f) => f !== undefined);
  }
  return current;
}

/**
 * A field as an editor reads it, from the schema's own titles: "Ảnh bìa (cover) › Mô tả ảnh bìa
 * (alt)", "Cách viết trong văn bản (aliases), mục 2". A key without a title is shown as written.
 */
export function fieldLabel(path: readonly PropertyKey[], schema?: z.ZodType): string {
  if (path.length === 0) return 'phần đầu tệp';
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key === 'number') {
      parts[parts.length - 1] += `, mục ${key + 1}`;
      continue;
    }
    const title = schema ? titleOf(fieldSchemaAt(schema, path.slice(0, i + 1))) : undefined;
    parts.push(title ? `${title} (${String(key)})` : String(key));
  }
  return parts.join(' › ');
}

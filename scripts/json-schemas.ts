/**
 * `npm run schemas`: writes the editors' JSON Schemas, `schemas/<collection>.schema.json`, one per
 * collection an editor writes, from the collection's own schema in the content registry
 * (src/registry/collections.ts). Every field's Vietnamese title and description come from the
 * schema's `.meta()`, the same words check:content uses in its messages. An editor's YAML file can
 * point at one (`# yaml-language-server: $schema=../../schemas/tasks.schema.json`) for completion
 * and checks while typing. test/unit/json-schemas.test.ts fails when the files are out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { collectionSpecs, type CollectionSpec } from '../src/registry/collections.ts';

/** The folder the schemas are written to, from the project root. */
export const SCHEMAS_DIR = 'schemas';

/** The collections editors write by hand (the plans' sections are parsed, not written). */
function written(): [string, CollectionSpec][] {
  return collectionSpecs().filter(([, spec]) => spec.kind !== 'sections');
}

/** Each file name with its text, as `npm run schemas` writes it. */
export function jsonSchemaFiles(): { name: string; text: string }[] {
  return written().map(([, spec]) => {
    const schema = z.toJSONSchema(spec.schema, {
      io: 'input',
      target: 'draft-2020-12',
      // Days are read as text and checked by a function: described, not expressed as a pattern.
      unrepresentable: 'any',
    });
    const file = spec.kind === 'single' ? spec.folder.replace(/\.yaml$/, '') : spec.folder;
    return {
      name: `${file}.schema.json`,
      text: `${JSON.stringify({ $id: `${file}.schema.json`, title: spec.label, ...schema }, null, 2)}\n`,
    };
  });
}

/** The files whose text on disk differs from what `npm run schemas` would write. */
export function staleJsonSchemas(root: string): string[] {
  return jsonSchemaFiles()
    .filter(({ name, text }) => {
      try {
        return readFileSync(join(root, SCHEMAS_DIR, name), 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map((f) => f.name);
}

if (import.meta.main) {
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  const files = jsonSchemaFiles();
  for (const { name, text } of files) writeFileSync(join(SCHEMAS_DIR, name), text);
  console.log(`Đã ghi ${files.length} lược đồ JSON Schema vào ${SCHEMAS_DIR}/.`);
}

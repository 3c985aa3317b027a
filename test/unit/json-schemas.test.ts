import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, staleJsonSchemas } from '../../scripts/json-schemas.ts';
import { root } from '../helpers/paths.ts';

type Node = Record<string, unknown>;

/** Every property of a JSON Schema, at any depth, with its dotted path. */
function properties(node: unknown, path = ''): { path: string; schema: Node }[] {
  if (!node || typeof node !== 'object') return [];
  const n = node as Node;
  const own = Object.entries((n['properties'] as Record<string, Node> | undefined) ?? {}).flatMap(
    ([key, child]) => [
      { path: `${path}${key}`, schema: child },
      ...properties(child, `${path}${key}.`),
    ],
  );
  const nested = ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']
    .flatMap((k) => (Array.isArray(n[k]) ? (n[k] as unknown[]) : [n[k]]))
    .flatMap((child) => properties(child, path));
  return [...own, ...nested];
}

describe('the editors’ JSON Schemas (npm run schemas)', () => {
  it('are up to date with the schemas in src/schemas/', () => {
    expect(staleJsonSchemas(root), 'chạy npm run schemas rồi commit thư mục schemas/').toEqual([]);
  });

  it('give every field its Vietnamese title and description', () => {
    const missing = jsonSchemaFiles().flatMap(({ name, text }) =>
      properties(JSON.parse(text))
        .filter(({ schema }) => !schema['title'] || !schema['description'])
        .map(({ path }) => `${name}: ${path}`),
    );
    expect(missing).toEqual([]);
  });
});

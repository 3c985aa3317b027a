import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import {
  collectionSpecs,
  registry,
  unknownContent,
  type CollectionSpec,
} from '../../src/registry/collections.ts';
import { fixtureContent, realContent } from '../helpers/paths.ts';

/** The schema of a field at a dotted path, looking through optional, default and array wrappers. */
function fieldAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path.split('.')) {
    while (current) {
      const def = (current as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (def['shape']) break;
      current = (def['innerType'] ?? def['element'] ?? def['in']) as z.ZodType | undefined;
    }
    const shape: Record<string, z.ZodType> = current
      ? ((current as unknown as { _zod: { def: { shape?: Record<string, z.ZodType> } } })._zod.def
          .shape ?? {})
      : {};
    current = shape[key];
  }
  return current;
}

describe('the content registry', () => {
  it('claims every folder and file of the real content and of the fixture set', () => {
    expect(unknownContent(realContent, 'content')).toEqual([]);
    expect(unknownContent(fixtureContent, 'test/fixtures/content')).toEqual([]);
  });

  it('declares relation fields that exist in their schema and name registered collections', () => {
    const names = new Set(collectionSpecs().map(([name]) => name));
    for (const [name, spec] of collectionSpecs()) {
      for (const [field, target] of Object.entries(spec.relations)) {
        expect(fieldAt(spec.schema, field), `${name}.${field}`).toBeDefined();
        expect(names, `${name}.${field} → ${target}`).toContain(target);
      }
    }
  });

  it('gives every stored collection a folder and every file collection its endings', () => {
    for (const [name, spec] of collectionSpecs() as [string, CollectionSpec][]) {
      expect(spec.folder, name).toMatch(/^[a-z0-9-]+(\.yaml)?$/);
      expect(spec.label.length, name).toBeGreaterThan(2);
      if (spec.kind === 'files') expect(spec.extensions.length, name).toBeGreaterThan(0);
    }
    expect(registry.columns.components).toContain('PlanQuote');
  });
});

describe('a folder the registry does not know', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'registry-'));
    cpSync(fixtureContent, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails check:content, naming the folder in Vietnamese, instead of going unread', () => {
    mkdirSync(join(dir, 'chinh-sach'));
    writeFileSync(join(dir, 'chinh-sach', 'dat-dai.mdx'), '---\ntitle: Đất đai\n---\n');
    writeFileSync(join(dir, 'ghi-chu.txt'), 'một tệp lạc chỗ');
    const { issues } = checkContent(dir);
    const unknown = issues.filter((i) => i.message.includes('trang không đọc'));
    expect(unknown.map((i) => i.file.slice(dir.length + 1))).toEqual([
      'chinh-sach/',
      'ghi-chu.txt',
    ]);
    expect(unknown[0].field).toBe('thư mục');
    expect(unknown[0].message).toContain('policies/');
  });
});

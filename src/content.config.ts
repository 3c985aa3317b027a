// Wires loaders to schemas; the schemas and their rules live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { sectionsLoader } from './loaders/sections-loader.ts';
import { documentSchema } from './schemas/document.ts';
import { columnSchema } from './schemas/column.ts';
import { planSchema } from './schemas/plan.ts';
import { sectionSchema } from './schemas/section.ts';

const base = contentDir();

const plans = defineCollection({
  loader: glob({
    pattern: '*/plan.yaml',
    base: `${base}/plans`,
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: planSchema,
});

const sections = defineCollection({
  loader: sectionsLoader(`${base}/plans`),
  schema: sectionSchema,
});

const documents = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${base}/documents` }),
  schema: documentSchema,
});

// The file name is the id and the address: generateId keeps it exactly as the editor wrote it.
const columns = defineCollection({
  loader: glob({
    pattern: '*.{md,mdx}',
    base: `${base}/columns`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  }),
  schema: columnSchema,
});

export const collections = { plans, sections, documents, columns };

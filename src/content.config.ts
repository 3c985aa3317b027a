// Wires loaders to schemas; the schemas and their rules live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { sectionsLoader } from './loaders/sections-loader.ts';
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

export const collections = { plans, sections };

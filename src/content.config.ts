// Wires loaders to schemas; the schemas and their rules live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { sectionsLoader } from './loaders/sections-loader.ts';
import { documentSchema } from './schemas/document.ts';
import { columnSchema } from './schemas/column.ts';
import { planSchema } from './schemas/plan.ts';
import { sectionSchema } from './schemas/section.ts';
import { agencySchema } from './schemas/agency.ts';
import { taskSchema } from './schemas/task.ts';
import { policySchema } from './schemas/policy.ts';
import { targetSchema } from './schemas/target.ts';
import { reportSchema } from './schemas/report.ts';
import { glossaryTermSchema } from './schemas/glossary-term.ts';
import { evidenceSchema } from './schemas/evidence.ts';
import { dataReleaseSchema } from './schemas/data-changelog.ts';
import { useVietnameseErrors, withVietnameseErrors } from './lib/zod-vietnamese.ts';

// Schema errors reach editors in Vietnamese, as in `npm run check:content`, even though Astro
// parses with an error map of its own (see withVietnameseErrors).
useVietnameseErrors();

const base = contentDir();

const plans = defineCollection({
  loader: glob({
    pattern: '*/plan.yaml',
    base: `${base}/plans`,
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: withVietnameseErrors(planSchema),
});

const sections = defineCollection({
  loader: sectionsLoader(`${base}/plans`),
  schema: withVietnameseErrors(sectionSchema),
});

const documents = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${base}/documents` }),
  schema: withVietnameseErrors(documentSchema),
});

// The file name is the id and the address: generateId keeps it exactly as the editor wrote it.
const columns = defineCollection({
  loader: glob({
    pattern: '*.{md,mdx}',
    base: `${base}/columns`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  }),
  schema: withVietnameseErrors(columnSchema),
});

// Agencies and tasks: the file name is the id, referenced by other entries as a plain string.
const agencies = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: `${base}/agencies`,
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: withVietnameseErrors(agencySchema),
});

const tasks = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: `${base}/tasks`,
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: withVietnameseErrors(taskSchema),
});

// Policy areas (MDX guidance), targets, progress reports and the glossary: the file name is the id.
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/, '');
const policies = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${base}/policies`, generateId: byFileName }),
  schema: withVietnameseErrors(policySchema),
});
const targets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${base}/targets`, generateId: byFileName }),
  schema: withVietnameseErrors(targetSchema),
});
// Only real, published figures go here; the folder may hold nothing but its README.
const reports = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${base}/reports`, generateId: byFileName }),
  schema: withVietnameseErrors(reportSchema),
});
// Dated evidence of what has been done on the tasks, and the releases of the open data.
const evidence = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${base}/evidence`, generateId: byFileName }),
  schema: withVietnameseErrors(evidenceSchema),
});
const dataChangelog = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${base}/data-changelog`, generateId: byFileName }),
  schema: withVietnameseErrors(dataReleaseSchema),
});
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${base}/glossary`, generateId: byFileName }),
  schema: withVietnameseErrors(glossaryTermSchema),
});

export const collections = {
  plans,
  sections,
  documents,
  columns,
  agencies,
  tasks,
  policies,
  targets,
  reports,
  evidence,
  dataChangelog,
  glossary,
};

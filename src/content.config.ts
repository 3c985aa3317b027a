// Wires loaders to schemas; the schemas and their rules live in src/schemas/.
import { defineCollection } from 'astro:content';
import { contentDir } from './lib/content-dir.ts';
import { COLUMN_COMPONENTS } from './lib/content-safety.ts';
import { contentLoader } from './loaders/content-loader.ts';
import { plansLoader, sectionsLoader } from './loaders/sections-loader.ts';
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
import { changeSchema } from './schemas/change.ts';
import { contactSchema } from './schemas/contact.ts';
import { evidenceSchema } from './schemas/evidence.ts';
import { dataReleaseSchema } from './schemas/data-changelog.ts';
import { useVietnameseErrors, withVietnameseErrors } from './lib/zod-vietnamese.ts';

// Schema errors reach editors in Vietnamese, as in `npm run check:content`, even though Astro
// parses with an error map of its own (see withVietnameseErrors).
useVietnameseErrors();

const base = contentDir();

const plans = defineCollection({
  loader: plansLoader(`${base}/plans`),
  schema: withVietnameseErrors(planSchema),
});

const sections = defineCollection({
  loader: sectionsLoader(`${base}/plans`),
  schema: withVietnameseErrors(sectionSchema),
});

const documents = defineCollection({
  loader: contentLoader({ base, folder: 'documents', extensions: ['.yaml'] }),
  schema: withVietnameseErrors(documentSchema),
});

// Every collection: the file name is the id and the address (see contentLoader).
const columns = defineCollection({
  loader: contentLoader({
    base,
    folder: 'columns',
    extensions: ['.md', '.mdx'],
    components: Object.keys(COLUMN_COMPONENTS),
  }),
  schema: withVietnameseErrors(columnSchema),
});

const agencies = defineCollection({
  loader: contentLoader({ base, folder: 'agencies', extensions: ['.yaml'] }),
  schema: withVietnameseErrors(agencySchema),
});

const tasks = defineCollection({
  loader: contentLoader({ base, folder: 'tasks', extensions: ['.yaml'] }),
  schema: withVietnameseErrors(taskSchema),
});

const policies = defineCollection({
  loader: contentLoader({ base, folder: 'policies', extensions: ['.mdx'] }),
  schema: withVietnameseErrors(policySchema),
});
const targets = defineCollection({
  loader: contentLoader({ base, folder: 'targets', extensions: ['.yaml'] }),
  schema: withVietnameseErrors(targetSchema),
});
// Only real, published figures go here; the folder may hold nothing but its README.
const reports = defineCollection({
  loader: contentLoader({ base, folder: 'reports', extensions: ['.yaml'] }),
  schema: withVietnameseErrors(reportSchema),
});
// Dated evidence of what has been done on the tasks, and the releases of the open data.
const evidence = defineCollection({
  loader: contentLoader({ base, folder: 'evidence', extensions: ['.yaml'] }),
  schema: withVietnameseErrors(evidenceSchema),
});
const dataChangelog = defineCollection({
  loader: contentLoader({ base, folder: 'data-changelog', extensions: ['.yaml'] }),
  schema: withVietnameseErrors(dataReleaseSchema),
});
const glossary = defineCollection({
  loader: contentLoader({ base, folder: 'glossary', extensions: ['.yaml'] }),
  schema: withVietnameseErrors(glossaryTermSchema),
});

// Outside facts since the plans: one dated change per file, the file name is the id.
const changes = defineCollection({
  loader: contentLoader({ base, folder: 'changes', extensions: ['.yaml'] }),
  schema: withVietnameseErrors(changeSchema),
});

// Where to go today: offices, portals and procedures, each an outside fact with its sources.
const contacts = defineCollection({
  loader: contentLoader({ base, folder: 'contacts', extensions: ['.yaml'] }),
  schema: withVietnameseErrors(contactSchema),
});

export const collections = {
  changes,
  contacts,
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

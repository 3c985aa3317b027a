/**
 * Loads the plans and the sections of every plan, the latter by parsing its verbatim text, so that
 * the structure the site shows can never drift from the text. Plans are folders `plans/<id>/`
 * holding `plan.yaml` and the text file it names; both loaders read them with planFolders, as
 * `npm run check:content` does, and stop the build when the text is not the official one.
 */
import type { Loader } from 'astro/loaders';
import { ContentError } from '../lib/content-errors.ts';
import { planFolders } from '../lib/content-files.ts';
import { parsePlanText } from '../lib/plan-parser.ts';

function checkedPlans(plansDir: string) {
  const { plans, issues } = planFolders(plansDir, plansDir.replace(/^\.\//, ''));
  if (issues.length > 0) throw new ContentError(issues);
  return plans;
}

/** Each plan's `plan.yaml`, read as text (no YAML timestamps: see src/lib/content-files.ts). */
export function plansLoader(plansDir: string): Loader {
  return {
    name: 'plans-loader',
    load: async (context) => {
      const { store } = context;
      store.clear();
      for (const plan of checkedPlans(plansDir)) {
        const data = await context.parseData({ id: plan.id, data: plan.data });
        store.set({ id: plan.id, data });
      }
    },
  };
}

export function sectionsLoader(plansDir: string) {
  return () =>
    Promise.resolve(
      checkedPlans(plansDir).flatMap((p) => {
        let sections;
        try {
          sections = parsePlanText(p.text);
        } catch (error) {
          throw new ContentError([
            { file: p.textFile, field: 'văn bản', message: (error as Error).message },
          ]);
        }
        return sections.map((s) => ({ id: `${p.id}/${s.anchor}`, plan: p.id, ...s }));
      }),
    );
}

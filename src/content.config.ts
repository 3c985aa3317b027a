// Wires the content registry (src/registry/collections.ts) to Astro: each collection's loader
// from how it is stored, and its schema with errors worded for editors.
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentDir } from './lib/content-dir.ts';
import { contentLoader } from './loaders/content-loader.ts';
import { plansLoader, sectionsLoader } from './loaders/sections-loader.ts';
import { siteLoader } from './loaders/site-loader.ts';
import { registry, type CollectionSpec, type Registry } from './registry/collections.ts';
import { useVietnameseErrors, withVietnameseErrors } from './lib/zod-vietnamese.ts';

// Schema errors reach editors in Vietnamese, as in `npm run check:content`, even though Astro
// parses with an error map of its own (see withVietnameseErrors).
useVietnameseErrors();

const base = contentDir();

function loaderOf(spec: CollectionSpec) {
  switch (spec.kind) {
    case 'single':
      return siteLoader(base, spec.folder);
    case 'plans':
      return plansLoader(`${base}/${spec.folder}`);
    case 'sections':
      return sectionsLoader(`${base}/${spec.folder}`);
    case 'files':
      return contentLoader({
        base,
        folder: spec.folder,
        extensions: spec.extensions,
        components: spec.components,
      });
  }
}

function wire<S extends z.ZodType>(spec: CollectionSpec<S>) {
  return defineCollection({ loader: loaderOf(spec), schema: withVietnameseErrors(spec.schema) });
}

type Wired<S extends z.ZodType> = ReturnType<typeof wire<S>>;

// Typed per collection, so that getCollection('tasks') gives the tasks' own data type.
export const collections = Object.fromEntries(
  Object.entries(registry).map(([name, spec]) => [name, wire(spec as CollectionSpec)]),
) as { [K in keyof Registry]: Wired<Registry[K]['schema']> };

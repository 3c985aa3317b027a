/** Serves each open-data file of /du-lieu/ (JSON, CSV, JSON Schema) as a static file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFileNames, dataFiles } from './_files.ts';

export const getStaticPaths = (() =>
  dataFileNames.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await dataFiles(site)).find((f) => f.name === params.file);
  if (!file) return new Response('Không có tệp này', { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.type } });
};

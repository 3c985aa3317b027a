/** Reading what Pagefind indexed in a built site, straight from its fragment files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One result of the index: its address, its text and its metadata. */
export interface IndexedFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Pagefind's signature before the JSON of each decompressed fragment. */
const SIGNATURE = 'pagefind_dcd';

/** Every result Pagefind indexed in `dist`: the fragments are gzipped, signed JSON. */
export function indexedFragments(dist: string): IndexedFragment[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(
      text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text,
    ) as IndexedFragment;
  });
}

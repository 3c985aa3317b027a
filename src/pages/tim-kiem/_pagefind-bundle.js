/**
 * Pagefind's own search bundle, with one hook; served as /pagefind/tim-kiem/pagefind.js
 * (scripts/index-search.ts copies it there with the index, so it is deployed, cached and stored
 * offline with the rest of the bundle). The search page points Pagefind's Component UI here (its
 * `bundlePath` option) and passes a `decorate` function, which gets the Pagefind instance before
 * the UI uses it: that is where the page adds Vietnamese query expansion (./_search-client.ts).
 * Every other export is Pagefind's, unchanged.
 */
import * as pagefind from '../pagefind.js';

export * from '../pagefind.js';

export function createInstance(options = {}) {
  const { decorate, ...rest } = options;
  const instance = pagefind.createInstance(rest);
  return typeof decorate === 'function' ? decorate(instance) : instance;
}

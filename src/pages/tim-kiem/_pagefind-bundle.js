/**
 * Pagefind's own search bundle, with one hook. The search page points Pagefind's Component UI
 * here (its `bundlePath` option) and passes a `decorate` function, which gets the Pagefind
 * instance before the UI uses it: that is where the page adds Vietnamese query expansion
 * (src/pages/tim-kiem/_search-client.ts). Every other export is Pagefind's, unchanged; the index
 * itself stays in /pagefind/.
 */
import * as pagefind from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

export function createInstance(options = {}) {
  const { decorate, ...rest } = options;
  const instance = pagefind.createInstance(rest);
  return typeof decorate === 'function' ? decorate(instance) : instance;
}

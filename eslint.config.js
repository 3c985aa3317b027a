// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'test/.fixture-dist/', '.astro/', 'node_modules/', '.bench/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      // Unused names are errors in tsconfig already; an underscore marks a deliberate one.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // An Intl object made on every call cost the ×10 build 3 GB of ICU memory that the garbage
      // collector did not see (docs/performance.md): make formatters once, at module level.
      'no-restricted-syntax': [
        'error',
        {
          selector: ':function NewExpression[callee.object.name="Intl"]',
          message:
            'Make Intl objects once, at module level: one per call holds ICU memory outside the heap (docs/performance.md).',
        },
      ],
    },
  },
);

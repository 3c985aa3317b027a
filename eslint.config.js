// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'test/.fixture-dist/', '.astro/', 'node_modules/', '.bench/'] },
  // Typed rules: they read the TypeScript program, so unsafe `any` and needless assertions fail.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...eslintPluginAstro.configs.recommended,
  // In tests, vitest's asymmetric matchers (expect.stringContaining, expect.objectContaining) are
  // typed `any`, and tests read the built JSON files to check their shape with expect(); the
  // assertions are the type check there. Source files keep both rules.
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  // Astro components and plain JavaScript configs have no TypeScript program ESLint can read;
  // `astro check` type-checks the components instead.
  { files: ['**/*.astro', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
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

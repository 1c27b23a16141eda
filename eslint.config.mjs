// `pnpm lint`. The library's source is linted with type information (the rules that catch what tests may miss:
// promises left floating or passed where a callback's result is ignored, awaits of non-promises, assertions that
// assert nothing); tests, tools and examples with the syntax-only rules. Formatting is Prettier's (`pnpm format`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LIBRARY_SOURCE = ['packages/*/src/**/*.ts'];

export default tseslint.config(
  {
    // What .gitignore keeps out of the repository (generated), which ESLint does not read.
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'docs/api/**',
      '**/__snapshots__/**',
      '**/.tmp/**',
      '**/*.d.ts',
      '**/coverage/**',
      '.compat/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
        globalThis: 'readonly',
        AbortController: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        global: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      // Prettier holds code to 120 columns but leaves comments alone; strings, regexes and URLs stay whole (an error
      // message split across lines cannot be searched for).
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      // Arguments and bindings kept for their position or their name (handler signatures: `event, api`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Tests hand wrong types to the api on purpose (`42 as never`) and CommonJS files are the runtime's format.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      // Stripping a runner's colours (\x1b[...m) is what these regular expressions are for.
      'no-control-regex': 'off',
      // `declare global { namespace jest { ... } }` is how @types/jest's matchers are augmented.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // TypeScript checks names itself (and knows the ambient ones); the rule only repeats it, worse.
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Test files of every runner here: Jest's globals (and the same names under Vitest's `globals: true`).
    files: [
      '**/test*/**/*.{js,cjs,mjs}',
      'examples/**/*.{js,cjs,mjs}',
      'compat/consumers/**/*.{js,cjs,mjs}',
      'bench/**/*.{js,cjs,mjs}',
    ],
    languageOptions: {
      globals: {
        expect: 'readonly',
        test: 'readonly',
        it: 'readonly',
        describe: 'readonly',
        jest: 'readonly',
        beforeEach: 'readonly',
        afterEach: 'readonly',
        beforeAll: 'readonly',
        afterAll: 'readonly',
      },
    },
  },
  {
    // Deployed Actions' files: the runtime gives Action Modules the pseudo-global `actions` (reference D.7).
    files: ['packages/core/test/deployed/fixtures/**/*.js'],
    languageOptions: { globals: { actions: 'readonly' } },
  },
  {
    files: LIBRARY_SOURCE,
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The mock handles values of unknown shape on purpose (a user's wrong argument is the input it exists for):
      // these rules would flag every such check.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      // Built-ins are captured once (util/intrinsics.ts) so a test that patches a prototype cannot change the
      // mock: unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
      // `interface X extends Y {}` names a trigger's own type for its users' editors.
      '@typescript-eslint/no-empty-object-type': 'off',
      '@typescript-eslint/no-explicit-any': 'warn',
      // An `async` function without `await` is how this code turns a throw into a rejection (and what the runtime
      // checks a handler is).
      '@typescript-eslint/require-await': 'off',
      // A caught value is passed on as it was thrown: an Action may throw something that is not an Error.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // A declaration merged into a runner's interface must repeat its type parameters, used or not.
    files: ['packages/*/src/**/*augmentation*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
);

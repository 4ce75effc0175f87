// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const networkModules = ['http', 'https', 'net', 'tls', 'dns', 'http2', 'dgram'].flatMap((m) => [m, `node:${m}`]);
const httpClients = ['axios', 'node-fetch', 'got', 'undici', 'superagent', 'request', 'ky', 'cross-fetch', 'ws'];

const noNetwork = [
  ...networkModules.map((name) => ({ name, message: 'Dossier never uses the network: client files must not leave the machine.' })),
  ...httpClients.map((name) => ({ name, message: 'Dossier never uses the network: HTTP clients are banned.' })),
];
const noElectron = {
  name: 'electron',
  message: 'Only app/, security/, ipc/register.ts, preload/ and the Electron printer adapter may import electron.',
};
const pureMessage = 'core/, documents/ and packet/plan/ are pure: no Electron, Node, React or storage imports.';
const packetMessage =
  'packet/ is the pure packet pipeline: it reads and writes nothing itself. Vault reads, signature images, counsel checks and file writes belong to services/packet-build.ts, which hands the pipeline plain data.';
const rendererMessage = 'The renderer may import from src-main only ipc/contract.ts (type-only) and pure core/ helpers.';

/** Bans `new Date(string)` and `Date.parse`, which misread date-only values by time zone. */
const dateRules = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=1][arguments.0.type='Literal'][arguments.0.value=/^[0-9]/]",
      message: 'Never new Date(string) for dates: parse YYYY-MM-DD with core/model/dates.ts.',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=1][arguments.0.type='TemplateLiteral']",
      message: 'Never new Date(string): parse dates with core/model/dates.ts.',
    },
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='parse']",
      message: 'Never Date.parse: parse dates with core/model/dates.ts.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist-renderer', 'demo-out', '.cache', '.tsbuild', 'schema', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [...noNetwork, noElectron] }],
      ...dateRules,
    },
  },
  {
    files: [
      'src-main/core/**',
      'src-main/documents/**',
      'src-main/packet/plan/**',
      'src-main/ipc/contract.ts',
      'src-main/ipc/channel-dto.ts',
      'src-main/ipc/document-dto.ts',
      'src-main/ipc/app-dto.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNetwork,
            noElectron,
            { name: 'react', message: pureMessage },
            { name: 'conf', message: pureMessage },
            { name: 'electron-store', message: pureMessage },
          ],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: pureMessage },
            { group: ['**/vault/**', '**/services/**', '**/render/**', '**/app/**', '**/cli/**'], message: pureMessage },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/packet/**'],
    ignores: ['src-main/packet/plan/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNetwork, noElectron],
          patterns: [{ group: ['**/services/**', '**/vault/**', 'node:fs', 'node:fs/*', 'fs', 'fs/*'], message: packetMessage }],
        },
      ],
    },
  },
  {
    files: [
      'src-main/app/**',
      'src-main/security/**',
      'src-main/ipc/register.ts',
      'src-main/preload/**',
      'src-main/render/pdf/electron-*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: noNetwork }] },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNetwork, noElectron],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs sandboxed: no Node modules.' },
            {
              regex: '^(\\.\\./)+src-main/(?!ipc/contract\\.ts$|core/)',
              message: rendererMessage,
            },
            { regex: '^(\\.\\./)+src-main/ipc/contract\\.ts$', allowTypeImports: true, message: rendererMessage },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'dossier',
          message: 'Components talk to the api/ module; only src-renderer/api touches window.dossier.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/api/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Tests of renderer code compile with the renderer (tsconfig.renderer.json), which has no Node
    // types; they may import any renderer module and src-main's pure core and IPC contract.
    files: ['tests/unit/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNetwork, noElectron],
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'url', 'os'],
              message: 'Renderer tests compile with the renderer: no Node modules (import JSON files instead of reading them).',
            },
            {
              regex: '^(\\.\\./)+src-main/(?!ipc/contract\\.ts$|core/)',
              message: 'Renderer tests compile with the renderer: from src-main only core/ and ipc/contract.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The socket guard patches the network modules so that tests prove they are never used.
    files: ['tests/setup/no-network.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);

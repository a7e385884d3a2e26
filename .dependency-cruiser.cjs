// The layers of the architecture (README "Architecture"; /work/shared/design/architecture.md),
// as rules `npm run lint:deps` and the `deps` stage of `npm test` hold:
//   content -> pages/layouts -> components -> stores -> (content-check, cli) -> engine
// and inside src/engine: registry, shell and python are packages that do not import each other
// sideways except python -> registry (the mlflow bindings map calls onto registry operations)
// and shell -> registry (the commands do the same); all three may use the declared leaves.
/**
 * Engine modules every package may import: they import nothing else of the engine (Python's text
 * rules, the clock and ids, the simulated scikit-learn's fitted models as data).
 */
const LEAVES = '^src/engine/(python-text/|sources\\.ts$|estimators\\.ts$)';
/**
 * Engine modules the packages share above the registry: the environment programs run in, the
 * served model's predictions, the goal shapes. They import only the registry and the leaves.
 */
const SHARED = '^src/engine/(env|predict|goal-schema)\\.ts$';
const ABOVE_ENGINE = '^src/(components|stores|pages|layouts|cli|content-check|integrations|schemas|lessons|oracle|studio)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import cycle means two modules are one concern, or one leans on the other both ways. ' +
        'Type-only imports are erased before anything runs (./src/engine/python/interpreter/*.ts name ' +
        'the Interpreter type they are installed on), so they do not count.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'engine-imports-nothing-above-it',
      severity: 'error',
      comment: 'src/engine is pure and runs in the browser, mlflow-sim, the checker and the tests.',
      from: { path: '^src/engine/' },
      to: { path: ABOVE_ENGINE },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment: 'No Node built-ins, DOM frameworks, stores, Astro or Monaco in the engine.',
      from: { path: '^src/engine/' },
      to: {
        dependencyTypes: ['core'],
      },
    },
    {
      name: 'engine-uses-no-ui-packages',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: 'node_modules/(react|react-dom|nanostores|@nanostores|astro|monaco-editor)/' },
    },
    {
      name: 'registry-stands-alone',
      severity: 'error',
      comment: 'The registry is the bottom package: it knows neither language that drives it.',
      from: { path: '^src/engine/registry/' },
      to: { path: '^src/engine/', pathNot: ['^src/engine/registry/', LEAVES] },
    },
    {
      name: 'shell-does-not-import-python',
      severity: 'error',
      comment: 'The two languages meet only in session.ts, which composes them.',
      from: { path: '^src/engine/shell/' },
      to: { path: '^src/engine/', pathNot: ['^src/engine/(shell|registry)/', LEAVES, SHARED] },
    },
    {
      name: 'python-does-not-import-shell',
      severity: 'error',
      from: { path: '^src/engine/python/' },
      to: { path: '^src/engine/', pathNot: ['^src/engine/(python|registry)/', LEAVES, SHARED] },
    },
    {
      name: 'leaves-are-leaves',
      severity: 'error',
      comment: 'A declared leaf imports no other engine module, or it would pull its package sideways.',
      from: { path: LEAVES },
      to: { path: '^src/engine/', pathNot: [LEAVES] },
    },
    {
      name: 'shared-modules-sit-on-the-registry',
      severity: 'error',
      comment: 'env, predict and goal-schema are shared by both languages, so they import neither.',
      from: { path: SHARED },
      to: { path: '^src/engine/', pathNot: ['^src/engine/registry/', LEAVES, SHARED] },
    },
    {
      name: 'stores-do-not-import-components',
      severity: 'error',
      comment: 'Components subscribe to stores and render; stores never reach up into a component.',
      from: { path: '^src/stores/' },
      to: { path: '^src/(components|pages|layouts)/' },
    },
    {
      name: 'components-do-not-import-pages',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/(pages|layouts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.astro/' },
    // TypeScript 7's compiler has no JS API yet, so dependency-cruiser reads the sources with swc.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

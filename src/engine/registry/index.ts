// The registry engine's public surface: pure operations with MLflow 3.x semantics and messages.
export * from './types.ts';
export * from './result.ts';
export * from './errors.ts';
export * from './stages.ts';
export * from './validation.ts';
export * from './views.ts';
export * from './diff.ts';
export * from './models.ts';
export * from './versions.ts';
export * from './stage-transition.ts';
export * from './aliases.ts';
export * from './tags.ts';
export * from './runs.ts';
export * from './uris.ts';
export * from './search.ts';
export * from './serialize.ts';
export * from './scenario.ts';

// Every scenario file in content/scenarios must be a state the engine can reach.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { deterministicSources } from '../../../src/engine/sources.ts';
import { buildScenarioResult } from '../../../src/engine/registry/index.ts';

const dir = join(import.meta.dirname, '../../../content/scenarios');
const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));

describe('content scenarios replay through the engine', () => {
  test.each(files)('%s', (file) => {
    const spec: unknown = parse(readFileSync(join(dir, file), 'utf8'));
    const r = buildScenarioResult(spec, deterministicSources(1));
    expect(r.ok ? 'ok' : r.message).toBe('ok');
  });
});

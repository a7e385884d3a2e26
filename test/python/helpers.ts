// A SimEnv that captures what a snippet prints, for the Python tests and benchmarks.
import type { SimEnv } from '../../src/engine/env.ts';
import { EMPTY_REGISTRY } from '../../src/engine/registry/types.ts';
import type { RegistryState } from '../../src/engine/registry/types.ts';
import { deterministicSources } from '../../src/engine/sources.ts';
import type { Sources } from '../../src/engine/sources.ts';

export interface CapturedEnv extends SimEnv {
  stdout(): string;
  stderr(): string;
  /** Both streams interleaved in the order written. */
  transcript(): string;
}

export function captureEnv(
  registry: RegistryState = EMPTY_REGISTRY,
  sources: Sources = deterministicSources(1),
): CapturedEnv {
  let out = '';
  let err = '';
  let all = '';
  return {
    registry,
    sources,
    strict: false,
    changes: [],
    out: {
      write(stream, text) {
        if (stream === 'stdout') out += text;
        else err += text;
        all += text;
      },
    },
    stdout: () => out,
    stderr: () => err,
    transcript: () => all,
  };
}

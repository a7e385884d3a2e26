// Time and identity come from outside the engine, so a transcript replays byte for byte in tests
// and the checker, while the browser and `mlflow-sim` use the real clock and random ids.

export interface Clock {
  /** Milliseconds since the epoch, like `time.time() * 1000` in MLflow's stores. */
  now(): number;
}

export interface IdSource {
  /** 32 lowercase hex characters: a run id (`uuid.uuid4().hex`). */
  hex32(): string;
  /** A small integer such as a process id for server logs. */
  pid(): number;
}

export interface Sources {
  readonly clock: Clock;
  readonly ids: IdSource;
}

/** 2025-11-27 10:15:00 UTC: the deterministic clock's start, near the MLflow source we follow. */
export const DETERMINISTIC_EPOCH = Date.UTC(2025, 10, 27, 10, 15, 0);

/**
 * Deterministic sources: the clock advances one second per reading; ids come from a seeded
 * mulberry32 generator (well mixed from the first value). Same seed, same sequence.
 */
export function deterministicSources(seed = 1): Sources {
  let t = DETERMINISTIC_EPOCH;
  let x = seed >>> 0;
  const next = (): number => {
    x = (x + 0x6d2b79f5) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
  return {
    clock: {
      now: () => {
        t += 1000;
        return t;
      },
    },
    ids: {
      hex32: () => {
        let s = '';
        while (s.length < 32) s += next().toString(16).padStart(8, '0');
        return s.slice(0, 32);
      },
      pid: () => 1000 + (next() % 60000),
    },
  };
}

/** Real sources: wall clock and Math.random (ids need to be unique, not secret). */
export function liveSources(): Sources {
  const hex8 = () =>
    Math.floor(Math.random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return {
    clock: { now: () => Date.now() },
    ids: {
      hex32: () => hex8() + hex8() + hex8() + hex8(),
      pid: () => 1000 + Math.floor(Math.random() * 60000),
    },
  };
}

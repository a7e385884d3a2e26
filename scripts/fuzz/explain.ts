// Differences the simulator keeps on purpose, each with its reason. A difference is explained only
// when a rule below recognises both sides' lines; everything else counts as unexplained. A later
// difference in a program whose state already diverged through an explained one is reported as
// such (it is a consequence, not a new finding), and listed so it can still be read.
import type { Difference } from './compare.ts';

export interface Rule {
  readonly id: string;
  readonly reason: string;
  readonly test: (d: Difference) => boolean;
}

const lines = (d: Difference) => ({ real: d.real.join('\n'), sim: d.sim.join('\n') });

export const RULES: readonly Rule[] = [
  {
    id: 'non-str-kept-by-create',
    reason:
      "A non-str description or run_id (5, 12, True) comes back unchanged from the create/update call that set it, because MLflow builds the returned entity from the Python object before SQLite's TEXT column turns it into '5'; every later read shows the str. The simulator stores str(value) at once, so only that one return value differs.",
    test: (d) => {
      const { real, sim } = lines(d);
      if (real === sim) return false;
      const fixed = real.replace(
        /\b(description|run_id)=(-?\d+(?:\.\d+)?|True|False)(?=[,)])/g,
        (_m, k: string, v: string) => `${k}='${v}'`,
      );
      return fixed === sim;
    },
  },
  {
    id: 'container-reaches-sqlite',
    reason:
      "A list or dict passed where MLflow expects a str (a name, description, tag value, version) reaches SQLAlchemy unconverted and fails there with the driver's text, which embeds the SQL statement and its parameters, timestamps included (sqlite3.ProgrammingError / InterfaceError as BAD_REQUEST or INTERNAL_ERROR, or `unhashable type`). The simulator treats the value as its str(): the call fails or succeeds as that text would.",
    test: (d) => {
      const { real } = lines(d);
      const container = /[([{]\s*['"\d{[]/.test(d.statement) || /\[\w/.test(d.statement);
      return (
        container &&
        (/\(sqlite3\.(ProgrammingError|InterfaceError)\)|Error binding parameter|unhashable type/.test(real) ||
          /\(sqlite3\./.test(real))
      );
    },
  },
  {
    id: 'stray-quote-grouping',
    reason:
      "A filter with a stray quote (an unterminated string, or a quote inside a name) is refused on both sides with `Invalid clause(s) in filter string: ...`, but the list of leftover tokens differs: sqlparse glues a string to the word or `%` operators next to it into one Comparison or Operation token, while the simulator's tokenizer lists each leftover token on its own.",
    test: (d) => {
      const { real, sim } = lines(d);
      const both = /Invalid clause\(s\) in filter string: /;
      const quotes = (/filter_string='((?:[^'\\]|\\.)*)'/.exec(d.statement)?.[1] ?? '').split("\\'").length - 1;
      return both.test(real) && both.test(sim) && (quotes % 2 === 1 || /quo\\'te/.test(d.statement));
    },
  },
];

export interface Explained {
  readonly unexplained: Difference[];
  readonly explained: Map<string, Difference[]>;
  readonly consequences: Difference[];
}

/** Split differences into explained (by rule), consequences of those, and unexplained. */
export function explain(diffs: readonly Difference[]): Explained {
  const explained = new Map<string, Difference[]>();
  const unexplained: Difference[] = [];
  const consequences: Difference[] = [];
  const diverged = new Set<string>();
  for (const d of diffs) {
    const rule = RULES.find((r) => r.test(d));
    if (rule) {
      explained.set(rule.id, [...(explained.get(rule.id) ?? []), d]);
      diverged.add(d.program);
    } else if (diverged.has(d.program)) {
      consequences.push(d);
    } else {
      unexplained.push(d);
    }
  }
  return { unexplained, explained, consequences };
}

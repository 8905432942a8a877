import type { GroupChoice } from "../../core/compare/groups.js";
import { PREFER_RULES, type Prefer } from "../../core/compare/precedence.js";
import type { PerModel } from "../../core/compare/rank-benchmark.js";
import { UsageError } from "../../core/errors.js";
import type { Setting } from "../../core/schema/index.js";
import type { BenchmarkRecord, Store } from "../../core/store.js";
import type { ProvenanceOptions } from "../provenance-flags.js";
import { settingFromFlags } from "../setting-flags.js";

/** The rows a ranking shows in a terminal table when `--limit` is not given: about a screenful. */
export const SCREENFUL_ROWS = 20;

/** The options of `muse compare` as commander hands them over. */
export interface CompareOptions extends ProvenanceOptions {
  limit?: string;
  perModel?: PerModel;
  bench?: string[];
  models?: string[];
  category?: string;
  baseline?: string;
  setting?: string[];
  allSettings?: boolean;
  prefer?: string;
  /** With --by: the one model whose series is shown. */
  model?: string;
  /** A setting key to show one model's values along (`agents`, `effort`...). */
  by?: string;
}

/** Parses `--limit` (a whole number; 0 means all); without it, a screenful in a terminal table, else all. */
export function parseLimit(text: string | undefined, interactive: boolean): number | undefined {
  if (text === undefined) return interactive ? SCREENFUL_ROWS : undefined;
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`--limit expects a whole number of rows, got '${text}'`);
  const n = Number(text.trim());
  return n === 0 ? undefined : n;
}

/** Parses `--prefer`: a keyword rule, or a source by id or title. */
export function parsePrefer(store: Store, text: string | undefined): Prefer {
  if (text === undefined) return { rule: "third-party" };
  const keyword = PREFER_RULES.find((rule) => rule === text.trim().toLowerCase());
  if (keyword !== undefined) return { rule: keyword };
  return { rule: "source", source: store.resolveSource(text).id };
}

/** Parses `--setting` flags; `--setting default` (alone) selects exactly the scores with no setting. */
export async function parseSettingChoice(
  args: readonly string[] | undefined,
  all: boolean | undefined,
): Promise<GroupChoice> {
  if (all && args?.length) throw new UsageError("--all-settings and --setting cannot be combined");
  if (all) return { kind: "all" };
  if (args === undefined || args.length === 0) return { kind: "default" };
  if (args.some((a) => a.trim().toLowerCase() === "default")) {
    if (args.length > 1)
      throw new UsageError("--setting default means no setting; it cannot be combined with key=value");
    return { kind: "setting", setting: {}, exact: true };
  }
  return { kind: "setting", setting: await settingFromFlags(args), exact: false };
}

/** The setting a `--models` comparison is narrowed to, if any. */
export function settingFilter(choice: GroupChoice): Setting | undefined {
  return choice.kind === "setting" ? choice.setting : undefined;
}

/** Resolves names to unique ids, keeping the order given (`a,b,a` → a, b). */
export function uniqueIds(names: readonly string[], resolve: (name: string) => { id: string }): string[] {
  return [...new Set(names.map((n) => resolve(n).id))];
}

/** The benchmarks a comparison covers: those named (in order), else every benchmark, narrowed by category. */
export function selectBenchmarks(
  store: Store,
  names: readonly string[] | undefined,
  category?: string,
): BenchmarkRecord[] {
  const named = names?.length ? uniqueIds(names, (n) => store.resolveBenchmark(n)) : undefined;
  const pool = named ?? [...store.benchmarks.keys()].sort();
  const list = pool.map((id) => store.benchmarks.get(id) as BenchmarkRecord);
  const picked = category === undefined ? list : list.filter((b) => b.category === category);
  if (picked.length === 0) {
    throw new UsageError(
      named === undefined
        ? `no benchmark in category '${category}'`
        : `none of the benchmarks named is in category '${category}'`,
    );
  }
  return picked;
}

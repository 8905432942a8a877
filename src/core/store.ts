import { UsageError } from "./errors.js";
import type { Defined, LinkedRegistry, ScoreRecord } from "./load/link.js";
import type { Benchmark, Model, Source } from "./schema/index.js";
import { foldName, nearest } from "./suggest.js";

/** A source record without its scores (they live in the store's score list). */
export type SourceRecord = Defined<Omit<Source, "scores">>;
/** A benchmark record in the store. */
export type BenchmarkRecord = Defined<Benchmark>;
/** A model record in the store. */
export type ModelRecord = Defined<Model>;
export type { ScoreRecord };

type Kind = "benchmark" | "model" | "source";

/**
 * The in-memory registry, indexed by model, benchmark and source, resolving names to records. Each index is built
 * on its first use: a ranking of one benchmark never folds every model's names or groups scores by source.
 */
export class Store {
  readonly benchmarks: ReadonlyMap<string, BenchmarkRecord>;
  readonly models: ReadonlyMap<string, ModelRecord>;
  readonly sources: ReadonlyMap<string, SourceRecord>;
  private readonly registry: LinkedRegistry;
  private byModel: Map<string, ScoreRecord[]> | undefined;
  private byBenchmark: Map<string, ScoreRecord[]> | undefined;
  private bySource: Map<string, ScoreRecord[]> | undefined;
  private readonly names = new Map<Kind, Map<string, Set<string>>>();

  constructor(registry: LinkedRegistry) {
    this.benchmarks = registry.benchmarks;
    this.models = registry.models;
    this.sources = registry.sources;
    this.registry = registry;
  }

  /** Every score, in load order (a snapshot's registry reads them all on first use). */
  get scores(): readonly ScoreRecord[] {
    return this.registry.scores;
  }

  /** Scores of one model, by id. */
  scoresOfModel(id: string): readonly ScoreRecord[] {
    this.byModel ??= groupBy(this.scores, "model");
    return this.byModel.get(id) ?? [];
  }

  /** Scores on one benchmark, by id. */
  scoresOfBenchmark(id: string): readonly ScoreRecord[] {
    if (this.byBenchmark === undefined && this.registry.scoresOfBenchmark !== undefined) {
      return this.registry.scoresOfBenchmark(id);
    }
    this.byBenchmark ??= groupBy(this.scores, "benchmark");
    return this.byBenchmark.get(id) ?? [];
  }

  /** Scores published by one source, by id. */
  scoresOfSource(id: string): readonly ScoreRecord[] {
    this.bySource ??= groupBy(this.scores, "source");
    return this.bySource.get(id) ?? [];
  }

  /** Resolves a benchmark by id, name or alias (ignoring case, spaces, punctuation); unknown is a usage error. */
  resolveBenchmark(name: string): BenchmarkRecord {
    return this.benchmarks.get(this.resolveId("benchmark", name)) as BenchmarkRecord;
  }

  /** Resolves a model by id, name or alias; unknown is a usage error with suggestions. */
  resolveModel(name: string): ModelRecord {
    return this.models.get(this.resolveId("model", name)) as ModelRecord;
  }

  /** Resolves a source by id or title; unknown is a usage error with suggestions. */
  resolveSource(name: string): SourceRecord {
    return this.sources.get(this.resolveId("source", name)) as SourceRecord;
  }

  /** Resolves a name that may be a model or a benchmark, preferring an exact id. */
  resolveAny(name: string): { kind: "model"; record: ModelRecord } | { kind: "benchmark"; record: BenchmarkRecord } {
    const folded = foldName(name);
    const asModel = this.nameIndexOf("model").get(folded);
    const asBench = this.nameIndexOf("benchmark").get(folded);
    if (asModel?.size === 1 && asBench === undefined) return { kind: "model", record: this.resolveModel(name) };
    if (asBench?.size === 1 && asModel === undefined) return { kind: "benchmark", record: this.resolveBenchmark(name) };
    if (this.models.has(name)) return { kind: "model", record: this.resolveModel(name) };
    if (this.benchmarks.has(name)) return { kind: "benchmark", record: this.resolveBenchmark(name) };
    if (asModel !== undefined || asBench !== undefined) {
      const ids = [...(asModel ?? []), ...(asBench ?? [])];
      throw new UsageError(`'${name}' is ambiguous: it names ${ids.join(", ")}`);
    }
    const everything = [...this.models.keys(), ...this.benchmarks.keys()];
    throw unknownName(`no model or benchmark '${name}'`, name, everything, "muse list models|benchmarks");
  }

  private resolveId(kind: Kind, name: string): string {
    // An exact id always names its own record (below, too): answered without folding every record's names.
    if (this.recordsOf(kind).has(name)) return name;
    const ids = this.nameIndexOf(kind).get(foldName(name));
    if (ids?.size === 1) return [...ids][0] as string;
    if (ids !== undefined && ids.size > 1) {
      const exact = [...ids].find((id) => id === name);
      if (exact !== undefined) return exact;
      // A record's exact display name is never ambiguous, whatever other records fold to the same text.
      const named = [...ids].filter((id) => this.recordName(kind, id) === name);
      if (named.length === 1) return named[0] as string;
      throw new UsageError(`${kind} '${name}' is ambiguous: it names ${[...ids].sort().join(", ")}`);
    }
    throw unknownName(`unknown ${kind} '${name}'`, name, [...this.recordsOf(kind).keys()], `muse list ${kind}s`);
  }

  /** The folded names (id, name or title, aliases) of one kind of record, each with the ids answering to it. */
  private nameIndexOf(kind: Kind): Map<string, Set<string>> {
    let index = this.names.get(kind);
    if (index === undefined) {
      index = nameIndex(this.recordsOf(kind).values());
      this.names.set(kind, index);
    }
    return index;
  }

  private recordName(kind: Kind, id: string): string | undefined {
    const record = this.recordsOf(kind).get(id);
    return kind === "source" ? record?.title : record?.name;
  }

  /** The records of one kind, by id. */
  private recordsOf(
    kind: Kind,
  ): ReadonlyMap<string, { id: string; name?: string; title?: string; aliases?: string[] }> {
    return kind === "benchmark" ? this.benchmarks : kind === "model" ? this.models : this.sources;
  }
}

/** A usage error for a name that matches nothing: the nearest ids, or where to find them when none is near. */
function unknownName(message: string, name: string, known: readonly string[], listCommand: string): UsageError {
  const hints = nearest(name, known);
  return hints.length > 0 ? new UsageError(message, hints) : new UsageError(`${message}; see \`${listCommand}\``);
}

/** The scores grouped by one of their ids, each group in the order of the list. */
function groupBy(scores: readonly ScoreRecord[], by: "model" | "benchmark" | "source"): Map<string, ScoreRecord[]> {
  const groups = new Map<string, ScoreRecord[]>();
  for (const score of scores) {
    const key = score[by];
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [score]);
    else list.push(score);
  }
  return groups;
}

function nameIndex(records: Iterable<{ id: string; name?: string; title?: string; aliases?: string[] }>) {
  const index = new Map<string, Set<string>>();
  for (const r of records) {
    for (const name of [r.id, r.name, r.title, ...(r.aliases ?? [])]) {
      if (name === undefined) continue;
      const folded = foldName(name);
      if (folded === "") continue;
      const ids = index.get(folded) ?? new Set<string>();
      ids.add(r.id);
      index.set(folded, ids);
    }
  }
  return index;
}

import type { Problem } from "../errors.js";
import { scoreKey } from "../identity.js";
import type { Benchmark, Model, Source } from "../schema/index.js";
import { foldName, nearest } from "../suggest.js";
import { MAX_SUGGESTED_IDS } from "./limits.js";
import type { ParsedFile, ReadScore } from "./parse-file.js";
import { capProblemsPerFile, type PendingProblem } from "./problem-cap.js";

/** Where a record was defined: its file, line and column. */
export interface Origin {
  file: string;
  line: number;
  col: number;
}

/** A benchmark, model or source as it sits in the linked registry, with where it came from. */
export type Defined<T> = T & { origin: Origin };

/** A score joined to its source id, with where it was written. */
export type ScoreRecord = Omit<ReadScore, "line" | "col"> & {
  source: string;
  origin: Origin;
};

/** A fully linked, valid registry: every reference resolves. */
export interface LinkedRegistry {
  benchmarks: Map<string, Defined<Benchmark>>;
  models: Map<string, Defined<Model>>;
  sources: Map<string, Defined<Omit<Source, "scores">>>;
  /** Every score, in load order. */
  scores: ScoreRecord[];
  /** The scores on one benchmark, in load order, read without reading every score (a snapshot's registry has it). */
  scoresOfBenchmark?: (benchmark: string) => readonly ScoreRecord[];
}

/** `file:line:col` of an origin, for messages that point at a second place. */
export const placeText = (o: Origin): string => `${o.file}:${o.line}:${o.col}`;

const originOf = (file: string, r: { line: number; col: number }): Origin => ({ file, line: r.line, col: r.col });

/** Merges layers (later layers replace records with the same id) and checks every cross-reference. */
export function linkLayers(
  layers: readonly (readonly ParsedFile[])[],
  checkReferences = true,
): { registry: LinkedRegistry; problems: Problem[] } {
  const problems: PendingProblem[] = [];
  const benchmarks = new Map<string, Defined<Benchmark>>();
  const models = new Map<string, Defined<Model>>();
  const sources = new Map<string, Defined<Omit<Source, "scores">> & { scores: ScoreRecord[] }>();

  for (const files of layers) {
    const seen = new Map<string, Origin>();
    const define = <T extends { id: string }>(kind: string, map: Map<string, T>, record: T, origin: Origin) => {
      const key = `${kind}:${record.id}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ ...origin, message: `${kind} '${record.id}' is defined twice; first at ${placeText(first)}` });
        return;
      }
      seen.set(key, origin);
      map.set(record.id, record);
    };
    for (const file of files) {
      for (const { line, col, ...b } of file.benchmarks) {
        const origin = originOf(file.path, { line, col });
        define("benchmark", benchmarks, { ...b, origin }, origin);
      }
      for (const { line, col, ...m } of file.models) {
        const origin = originOf(file.path, { line, col });
        define("model", models, { ...m, origin }, origin);
      }
      for (const { line, col, scores, ...s } of file.sources) {
        const origin = originOf(file.path, { line, col });
        const records = scores.map((score) => {
          const record = unplaced(score) as ScoreRecord;
          record.source = s.id;
          record.origin = originOf(file.path, score);
          return record;
        });
        define("source", sources, { ...s, origin, scores: records }, origin);
      }
    }
  }

  const scores: ScoreRecord[] = [];
  const didYouMean = suggestions();
  const unknownRef = (score: ScoreRecord, kind: string, id: string, known: Map<string, unknown>): PendingProblem => ({
    ...score.origin,
    message: () => `score names unknown ${kind} '${id}'${didYouMean(kind, id, known)}`,
  });
  for (const { scores: own, ...source } of sources.values()) {
    const identities = new Map<string, Origin>();
    for (const score of own) {
      const bench = benchmarks.get(score.benchmark);
      if (checkReferences && !models.has(score.model)) problems.push(unknownRef(score, "model", score.model, models));
      if (checkReferences && bench === undefined)
        problems.push(unknownRef(score, "benchmark", score.benchmark, benchmarks));
      if (bench?.unit === "percent" && (score.value < 0 || score.value > 100)) {
        problems.push({
          ...score.origin,
          message: `value ${score.value} is outside 0-100 for percent benchmark '${bench.id}'`,
        });
      }
      const identity = scoreKey(score);
      const first = identities.get(identity);
      if (first !== undefined) {
        problems.push({
          ...score.origin,
          message: `source '${source.id}' already has ${score.model} on ${score.benchmark} with this setting, at ${placeText(first)}`,
        });
      } else identities.set(identity, score.origin);
      scores.push(score);
    }
  }
  problems.push(...sharedModelNames(models));
  const plainSources = new Map([...sources].map(([id, { scores: _scores, ...rest }]) => [id, rest]));
  return { registry: { benchmarks, models, sources: plainSources, scores }, problems: capProblemsPerFile(problems) };
}

/**
 * One model, one name: a name or alias (case, spaces and punctuation ignored) that another model of the
 * linked registry answers to (by its id, name or alias), reported once per pair at the later model, naming
 * where the other is. Two ids alone never clash: an exact id always names its own model.
 */
function sharedModelNames(models: ReadonlyMap<string, Defined<Model>>): Problem[] {
  const owners = new Map<string, { model: Defined<Model>; byId: boolean }>();
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const model of models.values()) {
    const names: [string, boolean][] = [
      [model.id, true],
      [model.name, false],
      ...model.aliases.map((a): [string, boolean] => [a, false]),
    ];
    for (const [name, byId] of names) {
      const key = foldName(name);
      const owner = owners.get(key);
      if (key === "" || owner?.model === model) continue;
      if (owner === undefined) {
        owners.set(key, { model, byId });
        continue;
      }
      if (byId && owner.byId) continue;
      const pair = `${owner.model.id}\u0000${model.id}`;
      if (reported.has(pair)) continue;
      reported.add(pair);
      problems.push({
        ...model.origin,
        message: `model '${model.id}' answers to '${name}', as model '${owner.model.id}' at ${placeText(owner.model.origin)} does; one name must name one model`,
      });
    }
  }
  return problems;
}

/**
 * A copy of a placed record without its line and column, keys in the same order. (Rest destructuring does the
 * same, four times slower: a 100k-score registry spent a fifth of a warm query in it.)
 */
function unplaced<T extends { line: number; col: number }>(record: T): Omit<T, "line" | "col"> {
  const copy: Record<string, unknown> = {};
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key !== "line" && key !== "col") copy[key] = record[key as keyof T];
  }
  return copy as Omit<T, "line" | "col">;
}

/**
 * " (did you mean ...?)" for unknown ids, or "": each id is looked for once (a typo repeated in many scores costs
 * one search), and only the first MAX_SUGGESTED_IDS ids of a load get one, as each search compares with every id.
 */
function suggestions(): (kind: string, id: string, known: Map<string, unknown>) => string {
  const made = new Map<string, string>();
  return (kind, id, known) => {
    const key = `${kind}\u0000${id}`;
    let suggestion = made.get(key);
    if (suggestion === undefined) {
      const hints = made.size < MAX_SUGGESTED_IDS ? nearest(id, known.keys()) : [];
      suggestion = hints.length > 0 ? ` (did you mean ${hints.map((h) => `'${h}'`).join(", ")}?)` : "";
      made.set(key, suggestion);
    }
    return suggestion;
  };
}

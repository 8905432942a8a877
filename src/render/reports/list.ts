import type { BenchmarkRecord, ModelRecord, SourceRecord, Store } from "../../core/store.js";
import { type Cell, type Column, cell, type Report } from "../view.js";

const BENCHMARK_COLUMNS: readonly Column[] = [
  { key: "id", header: "Id" },
  { key: "name", header: "Name" },
  { key: "category", header: "Category" },
  { key: "unit", header: "Unit" },
  { key: "higher_is_better", header: "Better" },
  { key: "scores", header: "Scores", align: "right" },
];
const MODEL_COLUMNS: readonly Column[] = [
  { key: "id", header: "Id" },
  { key: "name", header: "Name" },
  { key: "org", header: "Org" },
  { key: "released", header: "Released" },
  { key: "scores", header: "Scores", align: "right" },
];
const SOURCE_COLUMNS: readonly Column[] = [
  { key: "id", header: "Id" },
  { key: "publisher", header: "Publisher" },
  { key: "published", header: "Published" },
  { key: "kind", header: "Kind" },
  { key: "layer", header: "Layer" },
  { key: "scores", header: "Scores", align: "right" },
];

/** A listing report: the rows as the JSON array, and one table section drawn from them. */
function listing<T>(rows: T[], columns: readonly Column[], cellsOf: (row: T) => Cell[]): Report {
  return { json: rows, view: { sections: [{ columns, rows: rows.map(cellsOf) }] } };
}

/** A benchmark as the JSON contract shows it (missing fields are `null`), with its number of scores. */
export function benchmarkJson(store: Store, b: BenchmarkRecord) {
  return {
    id: b.id,
    name: b.name,
    category: b.category,
    unit: b.unit,
    higher_is_better: b.higher_is_better,
    aliases: [...b.aliases],
    description: b.description,
    url: b.url ?? null,
    scores: store.scoresOfBenchmark(b.id).length,
  };
}

/** A model as the JSON contract shows it (missing fields are `null`), with its number of scores. */
export function modelJson(store: Store, m: ModelRecord) {
  return {
    id: m.id,
    name: m.name,
    org: m.org,
    released: m.released ?? null,
    open_weights: m.open_weights ?? null,
    aliases: [...m.aliases],
    note: m.note ?? null,
    scores: store.scoresOfModel(m.id).length,
  };
}

/** The benchmark listing: a JSON array of benchmark rows with their score counts. */
export function benchmarksReport(store: Store, benchmarks: readonly BenchmarkRecord[]): Report {
  const rows = benchmarks.map((b) => benchmarkJson(store, b));
  return listing(rows, BENCHMARK_COLUMNS, (r) => [
    cell(r.id),
    cell(r.name),
    cell(r.category),
    cell(r.unit),
    cell(r.higher_is_better ? "higher" : "lower", r.higher_is_better),
    cell(String(r.scores), r.scores),
  ]);
}

/** The model listing: a JSON array of model rows with their score counts. */
export function modelsReport(store: Store, models: readonly ModelRecord[]): Report {
  const rows = models.map((m) => modelJson(store, m));
  return listing(rows, MODEL_COLUMNS, (r) => [
    cell(r.id),
    cell(r.name),
    cell(r.org),
    cell(r.released ?? "", r.released),
    cell(String(r.scores), r.scores),
  ]);
}

/**
 * The source listing: a JSON array of source rows, saying whose figures each carries and which
 * registry layer (`launch`, `epoch`, or a directory as given) it comes from.
 */
export function sourcesReport(
  store: Store,
  sources: readonly SourceRecord[],
  layerOf: (file: string) => string,
): Report {
  const rows = sources.map((s) => ({
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    published: s.published,
    kind: s.kind,
    repeats: s.repeats ? { name: s.repeats.name, kind: s.repeats.kind } : null,
    url: s.url ?? null,
    license: s.license ?? null,
    note: s.note ?? null,
    layer: layerOf(s.origin.file),
    scores: store.scoresOfSource(s.id).length,
  }));
  return listing(rows, SOURCE_COLUMNS, (r) => [
    cell(r.id),
    cell(r.publisher),
    cell(r.published),
    cell(r.repeats ? `${r.kind} (${r.repeats.name}, ${r.repeats.kind})` : r.kind, r.kind),
    cell(r.layer),
    cell(String(r.scores), r.scores),
  ]);
}

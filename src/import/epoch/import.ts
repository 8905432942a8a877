import type { Benchmark, Source } from "../../core/schema/index.js";
import { type BaseRegistry, type RegistryDocument, sortById, withoutOrigin } from "../shared/documents.js";
import { toModelId, uniqueId } from "../shared/ids.js";
import { ImportedModels } from "../shared/imported-models.js";
import { type FileContext, type FileResult, importFile } from "./import-file.js";
import { EPOCH_LICENSE, EPOCH_URL, type Release } from "./release.js";
import type { FileSpec } from "./spec.js";

/** One CSV file of an Epoch download: its name and text. */
export interface EpochFile {
  name: string;
  text: string;
}

/** The outcome of importing a download: one result per file and the registry documents to write. */
export interface EpochImport {
  release: Release;
  attribution: string;
  files: (FileResult & { source: string })[];
  documents: RegistryDocument[];
  /** Model names that matched no model of the registry, with how many rows used them: for curators to alias. */
  unresolved: { name: string; count: number }[];
}

const NEW_MODEL_NOTE = "Created by `muse import epoch` from the model versions in Epoch AI's Benchmarking Hub.";

/** Options of an import: the release month, the citation, and a callback before each file. */
export interface ImportOptions {
  release: Release;
  attribution: string;
  onFile?: (index: number, total: number, name: string) => void;
  /** Takes each file's source document as soon as it is final, before the next file is read. */
  onSource?: (document: RegistryDocument) => void;
}

/**
 * Imports the CSV files of one Epoch AI Benchmarking Hub download into registry documents: one
 * source per file, the benchmarks they measure (the base registry's record where it has one), and
 * the models they name (base records kept whole, with Epoch's ids added as aliases).
 */
export function importEpoch(files: readonly EpochFile[], base: BaseRegistry, options: ImportOptions): EpochImport {
  const models = new ImportedModels([...base.models].map(withoutOrigin), NEW_MODEL_NOTE);
  const benchmarks = new Map<string, Benchmark>();
  const baseBenchmarks = new Map([...base.benchmarks].map((b) => [b.id, withoutOrigin(b)]));
  const ctx: FileContext = { models, settle: (spec, file) => settleBenchmark(spec, file, baseBenchmarks, benchmarks) };
  const sourceIds = new Set<string>();
  const results: EpochImport["files"] = [];
  const sources: RegistryDocument[] = [];
  const ordered = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  ordered.forEach((file, index) => {
    options.onFile?.(index, ordered.length, file.name);
    const result = importFile(file.name, file.text, ctx);
    const source = uniqueId(`epoch-${toModelId(file.name.replace(/\.csv$/i, "")) ?? "file"}`, sourceIds);
    results.push({ ...result, source });
    const record = sourceRecord(source, result, options);
    const document = { path: `sources/${record.id}.yaml`, content: { benchmarks: [], models: [], sources: [record] } };
    sources.push(document);
    options.onSource?.(document);
  });
  const documents: RegistryDocument[] = [
    { path: "benchmarks.yaml", content: { benchmarks: sortById([...benchmarks.values()]), models: [], sources: [] } },
    { path: "models.yaml", content: { benchmarks: [], models: models.records(), sources: [] } },
    ...sources,
  ];
  return {
    release: options.release,
    attribution: options.attribution,
    files: results,
    documents,
    unresolved: models.unresolved(),
  };
}

/**
 * The benchmark a spec's scores go to: the base registry's record when it has the same id and unit
 * (so layering keeps it), the catalog's otherwise. Two different benchmarks never share an id.
 */
function settleBenchmark(
  spec: FileSpec,
  file: string,
  base: ReadonlyMap<string, Benchmark>,
  chosen: Map<string, Benchmark>,
): { benchmark: Benchmark; warning?: string } {
  const wanted = spec.benchmark;
  const taken = chosen.get(wanted.id) ?? base.get(wanted.id);
  if (taken === undefined || taken.unit === wanted.unit) {
    const benchmark = taken ?? wanted;
    chosen.set(benchmark.id, benchmark);
    return { benchmark };
  }
  const id = uniqueId(`epoch-${wanted.id}`, new Set([...chosen.keys(), ...base.keys()]));
  const benchmark = { ...wanted, id };
  chosen.set(id, benchmark);
  const warning = `${file}'s benchmark '${wanted.id}' is in ${wanted.unit} but the registry's is in ${taken.unit}; imported as '${id}'`;
  return { benchmark, warning };
}

function sourceRecord(id: string, result: FileResult, options: ImportOptions): Source {
  const title = result.benchmark ? `${result.benchmark.name} (${result.file})` : result.file;
  return {
    id,
    title: `Epoch AI Benchmarking Hub: ${title}`.slice(0, 300),
    publisher: "Epoch AI",
    published: options.release.published,
    url: EPOCH_URL,
    kind: "third-party",
    license: EPOCH_LICENSE,
    attribution: options.attribution,
    note: sourceNote(result),
    scores: result.scores,
  };
}

function sourceNote(result: FileResult): string {
  const origin =
    result.origin === "external"
      ? "Figures Epoch AI compiled from outside leaderboards and reports; each score's note names where Epoch took it from."
      : "Epoch AI's own evaluation runs; score links point to the run logs where Epoch published them.";
  const guessed = result.known ? "" : " muse's catalog does not know this file, so its columns were guessed.";
  return `${origin} Imported by \`muse import epoch\`: ${result.imported} of ${result.rows} rows.${guessed}`;
}

import type { Benchmark, Score, Source } from "../../core/schema/index.js";
import { settingKey } from "../../core/setting.js";
import { type BaseRegistry, type RegistryDocument, sortById, withoutOrigin } from "../shared/documents.js";
import { toModelId } from "../shared/ids.js";
import { ImportedModels } from "../shared/imported-models.js";
import { parseModelVersion } from "../shared/model-version.js";
import type { UnresolvedName } from "../shared/unresolved-note.js";
import type { BenchmarkPick } from "./benchmark.js";
import { readRecord, type ScoreDraft } from "./map-record.js";
import { type EeeChecker, parseEeeRecord } from "./parse.js";
import type { SourceDraft } from "./source.js";

const CREATED_BY = "Created by `muse import eee` from the `model_info` of Every Eval Ever records.";

/** One record file to import: its name in reports, and its text. */
export interface EeeFile {
  name: string;
  text: string;
}

/** What became of one record file: its schema version, source id and the scores it gave. */
export interface EeeFileOutcome {
  file: string;
  version: string;
  source: string;
  model: string;
  results: number;
  imported: number;
}

/** The outcome of an Every Eval Ever import: documents to write, per-file outcomes, warnings and problems. */
export interface EeeImport {
  documents: RegistryDocument[];
  files: EeeFileOutcome[];
  warnings: { file: string; message: string }[];
  /** Files that cannot be imported (not JSON, failing their schema): with any, nothing is written. */
  problems: { file: string; reason: string }[];
  /** Model names that matched no model of the registry, with how many records used them: for curators to alias. */
  unresolved: UnresolvedName[];
}

/**
 * Imports Every Eval Ever records into registry documents: one source per distinct `source_metadata`
 * and retrieval date, the models resolved against the base registry by exact name (new ones made from
 * `model_info`), the benchmarks from muse's catalog or made from the records, and a score per result.
 * A file that is not a record, or breaks its schema, is a problem and no documents are made.
 */
export function importEee(files: readonly EeeFile[], base: BaseRegistry, check: EeeChecker): EeeImport {
  const ordered = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const problems: EeeImport["problems"] = [];
  const warnings: EeeImport["warnings"] = [];
  const reads = ordered.flatMap((file) => {
    const parsed = parseEeeRecord(file.text, check);
    if (!parsed.ok) {
      for (const reason of parsed.problems) problems.push({ file: file.name, reason });
      return [];
    }
    const read = readRecord(parsed.record);
    if ("problem" in read) {
      problems.push({ file: file.name, reason: read.problem });
      return [];
    }
    for (const message of read.warnings) warnings.push({ file: file.name, message });
    return [{ file: file.name, version: parsed.version, read }];
  });
  if (problems.length > 0) return { documents: [], files: [], warnings, problems, unresolved: [] };

  const book = new ImportedModels([...base.models].map(withoutOrigin), CREATED_BY);
  const baseBenchmarks = new Map([...base.benchmarks].map((b) => [b.id, b]));
  const benchmarks = new Map<string, Benchmark>();
  const sources = new SourceBook();
  const outcomes: EeeFileOutcome[] = [];
  for (const { file, version, read } of reads) {
    const source = sources.idOf(read.source);
    const modelVersion = parseModelVersion(read.model.version);
    const model = book.resolve(modelVersion);
    if (model.warning !== undefined) warnings.push({ file, message: model.warning });
    book.note(model.id, modelVersion, {
      displayName: read.model.name,
      ...(read.model.org ? { org: read.model.org } : {}),
      ...(read.model.openWeights === undefined ? {} : { openWeights: read.model.openWeights }),
    });
    for (const draft of read.scores) {
      const benchmark = settle(draft.benchmark, baseBenchmarks, benchmarks, (m) => warnings.push({ file, message: m }));
      const score = scoreOf(draft, model.id, benchmark.id, model.setting);
      const run = sources.add(source, score);
      if (run !== undefined)
        warnings.push({ file, message: `a second score of ${model.id} on ${benchmark.id} from ${source}: run=${run}` });
    }
    const results = read.scores.length;
    outcomes.push({ file, version, source, model: model.id, results, imported: results });
  }
  const documents: RegistryDocument[] = [
    { path: "benchmarks.yaml", content: { benchmarks: sortById([...benchmarks.values()]), models: [], sources: [] } },
    { path: "models.yaml", content: { benchmarks: [], models: book.records(), sources: [] } },
    ...sources
      .records()
      .map((s) => ({ path: `sources/${s.id}.yaml`, content: { benchmarks: [], models: [], sources: [s] } })),
  ];
  return { documents, files: outcomes, warnings, problems, unresolved: book.unresolved() };
}

function scoreOf(draft: ScoreDraft, model: string, benchmark: string, modelSetting: Score["setting"]): Score {
  const { result: _result, benchmark: _pick, setting, ...rest } = draft;
  return { model, benchmark, ...rest, setting: { ...modelSetting, ...setting } };
}

/**
 * The benchmark a result's scores go to: the base registry's (or an earlier record's) with the same id
 * and unit, else the wanted one; where the id is taken by a benchmark in another unit, a new `eee-` id.
 */
function settle(
  pick: BenchmarkPick,
  base: ReadonlyMap<string, Benchmark>,
  chosen: Map<string, Benchmark>,
  warn: (message: string) => void,
): Benchmark {
  const wanted = pick.wanted;
  const taken = chosen.get(wanted.id) ?? base.get(wanted.id);
  if (taken === undefined || taken.unit === wanted.unit) {
    const benchmark = taken ?? wanted;
    chosen.set(benchmark.id, withoutOrigin(benchmark));
    return benchmark;
  }
  let id = `eee-${wanted.id}`;
  for (let n = 2; chosen.has(id) || base.has(id); n++) id = `eee-${wanted.id}-${n}`;
  const benchmark = { ...wanted, id };
  chosen.set(id, benchmark);
  warn(`benchmark '${wanted.id}' is in ${wanted.unit} here but in ${taken.unit} in the registry; imported as '${id}'`);
  return benchmark;
}

/** The sources of an import, one per distinct description, with their scores kept distinct by identity. */
class SourceBook {
  private readonly byKey = new Map<string, string>();
  private readonly sources = new Map<string, { draft: SourceDraft; scores: Score[]; identities: Set<string> }>();

  idOf(draft: SourceDraft): string {
    const { wantedId, ownId, ...fields } = draft;
    const key = ownId ? `own\u0000${wantedId}` : JSON.stringify(fields);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    let id = ownId ? wantedId : (toModelId(wantedId) ?? "eee-source");
    if (this.sources.has(id) && !ownId) id = toModelId(`${wantedId} ${draft.published}`) ?? id;
    for (let n = 2; this.sources.has(id); n++) id = `${ownId ? wantedId : id}-${n}`;
    this.byKey.set(key, id);
    this.sources.set(id, { draft, scores: [], identities: new Set() });
    return id;
  }

  /** Adds a score; a second one with the same identity gets a `run` label, which is returned. */
  add(source: string, score: Score): string | undefined {
    const entry = this.sources.get(source);
    if (entry === undefined) throw new Error(`unknown source ${source}`);
    const identity = (s: Score) => `${s.model}\u0000${s.benchmark}\u0000${settingKey(s.setting)}`;
    let run: string | undefined;
    if (entry.identities.has(identity(score))) {
      let n = 2;
      while (entry.identities.has(identity({ ...score, setting: { ...score.setting, run: `run-${n}` } }))) n++;
      run = `run-${n}`;
      score.setting = { ...score.setting, run };
    }
    entry.identities.add(identity(score));
    entry.scores.push(score);
    return run;
  }

  records(): Source[] {
    return [...this.sources]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, { draft, scores }]) => {
        const { wantedId: _w, ownId: _o, ...fields } = draft;
        return { id, ...fields, scores };
      });
  }
}

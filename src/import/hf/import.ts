import type { Benchmark, Score, Source } from "../../core/schema/index.js";
import { settingKey } from "../../core/setting.js";
import { type BaseRegistry, type RegistryDocument, sortById, withoutOrigin } from "../shared/documents.js";
import { toModelId } from "../shared/ids.js";
import { ImportedModels } from "../shared/imported-models.js";
import { parseModelVersion } from "../shared/model-version.js";
import { draftOf, type HubScale } from "./map-result.js";
import { readModelCard } from "./model-card.js";
import { type HubResult, type HubSource, readEvalResults } from "./read.js";

const CREATED_BY = "Created by `muse import hf` for the model whose Hugging Face eval results were imported.";

/** One file to import: `.eval_results/*.yaml` or a model card (`README.md`), its name in reports, and its text. */
export interface HubFile {
  name: string;
  text: string;
}

/** The options of a Hub import: whose results they are, who measured them, how values read, a fallback date. */
export interface HubImportOptions {
  /** The model the files belong to (they do not name it): an id, name or alias, or a Hub id. */
  model: string;
  sourceKind: "first-party" | "third-party";
  scale: HubScale;
  /** The date of results that give none (the Hub falls back to the file's commit time, which muse cannot see). */
  date?: string;
}

/** What became of one file: how many results it had, imported and reported. */
export interface HubFileOutcome {
  file: string;
  results: number;
  imported: number;
  reported: number;
}

/** The outcome of a Hub import: documents, per-file outcomes, warnings, reported entries and problems. */
export interface HubImport {
  documents: RegistryDocument[];
  model: string;
  files: HubFileOutcome[];
  warnings: { file: string; line: number | null; message: string }[];
  reported: { file: string; line: number; reason: string }[];
  problems: { file: string; reason: string }[];
}

interface Placed {
  file: string;
  result: HubResult;
}

/**
 * Imports a model's Hub eval results into registry documents: one source per distinct `source` block
 * (results without one share a source named after the model), published on the latest date its results
 * give (else `date`), a score per result. A file that cannot be read, or a source without any date, is
 * a problem and nothing is made.
 */
export function importHub(files: readonly HubFile[], base: BaseRegistry, options: HubImportOptions): HubImport {
  const problems: HubImport["problems"] = [];
  const reported: HubImport["reported"] = [];
  const warnings: HubImport["warnings"] = [];
  const outcomes: HubFileOutcome[] = [];
  const placed: Placed[] = [];
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const read = /\.md$/i.test(file.name) ? readModelCard(file.text) : readEvalResults(file.text);
    if (read.problem !== undefined) problems.push({ file: file.name, reason: read.problem });
    for (const r of read.reported) reported.push({ file: file.name, ...r });
    for (const result of read.results) placed.push({ file: file.name, result });
    outcomes.push({
      file: file.name,
      results: read.results.length + read.reported.length,
      imported: read.results.length,
      reported: read.reported.length,
    });
  }
  const book = new ImportedModels([...base.models].map(withoutOrigin), CREATED_BY);
  const version = parseModelVersion(options.model);
  const model = book.resolve(version);
  if (model.warning !== undefined) warnings.push({ file: files[0]?.name ?? "", line: null, message: model.warning });
  // A Hub id's namespace (`meta-llama/...`) names the organisation that publishes the model.
  const namespace = /^([\w.-]+)\/./.exec(options.model)?.[1];
  book.note(model.id, version, namespace ? { org: namespace } : {});
  const groups = groupBySource(placed, model.id);
  for (const group of groups.values())
    if (group.published === undefined && options.date === undefined)
      problems.push({
        file: group.members[0]?.file ?? "",
        reason: `no result of source '${group.id}' has a date; pass --date YYYY-MM-DD`,
      });
  if (problems.length > 0) return { documents: [], model: model.id, files: outcomes, warnings, reported, problems };

  const baseBenchmarks = new Map([...base.benchmarks].map((b) => [b.id, b]));
  const benchmarks = new Map<string, Benchmark>();
  const sources: Source[] = [];
  for (const group of groups.values()) {
    const published = group.published ?? (options.date as string);
    const scores: Score[] = [];
    const seen = new Set<string>();
    for (const { file, result } of group.members) {
      const draft = draftOf(result, options.scale, published);
      for (const message of draft.warnings) warnings.push({ file, line: result.line, message });
      if (!draft.known)
        warnings.push({
          file,
          line: result.line,
          message: `${result.dataset} task ${result.task} is not in muse's catalog; imported as benchmark '${draft.benchmark.id}'`,
        });
      const taken = baseBenchmarks.get(draft.benchmark.id);
      const benchmark =
        taken !== undefined && taken.unit === draft.benchmark.unit ? withoutOrigin(taken) : draft.benchmark;
      benchmarks.set(benchmark.id, benchmark);
      const setting = { ...model.setting, ...draft.setting };
      const identity = `${benchmark.id}\u0000${settingKey(setting)}`;
      if (seen.has(identity)) {
        reported.push({
          file,
          line: result.line,
          reason: `a second result for ${benchmark.id} (${settingKey(setting) || "default"}) from the same source`,
        });
        const outcome = outcomes.find((o) => o.file === file);
        if (outcome) {
          outcome.imported--;
          outcome.reported++;
        }
        continue;
      }
      seen.add(identity);
      scores.push({
        model: model.id,
        benchmark: benchmark.id,
        value: draft.value,
        setting,
        ...(draft.inferred ? { inferred: draft.inferred } : {}),
        ...(draft.note ? { note: draft.note } : {}),
      });
    }
    sources.push(sourceRecord(group, published, options, model.id, scores));
  }
  const documents: RegistryDocument[] = [
    {
      path: "benchmarks.yaml",
      content: { benchmarks: sortById([...benchmarks.values()]), models: [], sources: [] },
    },
    { path: "models.yaml", content: { benchmarks: [], models: book.records(), sources: [] } },
    ...sources.map((s) => ({ path: `sources/${s.id}.yaml`, content: { benchmarks: [], models: [], sources: [s] } })),
  ];
  return { documents, model: model.id, files: outcomes, warnings, reported, problems };
}

interface SourceGroup {
  id: string;
  source?: HubSource;
  published?: string;
  members: Placed[];
}

function groupBySource(placed: readonly Placed[], model: string): Map<string, SourceGroup> {
  const groups = new Map<string, SourceGroup>();
  const ids = new Set<string>();
  for (const member of placed) {
    const source = member.result.source;
    const key = source === undefined ? "" : JSON.stringify(source);
    let group = groups.get(key);
    if (group === undefined) {
      const host = source === undefined ? undefined : new URL(source.url).hostname;
      const wanted =
        toModelId(source ? `hf ${source.org ?? source.user ?? source.name ?? host}` : `hf ${model} eval results`) ??
        "hf-source";
      let id = wanted;
      for (let n = 2; ids.has(id); n++) id = `${wanted}-${n}`;
      ids.add(id);
      group = { id, ...(source ? { source } : {}), members: [] };
      groups.set(key, group);
    }
    group.members.push(member);
    const date = member.result.date;
    if (date !== undefined && (group.published === undefined || date > group.published)) group.published = date;
  }
  return groups;
}

function sourceRecord(
  group: SourceGroup,
  published: string,
  options: HubImportOptions,
  model: string,
  scores: Score[],
): Source {
  const source = group.source;
  const publisher = source?.org ?? source?.user ?? (source ? new URL(source.url).hostname : "Hugging Face Hub");
  const who = source?.user ? ` Submitted by Hub user ${source.user}.` : "";
  return {
    id: group.id,
    title: (source?.name ?? `Eval results of ${model} on the Hugging Face Hub`).slice(0, 300),
    publisher: publisher.slice(0, 200),
    published,
    ...(source ? { url: source.url } : {}),
    kind: options.sourceKind,
    note: `Read from Hugging Face eval results by \`muse import hf\`; the kind (${options.sourceKind}) is what the import was told.${who}`,
    scores,
  };
}

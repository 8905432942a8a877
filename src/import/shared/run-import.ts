import { basename } from "node:path";
import type { Score, Source } from "../../core/schema/index.js";
import { describeSetting } from "../../core/setting.js";
import { makeDistinct, type Placed } from "./distinct.js";
import { type BaseRegistry, type RegistryDocument, withoutOrigin } from "./documents.js";
import type { EvalRun, RunOptions } from "./eval-run.js";
import { toModelId, toToken, uniqueId } from "./ids.js";
import { ImportedModels } from "./imported-models.js";
import { parseModelVersion } from "./model-version.js";
import type { Diagnostic, ImportResult, InputProblem, SummaryColumn, SummaryValue } from "./result.js";
import { BenchmarkSettler } from "./settle.js";
import { unresolvedNote } from "./unresolved-note.js";

/** What a run importer hands over: its name, the tool it reads, the runs, and what went wrong reading them. */
export interface RunImport {
  /** The importer's name (`lm-eval`), for ids, notes and the provenance header. */
  importer: string;
  /** The tool whose logs these are, e.g. `lm-evaluation-harness`. */
  tool: string;
  runs: EvalRun[];
  warnings: Diagnostic[];
  problems: InputProblem[];
}

const COLUMNS: readonly SummaryColumn[] = [
  { key: "file", header: "File" },
  { key: "task", header: "Task" },
  { key: "benchmark", header: "Benchmark" },
  { key: "known", header: "Known" },
  { key: "model", header: "Model" },
  { key: "setting", header: "Setting" },
  { key: "value", header: "Value", align: "right" },
  { key: "stderr", header: "Stderr", align: "right" },
  { key: "source", header: "Source" },
];

/**
 * Turns evaluation runs into registry documents: one source per run (its date, tool and version,
 * the user's kind and note), the models (the base registry's when a name matches, else new), the
 * benchmarks (the base registry's record where it has one), and a summary with one row per task.
 */
export function runImportResult(input: RunImport, options: RunOptions, base: BaseRegistry): ImportResult {
  const imported = new ImportedModels(
    [...base.models].map(withoutOrigin),
    `Created by \`muse import ${input.importer}\` from the model named in ${input.tool} logs.`,
  );
  const settler = new BenchmarkSettler(
    new Map([...base.benchmarks].map((b) => [b.id, withoutOrigin(b)])),
    input.importer,
  );
  const diagnostics: Diagnostic[] = [...input.warnings];
  const warn = (run: EvalRun, message: string) =>
    diagnostics.push({
      kind: "warning",
      file: run.file,
      ...(run.member ? { member: run.member } : {}),
      line: null,
      message,
    });
  const sourceIds = new Set<string>();
  const sources: Source[] = [];
  const rows: Record<string, SummaryValue>[] = [];
  for (const run of input.runs) {
    const version = parseModelVersion(run.model);
    const resolved = imported.resolve(version);
    if (resolved.warning !== undefined) warn(run, resolved.warning);
    const model = options.model ?? resolved.id;
    imported.note(model, version, { ...(run.modelOrg ? { org: run.modelOrg } : {}) });
    const wanted = options.source ?? `${input.importer}-${toModelId(version.base) ?? "run"}-${run.date}`;
    const source = uniqueId(wanted.slice(0, 120).replace(/[.-]+$/, ""), sourceIds);
    const placed: (Placed & { score: Score; task: EvalRun["scores"][number] })[] = run.scores.map((task, line) => {
      const settled = settler.settle(task.benchmark);
      if (settled.warning !== undefined) warn(run, `task '${task.task}': ${settled.warning}`);
      const setting = { ...resolved.setting, ...task.setting };
      const note = [`${input.tool} task '${task.task}', metric '${task.metric}'`, ...task.notes].join("; ");
      const score: Score = {
        model,
        benchmark: settled.benchmark.id,
        value: task.value,
        setting,
        ...(task.stderr === undefined ? {} : { stderr: task.stderr }),
        as_named: version.raw.slice(0, 200),
        note: note.slice(0, 2000),
      };
      // Each task's figure is its own (figure: its index): a run never collapses two of its tasks into one.
      return {
        model,
        setting,
        line,
        figure: String(line),
        notes: [],
        runs: runLabels(task.task, task.metric),
        score,
        task,
      };
    });
    const kept = new Set<Placed>();
    for (const benchmark of new Set(placed.map((p) => p.score.benchmark))) {
      const distinct = makeDistinct(placed.filter((p) => p.score.benchmark === benchmark));
      for (const p of distinct.kept) kept.add(p);
      for (const { row, reason } of distinct.reported) warn(run, `task '${row.task.task}': ${reason}; left out`);
    }
    const shown = placed.filter((p) => kept.has(p));
    for (const { score, task } of shown) {
      rows.push({
        file: run.file,
        task: task.task,
        benchmark: score.benchmark,
        known: task.known,
        model,
        setting: describeSetting(score.setting),
        value: score.value,
        stderr: score.stderr ?? null,
        source,
      });
    }
    sources.push(
      sourceRecord(
        source,
        run,
        options,
        shown.map((p) => ({ ...p.score, setting: p.setting })),
      ),
    );
  }
  const benchmarks = settler.records();
  const models = imported.records();
  const documents: RegistryDocument[] = [
    { path: "benchmarks.yaml", content: { benchmarks, models: [], sources: [] } },
    { path: "models.yaml", content: { benchmarks: [], models, sources: [] } },
    ...sources.map((s) => ({ path: `sources/${s.id}.yaml`, content: { benchmarks: [], models: [], sources: [s] } })),
  ];
  // With --model, no name was looked up: the run's model is the one named.
  const unresolved = options.model === undefined ? imported.unresolved() : [];
  const unknown = rows.filter((r) => r.known === false).length;
  const warnings = diagnostics.filter((d) => d.kind === "warning").length;
  const files = new Set(input.runs.map((r) => r.file)).size;
  return {
    documents,
    provenance: [
      `Generated by \`muse import ${input.importer}\` from ${input.tool} logs: ${[...new Set(input.runs.map((r) => basename(r.file)))].join(", ")}.`.slice(
        0,
        1000,
      ),
      "Re-run the import instead of editing this file by hand.",
    ].join("\n"),
    summary: {
      head: { unresolved },
      columns: COLUMNS,
      rows,
      totals: {
        files,
        runs: input.runs.length,
        scores: rows.length,
        unknown_tasks: unknown,
        warnings,
        benchmarks: benchmarks.length,
        models: models.length,
      },
      summary: `${files} file${files === 1 ? "" : "s"}, ${input.runs.length} run${input.runs.length === 1 ? "" : "s"}: ${rows.length} score${rows.length === 1 ? "" : "s"} imported, ${unknown} of them from tasks not in muse's catalog, ${warnings} warning${warnings === 1 ? "" : "s"} (on stderr)`,
      written: `${benchmarks.length} benchmarks, ${models.length} models, ${sources.length} sources.`,
      notes: options.model === undefined ? [unresolvedNote(unresolved, "runs")] : [],
    },
    diagnostics,
    problems: input.problems,
  };
}

/** Labels that tell two figures of one run apart when they land on one benchmark and setting: the task, then the metric. */
function runLabels(task: string, metric: string) {
  return [
    { kind: "task", label: toToken(task) ?? "task" },
    { kind: "metric", label: toToken(`${task}-${metric}`) ?? "metric" },
  ];
}

function sourceRecord(id: string, run: EvalRun, options: RunOptions, scores: Score[]): Source {
  const benchmarks = [...new Set(scores.map((s) => s.benchmark))].join(", ");
  const where = run.member === undefined ? basename(run.file) : `${basename(run.file)} (${run.member})`;
  const note = [options.note, `Imported by muse from ${where}; run with ${run.tool}.`, ...run.notes].filter(
    (n): n is string => n !== undefined && n !== "",
  );
  return {
    id,
    title: `${run.tool} run of ${run.model}: ${benchmarks}`.slice(0, 300),
    publisher: options.publisher.slice(0, 200),
    published: run.date,
    kind: options.sourceKind,
    note: note.join(" ").slice(0, 2000),
    scores,
  };
}

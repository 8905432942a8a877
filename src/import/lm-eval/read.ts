import type { Benchmark, Setting } from "../../core/schema/index.js";
import { scaled } from "../shared/cells.js";
import type { EvalRun, TaskScore } from "../shared/eval-run.js";
import { toModelId } from "../shared/ids.js";
import { finiteNumber, objectOf } from "../shared/json.js";
import { splitModelPath } from "../shared/model-path.js";
import { LM_EVAL_TASKS, type LmEvalTask } from "./catalog.js";

/** One results file read: the run, or the problems that keep it out; warnings either way. */
export interface LmEvalRead {
  run?: EvalRun;
  warnings: string[];
  problems: string[];
}

/** Reads a parsed `results_<time>.json` of lm-evaluation-harness into a run with one score per top-level task. */
export function readLmEvalResults(file: string, json: unknown): LmEvalRead {
  const warnings: string[] = [];
  const problems: string[] = [];
  const doc = objectOf(json);
  const results = objectOf(doc?.results);
  if (doc === undefined || results === undefined) {
    return { warnings, problems: ["not an lm-evaluation-harness results file (no 'results' object)"] };
  }
  if (objectOf(doc.eval) !== undefined) {
    return { warnings, problems: ["an Inspect log, not lm-evaluation-harness results: use `muse import inspect`"] };
  }
  const notTasks = Object.keys(results).filter((k) => objectOf(results[k]) === undefined);
  if (notTasks.length > 0) {
    return {
      warnings,
      problems: [`not an lm-evaluation-harness results file ('results' holds ${notTasks.slice(0, 3).join(", ")})`],
    };
  }
  const config = objectOf(doc.config) ?? {};
  const model = modelName(doc, config);
  if (model === undefined) problems.push("no model name (model_name, config.model_args pretrained=...); pass --model");
  const date = runDate(doc.date, file);
  if (date === undefined) problems.push("no run date ('date' in epoch seconds, or a results_<date> file name)");

  const nShot = objectOf(doc["n-shot"]) ?? {};
  const higher = objectOf(doc.higher_is_better) ?? {};
  const groups = objectOf(doc.group_subtasks) ?? {};
  const inGroups = subtasksOf(groups, results);
  const scores: TaskScore[] = [];
  for (const [task, raw] of Object.entries(results)) {
    if (inGroups.has(task)) continue;
    const metrics = objectOf(raw) ?? {};
    const outcome = readTask(task, metrics, shotsOf(task, nShot, groups), objectOf(higher[task]) ?? {});
    if ("problem" in outcome) problems.push(`task '${task}': ${outcome.problem}`);
    else {
      scores.push(outcome.score);
      warnings.push(...outcome.warnings.map((w) => `task '${task}': ${w}`));
    }
  }
  if (Object.keys(results).length === 0) problems.push("no tasks in 'results'");
  const limit = config.limit;
  if (typeof limit === "number") warnings.push(`the run was limited to ${limit} samples per task (config.limit)`);
  if (problems.length > 0 || model === undefined || date === undefined) return { warnings, problems };
  const version = typeof doc.lm_eval_version === "string" ? doc.lm_eval_version : undefined;
  const { name, org } = splitModelPath(model);
  return {
    run: {
      file,
      model: name,
      ...(org === undefined ? {} : { modelOrg: org }),
      date,
      tool: `lm-evaluation-harness ${version ?? "(version not recorded)"}`,
      scores,
      notes: runNotes(doc, config, inGroups.size, limit),
    },
    warnings,
    problems,
  };
}

function modelName(doc: Record<string, unknown>, config: Record<string, unknown>): string | undefined {
  if (typeof doc.model_name === "string" && doc.model_name.trim() !== "") return doc.model_name;
  const args = config.model_args;
  const fromArgs =
    typeof args === "string"
      ? /(?:^|,)\s*(?:pretrained|model|engine)=([^,]+)/.exec(args)?.[1]
      : (objectOf(args)?.pretrained ?? objectOf(args)?.model);
  return typeof fromArgs === "string" && fromArgs.trim() !== "" ? fromArgs.trim() : undefined;
}

/** The day of the run: lm-eval's `date` (epoch seconds), else the time in the file name. */
function runDate(date: unknown, file: string): string | undefined {
  if (typeof date === "number" && Number.isFinite(date) && date > 0) {
    const when = new Date(date * 1000);
    if (!Number.isNaN(when.getTime())) return when.toISOString().slice(0, 10);
  }
  return /results_(\d{4}-\d{2}-\d{2})T/.exec(file)?.[1];
}

/** Tasks that are part of a group whose own figure is in the results (the group is imported instead). */
function subtasksOf(groups: Record<string, unknown>, results: Record<string, unknown>): Set<string> {
  const inside = new Set<string>();
  for (const [group, members] of Object.entries(groups)) {
    if (!(group in results) || !Array.isArray(members)) continue;
    for (const member of members) if (typeof member === "string" && member !== group) inside.add(member);
  }
  return inside;
}

/** A task's few-shot count: its own, or for a group the count all of its tasks share. */
function shotsOf(task: string, nShot: Record<string, unknown>, groups: Record<string, unknown>, depth = 0): unknown {
  if (nShot[task] !== undefined || depth > 20) return nShot[task];
  const members = groups[task];
  if (!Array.isArray(members) || members.length === 0) return undefined;
  const counts = new Set(
    members.map((m) => (typeof m === "string" ? shotsOf(m, nShot, groups, depth + 1) : undefined)),
  );
  return counts.size === 1 ? [...counts][0] : undefined;
}

type TaskOutcome = { score: TaskScore; warnings: string[] } | { problem: string };

function readTask(
  task: string,
  metrics: Record<string, unknown>,
  shots: unknown,
  higher: Record<string, unknown>,
): TaskOutcome {
  const entry = LM_EVAL_TASKS.get(task);
  const warnings: string[] = [];
  const keys = Object.keys(metrics).filter((k) => k.includes(",") && !/_stderr,/.test(k));
  if (keys.length === 0) return { problem: "no metrics" };
  const key = entry === undefined ? keys[0] : preferredKey(entry, keys);
  if (key === undefined) return { problem: `none of its metrics is the catalog's (${entry?.metrics.join(", ")})` };
  const value = finiteNumber(metrics[key]);
  if (!value.ok) return { problem: `metric '${key}' ${value.reason}` };
  const [metric = key, filter = "none"] = key.split(",");
  const benchmark = entry?.benchmark ?? unknownBenchmark(task, metric, value.value, higher[metric]);
  const inPercent = benchmark.unit === "percent";
  if (inPercent && (value.value < 0 || value.value > 1)) {
    return { problem: `metric '${key}' is ${value.value}, not a fraction between 0 and 1` };
  }
  const notes: string[] = [];
  if (entry?.chainOfThought) notes.push("chain-of-thought prompt");
  const score: TaskScore = {
    task,
    benchmark,
    known: entry !== undefined,
    metric: key,
    value: inPercent ? scaled(value.value, 100) : value.value,
    setting: shotsSetting(shots),
    notes,
  };
  const stderrRaw = metrics[`${metric}_stderr,${filter}`];
  if (stderrRaw === "N/A") notes.push("stderr N/A in the log");
  else if (stderrRaw !== undefined) {
    const stderr = finiteNumber(stderrRaw);
    if (!stderr.ok || stderr.value < 0)
      warnings.push(`stderr of '${key}' ${stderr.ok ? "is negative" : stderr.reason}; left out`);
    else score.stderr = inPercent ? scaled(stderr.value, 100) : stderr.value;
  }
  if (entry === undefined) {
    warnings.push(
      `not in muse's catalog; imported as benchmark '${benchmark.id}' from metric '${key}'${inPercent ? " (fractions shown in percent)" : ` (in ${benchmark.unit})`}`,
    );
  }
  return { score, warnings };
}

function preferredKey(entry: LmEvalTask, keys: readonly string[]): string | undefined {
  for (const metric of entry.metrics)
    for (const filter of entry.filters) if (keys.includes(`${metric},${filter}`)) return `${metric},${filter}`;
  return undefined;
}

function shotsSetting(shots: unknown): Setting {
  return typeof shots === "number" && Number.isInteger(shots) && shots >= 0 ? { shots } : {};
}

/** A benchmark for a task muse's catalog does not know: its own id; percent when the metric is a fraction. */
function unknownBenchmark(task: string, metric: string, value: number, higher: unknown): Benchmark {
  const fraction = value >= 0 && value <= 1 && !/perplexity|bits_per|loss|ece/i.test(metric);
  return {
    id: toModelId(task) ?? "lm-eval-task",
    name: task.slice(0, 200),
    aliases: [],
    category: "other",
    unit: fraction ? "percent" : "points",
    higher_is_better: higher !== false,
    description: `lm-evaluation-harness task '${task}' (metric ${metric}), which muse's catalog does not know.`.slice(
      0,
      2000,
    ),
  };
}

function runNotes(
  doc: Record<string, unknown>,
  config: Record<string, unknown>,
  grouped: number,
  limit: unknown,
): string[] {
  const notes: string[] = [];
  if (typeof doc.git_hash === "string") notes.push(`lm-evaluation-harness git ${doc.git_hash}.`);
  if (typeof config.model === "string") notes.push(`Model backend: ${config.model}.`);
  if (typeof limit === "number") notes.push(`Limited to ${limit} samples per task.`);
  if (typeof doc.chat_template === "string" && doc.chat_template !== "") notes.push("Chat template applied.");
  if (doc.fewshot_as_multiturn === true) notes.push("Few-shot examples given as multi-turn chat.");
  if (typeof config.gen_kwargs === "string" && config.gen_kwargs !== "")
    notes.push(`Generation: ${config.gen_kwargs}.`);
  if (grouped > 0) notes.push(`${grouped} subtasks are part of a group imported as a whole.`);
  return notes;
}

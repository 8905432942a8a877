import type { Benchmark, Setting } from "../../core/schema/index.js";
import { scaled } from "../shared/cells.js";
import type { EvalRun, TaskScore } from "../shared/eval-run.js";
import { toModelId } from "../shared/ids.js";
import { finiteNumber, objectOf } from "../shared/json.js";
import { splitModelPath } from "../shared/model-path.js";
import { type InspectTask, inspectTask } from "./catalog.js";
import { generationSetting } from "./generation.js";

/** One Inspect log read: the run, or the problems that keep it out; warnings either way. */
export interface InspectRead {
  run?: EvalRun;
  warnings: string[];
  problems: string[];
}

/** API providers whose name is also the maker of the models they serve. */
const MAKERS: Record<string, string> = {
  openai: "OpenAI",
  anthropic: "Anthropic",
  google: "Google",
  mistral: "Mistral AI",
  grok: "xAI",
  deepseek: "DeepSeek",
};

/** Reads a parsed Inspect log (a `.json` log, or the `header.json` of an `.eval` log) into a run, one score per scorer. */
export function readInspectLog(file: string, member: string | undefined, json: unknown): InspectRead {
  const warnings: string[] = [];
  const problems: string[] = [];
  const log = objectOf(json);
  const evalSpec = objectOf(log?.eval);
  if (log === undefined || evalSpec === undefined || typeof evalSpec.task !== "string") {
    return { warnings, problems: ["not an Inspect log (no 'eval.task')"] };
  }
  const task = evalSpec.task;
  if (log.status !== "success") problems.push(`the run did not finish (status '${String(log.status)}')`);
  const model = typeof evalSpec.model === "string" ? evalSpec.model : undefined;
  if (model === undefined) problems.push("no model (eval.model)");
  const date = typeof evalSpec.created === "string" ? /^\d{4}-\d{2}-\d{2}/.exec(evalSpec.created)?.[0] : undefined;
  if (date === undefined) problems.push("no creation date (eval.created)");
  const results = objectOf(log.results);
  const scorers = Array.isArray(results?.scores) ? results.scores : [];
  if (scorers.length === 0) problems.push("no scores (results.scores)");

  const entry = inspectTask(task);
  const config = objectOf(evalSpec.config) ?? {};
  const generation = generationSetting(
    objectOf(evalSpec.model_generate_config) ?? objectOf(objectOf(log.plan)?.config) ?? {},
    objectOf(evalSpec.task_args) ?? {},
  );
  const setting: Setting = { ...generation.setting, ...(entry?.shots === undefined ? {} : { shots: entry.shots }) };
  const scores: TaskScore[] = [];
  for (const raw of scorers) {
    const outcome = readScorer(task, entry, objectOf(raw) ?? {});
    if ("problem" in outcome) problems.push(outcome.problem);
    else
      scores.push({ ...outcome.score, setting: { ...setting }, notes: [...outcome.score.notes, ...generation.notes] });
  }
  if (entry === undefined && scores[0] !== undefined) {
    const first = scores[0];
    warnings.push(
      `task '${task}' is not in muse's catalog; imported as benchmark '${first.benchmark.id}' from metric '${first.metric}'${first.benchmark.unit === "percent" ? " (fractions shown in percent)" : ""}`,
    );
  }
  const dataset = objectOf(evalSpec.dataset)?.samples;
  if (typeof config.limit === "number" && (typeof dataset !== "number" || config.limit < dataset)) {
    warnings.push(
      `the run was limited to ${config.limit} samples${typeof dataset === "number" ? ` of the dataset's ${dataset}` : ""} (eval.config.limit)`,
    );
  }
  if (problems.length > 0 || model === undefined || date === undefined) return { warnings, problems };
  const [provider = "", ...rest] = model.split("/");
  const path = splitModelPath(rest.length > 0 ? rest.join("/") : model);
  const org = path.org ?? MAKERS[provider];
  const version = objectOf(evalSpec.packages)?.inspect_ai;
  return {
    run: {
      file,
      ...(member === undefined ? {} : { member }),
      model: path.name,
      ...(org === undefined ? {} : { modelOrg: org }),
      date,
      tool: `Inspect ${typeof version === "string" ? version : "(version not recorded)"}`,
      scores,
      notes: runNotes(evalSpec, config, results ?? {}, provider),
    },
    warnings,
    problems,
  };
}

type ScorerOutcome = { score: TaskScore } | { problem: string };

function readScorer(task: string, entry: InspectTask | undefined, scorer: Record<string, unknown>): ScorerOutcome {
  const name = typeof scorer.name === "string" ? scorer.name : "scorer";
  const metrics = objectOf(scorer.metrics) ?? {};
  const byName = new Map(Object.entries(metrics).map(([key, m]) => [key.split("/").at(-1) ?? key, objectOf(m)?.value]));
  const metric =
    entry === undefined
      ? [...byName.keys()].find((k) => !/^(stderr|std|var)$/.test(k))
      : entry.metrics.find((m) => byName.has(m));
  if (metric === undefined) {
    return { problem: `scorer '${name}': no ${entry === undefined ? "metric" : entry.metrics.join(" or ")} metric` };
  }
  const value = finiteNumber(byName.get(metric));
  if (!value.ok) return { problem: `scorer '${name}': metric '${metric}' ${value.reason}` };
  const benchmark = entry?.benchmark ?? unknownBenchmark(task, metric, value.value);
  const inPercent = benchmark.unit === "percent";
  if (inPercent && (value.value < 0 || value.value > 1)) {
    return { problem: `scorer '${name}': metric '${metric}' is ${value.value}, not a fraction between 0 and 1` };
  }
  const score: TaskScore = {
    task,
    benchmark,
    known: entry !== undefined,
    metric: `${name}/${metric}`,
    value: inPercent ? scaled(value.value, 100) : value.value,
    setting: {},
    notes: [],
  };
  if (byName.has("stderr")) {
    const stderr = finiteNumber(byName.get("stderr"));
    if (stderr.ok && stderr.value >= 0) score.stderr = inPercent ? scaled(stderr.value, 100) : stderr.value;
    else score.notes.push(`stderr ${stderr.ok ? "negative" : stderr.reason.replace(/^is /, "")} in the log; left out`);
  }
  return { score };
}

function unknownBenchmark(task: string, metric: string, value: number): Benchmark {
  const short = task.split("/").at(-1) ?? task;
  return {
    id: toModelId(short) ?? "inspect-task",
    name: short.slice(0, 200),
    aliases: short === task ? [] : [task.slice(0, 200)],
    category: "other",
    unit: value >= 0 && value <= 1 ? "percent" : "points",
    higher_is_better: true,
    description: `Inspect task '${task}' (metric ${metric}), which muse's catalog does not know.`.slice(0, 2000),
  };
}

function runNotes(
  evalSpec: Record<string, unknown>,
  config: Record<string, unknown>,
  results: Record<string, unknown>,
  provider: string,
): string[] {
  const notes: string[] = [];
  if (provider !== "") notes.push(`Served by ${provider}.`);
  const { total_samples: total, completed_samples: completed } = results;
  if (typeof total === "number")
    notes.push(`${typeof completed === "number" ? completed : "?"} of ${total} samples completed.`);
  if (typeof config.epochs === "number" && config.epochs > 1) notes.push(`${config.epochs} epochs per sample.`);
  const revision = objectOf(evalSpec.revision);
  if (typeof revision?.commit === "string")
    notes.push(`Task code at ${String(revision.origin ?? "git")} ${revision.commit}.`);
  const id = evalSpec.eval_id ?? evalSpec.run_id;
  if (typeof id === "string") notes.push(`Inspect ${evalSpec.eval_id ? "eval" : "run"} id ${id}.`);
  return notes;
}

import { UsageError } from "../../core/errors.js";
import { type Benchmark, idSchema, type Setting, SOURCE_KINDS, type Source } from "../../core/schema/index.js";
import type { ImporterOption } from "../importer.js";

/** One task's headline figure from an evaluation run, already in the benchmark's unit. */
export interface TaskScore {
  /** The task as the harness names it (`gpqa_diamond_zeroshot`, `inspect_evals/gpqa_diamond`). */
  task: string;
  benchmark: Benchmark;
  /** Whether muse's catalog knows the task (an unknown one is imported under its own id, with a warning). */
  known: boolean;
  /** The metric read, as the log names it (`acc_norm,none`, `choice/accuracy`). */
  metric: string;
  value: number;
  stderr?: number;
  /** Test conditions (shots) and configuration (effort, budget) of this figure. */
  setting: Setting;
  notes: string[];
}

/** One evaluation run read from a log: who was evaluated when, with what tool, and its figures. */
export interface EvalRun {
  /** The input file, and the archive member the run was read from. */
  file: string;
  member?: string;
  /** The model as the log names it, without the API provider (`claude-sonnet-4-0`). */
  model: string;
  /** Who made the model, where the log says (a Hugging Face namespace, an API provider). */
  modelOrg?: string;
  /** The day the run started, `YYYY-MM-DD`. */
  date: string;
  /** The tool and its version, e.g. `lm-evaluation-harness 0.4.9.2`. */
  tool: string;
  scores: TaskScore[];
  /** Facts about the whole run for the source's note (git revision, sample limit, generation settings). */
  notes: string[];
}

/** The options every run importer takes: how to name the model and the source the runs go into. */
export interface RunOptions {
  model?: string;
  source?: string;
  sourceKind: Source["kind"];
  publisher: string;
  note?: string;
}

/** The command-line options of the run importers (lm-eval, inspect). */
export const RUN_OPTIONS: readonly ImporterOption[] = [
  { flags: "--model <id>", description: "registry id of the model evaluated (default: from the log)" },
  {
    flags: "--source <id>",
    description: "id of the source the run goes into (default: from the tool, model and date)",
  },
  {
    flags: "--source-kind <kind>",
    description: "third-party (an independent run, the default) or first-party (the model maker's own)",
  },
  { flags: "--publisher <name>", description: "who ran the evaluation (default: 'unpublished run')" },
  { flags: "--note <text>", description: "a note for the source (what was run, why)" },
];

/** Checks the run options commander parsed; a bad id or kind is a usage error. */
export function parseRunOptions(options: Record<string, unknown>): RunOptions {
  const text = (key: string) => (typeof options[key] === "string" ? (options[key] as string) : undefined);
  const id = (key: string, flag: string) => {
    const value = text(key);
    if (value !== undefined && !idSchema.safeParse(value).success) {
      throw new UsageError(`${flag} expects a registry id (lowercase, e.g. my-model-v2), got '${value}'`);
    }
    return value;
  };
  const kind = text("sourceKind") ?? "third-party";
  if (!(SOURCE_KINDS as readonly string[]).includes(kind) || kind === "press") {
    throw new UsageError(`--source-kind expects third-party or first-party, got '${kind}'`);
  }
  const model = id("model", "--model");
  const source = id("source", "--source");
  const note = text("note");
  return {
    ...(model === undefined ? {} : { model }),
    ...(source === undefined ? {} : { source }),
    sourceKind: kind as Source["kind"],
    publisher: text("publisher") ?? "unpublished run",
    ...(note === undefined ? {} : { note }),
  };
}

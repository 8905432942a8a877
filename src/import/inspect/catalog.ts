import type { Benchmark } from "../../core/schema/index.js";
import { EVAL_BENCHMARKS as B } from "../shared/eval-benchmarks.js";

/** How an Inspect task maps onto muse: the benchmark, the metric to read, and the shots its name fixes. */
export interface InspectTask {
  benchmark: Benchmark;
  /** Metric names preferred first; the first that a scorer reports wins. */
  metrics: readonly string[];
  shots?: number;
}

const task = (benchmark: Benchmark, extra: Partial<InspectTask> = {}): InspectTask => ({
  benchmark,
  metrics: ["accuracy", "mean"],
  ...extra,
});

/**
 * Inspect tasks (the `inspect_evals` registry names, matched without their `inspect_evals/` prefix)
 * that measure a benchmark of the registry.
 */
export const INSPECT_TASKS: ReadonlyMap<string, InspectTask> = new Map([
  ["gpqa_diamond", task(B.gpqaDiamond)],
  ["mmlu_0_shot", task(B.mmlu, { shots: 0 })],
  ["mmlu_5_shot", task(B.mmlu, { shots: 5 })],
  ["mmlu_pro", task(B.mmluPro)],
  ["gsm8k", task(B.gsm8k)],
  ["hellaswag", task(B.hellaswag)],
  ["arc_challenge", task(B.arcChallenge)],
  ["arc_easy", task(B.arcEasy)],
  ["math", task(B.math)],
  ["winogrande", task(B.winogrande)],
  ["piqa", task(B.piqa)],
  ["boolq", task(B.boolq)],
  ["bbh", task(B.bbh)],
  ["ifeval", task(B.ifeval, { metrics: ["inst_strict_acc", "final_acc", "prompt_strict_acc"] })],
  ["humaneval", task(B.humaneval)],
  ["mbpp", task(B.mbpp)],
  ["truthfulqa", task(B.truthfulqa)],
  ["hle", task(B.hle)],
  ["simpleqa", task(B.simpleqa, { metrics: ["correct", "accuracy"] })],
  ["aime2024", task(B.aime2024)],
  ["aime2025", task(B.aime2025)],
  ["gdm_intercode_ctf", task(B.intercodeCtf)],
]);

/** The catalog entry for a task name as Inspect writes it (`inspect_evals/gpqa_diamond`, `gpqa_diamond`). */
export function inspectTask(name: string): InspectTask | undefined {
  return INSPECT_TASKS.get(name.split("/").at(-1) ?? name);
}

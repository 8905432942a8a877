import type { Benchmark } from "../../core/schema/index.js";
import { EVAL_BENCHMARKS as B } from "../shared/eval-benchmarks.js";

/** How an lm-evaluation-harness task maps onto muse: the benchmark, and its primary metric. */
export interface LmEvalTask {
  benchmark: Benchmark;
  /** The metrics to read, preferred first (`acc_norm` before `acc`); the first present wins. */
  metrics: readonly string[];
  /** The filters to read a metric under, preferred first (`none`, `strict-match`, ...). */
  filters: readonly string[];
  /** Whether the task's prompt asks for a chain of thought (kept in the score's note). */
  chainOfThought?: boolean;
}

const MC = ["acc_norm", "acc"];
const ACC = ["acc", "acc_norm"];
const ANY_FILTER = ["none", "strict-match", "flexible-extract", "custom-extract", "get-answer"];
const GENERATIVE = ["exact_match", "math_verify", "acc"];

const task = (benchmark: Benchmark, metrics = MC, extra: Partial<LmEvalTask> = {}): LmEvalTask => ({
  benchmark,
  metrics,
  filters: ANY_FILTER,
  ...extra,
});
const cot = (benchmark: Benchmark): LmEvalTask =>
  task(benchmark, GENERATIVE, { filters: ["flexible-extract", "strict-match", "none"], chainOfThought: true });

/**
 * lm-evaluation-harness task names (its `lm_eval/tasks` folder and the Open LLM Leaderboard's
 * `leaderboard_*` tasks) that measure a benchmark of the registry, with the metric to read.
 */
export const LM_EVAL_TASKS: ReadonlyMap<string, LmEvalTask> = new Map([
  ["gpqa_diamond_zeroshot", task(B.gpqaDiamond)],
  ["gpqa_diamond_n_shot", task(B.gpqaDiamond)],
  ["gpqa_diamond_cot_zeroshot", cot(B.gpqaDiamond)],
  ["gpqa_diamond_cot_n_shot", cot(B.gpqaDiamond)],
  ["gpqa_diamond_generative_n_shot", cot(B.gpqaDiamond)],
  ["leaderboard_gpqa_diamond", task(B.gpqaDiamond)],
  ["mmlu", task(B.mmlu, ACC)],
  ["mmlu_flan_n_shot_generative", task(B.mmlu, GENERATIVE)],
  ["mmlu_pro", task(B.mmluPro, GENERATIVE, { filters: ["custom-extract", "none"] })],
  ["leaderboard_mmlu_pro", task(B.mmluPro, ACC)],
  ["gsm8k", task(B.gsm8k, GENERATIVE, { filters: ["strict-match", "flexible-extract"] })],
  ["gsm8k_cot", cot(B.gsm8k)],
  ["gsm8k_cot_zeroshot", cot(B.gsm8k)],
  ["gsm8k_cot_llama", cot(B.gsm8k)],
  ["hellaswag", task(B.hellaswag)],
  ["arc_challenge", task(B.arcChallenge)],
  ["arc_challenge_chat", task(B.arcChallenge, GENERATIVE)],
  ["arc_easy", task(B.arcEasy)],
  ["hendrycks_math", task(B.math, GENERATIVE)],
  ["minerva_math", task(B.math, ["math_verify", "exact_match"])],
  ["leaderboard_math_hard", task(B.mathLevel5, GENERATIVE)],
  ["winogrande", task(B.winogrande, ACC)],
  ["piqa", task(B.piqa)],
  ["boolq", task(B.boolq, ACC)],
  ["openbookqa", task(B.openbookqa)],
  ["bbh", task(B.bbh, GENERATIVE, { filters: ["get-answer", "none"] })],
  ["bbh_cot_fewshot", cot(B.bbh)],
  ["leaderboard_bbh", task(B.bbh)],
  ["ifeval", task(B.ifeval, ["inst_level_strict_acc", "prompt_level_strict_acc"])],
  ["leaderboard_ifeval", task(B.ifeval, ["inst_level_strict_acc", "prompt_level_strict_acc"])],
  ["humaneval", task(B.humaneval, ["pass@1"], { filters: ["create_test", "none"] })],
  ["mbpp", task(B.mbpp, ["pass_at_1", "pass@1"], { filters: ["none", "extract_code"] })],
  ["truthfulqa_mc2", task(B.truthfulqa, ["acc"])],
]);

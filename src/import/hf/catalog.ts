import type { Benchmark } from "../../core/schema/index.js";
import { foldName } from "../../core/suggest.js";

/**
 * A benchmark that has a leaderboard on the Hugging Face Hub: the registry's benchmark, the Hub dataset
 * and task ids that mean it, the `.eval_results/` file stem the Hub uses for it, and the names Every
 * Eval Ever records give it.
 */
export interface HubBenchmark {
  benchmark: Benchmark;
  /** The Hub dataset id (`cais/hle`). */
  dataset: string;
  /** Task ids that mean this benchmark; the first is the one muse writes. */
  tasks: readonly string[];
  /** The file stem of `.eval_results/<file>.yaml`. */
  file: string;
  /** Every Eval Ever `evaluation_name`s that mean exactly this benchmark (compared folded). */
  eeeNames: readonly string[];
}

const percent = (
  id: string,
  name: string,
  category: Benchmark["category"],
  description: string,
  aliases: string[],
  url?: string,
): Benchmark => ({
  id,
  name,
  aliases,
  category,
  unit: "percent",
  higher_is_better: true,
  description,
  ...(url ? { url } : {}),
});

/**
 * The Hub's benchmark datasets muse maps. Task ids: the Hub's docs name `gpqa_diamond` and `default` (HLE);
 * Every Eval Ever's Hub exporter writes `diamond` for GPQA, so both are read. Only the GPQA Diamond subset is
 * mapped: a record of "GPQA" alone (the Open LLM Leaderboard's mix of subsets) is a different benchmark.
 */
export const HUB_BENCHMARKS: readonly HubBenchmark[] = [
  {
    benchmark: percent(
      "humanitys-last-exam",
      "Humanity's Last Exam",
      "reasoning",
      "Very hard closed-ended questions written by subject experts across many fields; accuracy in percent.",
      ["HLE", "Humanitys Last Exam"],
      "https://lastexam.ai/",
    ),
    dataset: "cais/hle",
    tasks: ["default", "hle"],
    file: "hle",
    eeeNames: ["Humanity's Last Exam", "Humanity's Last Exam (accuracy)", "HLE"],
  },
  {
    benchmark: percent(
      "gpqa-diamond",
      "GPQA Diamond",
      "science",
      "Graduate-level multiple-choice questions in biology, chemistry and physics, hardest subset; accuracy.",
      ["GPQA-Diamond"],
    ),
    dataset: "Idavidrein/gpqa",
    tasks: ["gpqa_diamond", "diamond"],
    file: "gpqa_diamond",
    eeeNames: ["GPQA Diamond", "gpqa_diamond"],
  },
  {
    benchmark: percent(
      "mmlu-pro",
      "MMLU-Pro",
      "knowledge",
      "Harder ten-option successor of MMLU across 14 subject areas, with reasoning-heavy questions; accuracy.",
      ["MMLU Pro"],
      "https://github.com/TIGER-AI-Lab/MMLU-Pro",
    ),
    dataset: "TIGER-Lab/MMLU-Pro",
    tasks: ["mmlu_pro", "default"],
    file: "mmlu_pro",
    eeeNames: ["MMLU-Pro", "MMLU-Pro (overall)"],
  },
  {
    benchmark: percent(
      "gsm8k",
      "GSM8K",
      "math",
      "Grade-school maths word problems that need a few steps of arithmetic; exact-match accuracy.",
      ["GSM-8K"],
    ),
    dataset: "openai/gsm8k",
    tasks: ["gsm8k", "main", "default"],
    file: "gsm8k",
    eeeNames: ["GSM8K"],
  },
];

/** The catalog entry for a Hub dataset and task id (the dataset id ignoring case), if muse maps it. */
export function hubBenchmarkOf(dataset: string, task: string): HubBenchmark | undefined {
  const id = dataset.toLowerCase();
  return HUB_BENCHMARKS.find((h) => h.dataset.toLowerCase() === id && h.tasks.includes(task));
}

/** The catalog entry for a registry benchmark id, if the Hub has a leaderboard muse maps it to. */
export function hubBenchmarkFor(benchmarkId: string): HubBenchmark | undefined {
  return HUB_BENCHMARKS.find((h) => h.benchmark.id === benchmarkId);
}

/** The catalog entry an Every Eval Ever `evaluation_name` means exactly (compared folded), if any. */
export function hubBenchmarkNamed(evaluationName: string): HubBenchmark | undefined {
  const folded = foldName(evaluationName);
  return HUB_BENCHMARKS.find((h) => h.eeeNames.some((n) => foldName(n) === folded));
}

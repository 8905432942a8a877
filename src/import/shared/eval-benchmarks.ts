import type { Benchmark } from "../../core/schema/index.js";

/** A benchmark record in percent, higher is better; used where the base registry has none of that id. */
function percent(
  id: string,
  name: string,
  category: Benchmark["category"],
  description: string,
  aliases: string[] = [],
): Benchmark {
  return { id, name, aliases, category, unit: "percent", higher_is_better: true, description };
}

/**
 * The benchmarks that evaluation harnesses (lm-evaluation-harness, Inspect) run, by muse id. The ids
 * are the ones the bundled registry and the Epoch import use, so imported runs line up with them.
 */
export const EVAL_BENCHMARKS = {
  gpqaDiamond: percent(
    "gpqa-diamond",
    "GPQA Diamond",
    "science",
    "Graduate-level multiple-choice questions in biology, chemistry and physics, hardest subset; accuracy.",
    ["GPQA-Diamond", "GPQA"],
  ),
  mmlu: percent(
    "mmlu",
    "MMLU",
    "knowledge",
    "Multiple-choice exam questions across 57 school and professional subjects; accuracy.",
    ["Massive Multitask Language Understanding"],
  ),
  mmluPro: percent(
    "mmlu-pro",
    "MMLU-Pro",
    "knowledge",
    "A harder, ten-option rework of MMLU that leans on reasoning more than recall; accuracy.",
    ["MMLU Pro"],
  ),
  gsm8k: percent(
    "gsm8k",
    "GSM8K",
    "math",
    "Grade-school arithmetic word problems needing a few steps each; share answered exactly.",
    ["GSM-8K"],
  ),
  hellaswag: percent(
    "hellaswag",
    "HellaSwag",
    "reasoning",
    "Choosing the most plausible continuation of an everyday scene; accuracy.",
    ["Hella Swag"],
  ),
  arcChallenge: percent(
    "arc-challenge",
    "ARC Challenge (AI2)",
    "science",
    "The hard set of AI2's grade-school science multiple-choice questions; accuracy.",
    ["AI2 ARC Challenge", "ARC-Challenge", "AI2 Reasoning Challenge"],
  ),
  arcEasy: percent(
    "arc-easy",
    "ARC Easy (AI2)",
    "science",
    "The easier set of AI2's grade-school science multiple-choice questions; accuracy.",
    ["ARC-Easy", "AI2 ARC Easy"],
  ),
  math: percent(
    "math",
    "MATH",
    "math",
    "Competition mathematics problems (algebra to number theory, five levels) with exact final answers; share solved.",
    ["MATH benchmark", "Hendrycks MATH"],
  ),
  mathLevel5: percent(
    "math-level-5",
    "MATH Level 5",
    "math",
    "The hardest level of the MATH competition problems; share solved.",
    ["MATH Lvl 5", "MATH L5"],
  ),
  winogrande: percent(
    "winogrande",
    "WinoGrande",
    "reasoning",
    "Pronoun resolution sentences that need common sense to decide; accuracy.",
    ["Wino Grande"],
  ),
  piqa: percent(
    "piqa",
    "PIQA",
    "reasoning",
    "Picking the physically sensible way to reach an everyday goal; accuracy.",
    ["Physical Interaction QA"],
  ),
  boolq: percent("boolq", "BoolQ", "knowledge", "Yes/no questions about a Wikipedia passage; accuracy."),
  openbookqa: percent(
    "openbookqa",
    "OpenBookQA",
    "science",
    "Elementary science questions that combine a given fact with common knowledge; accuracy.",
    ["OpenBook QA"],
  ),
  bbh: percent(
    "big-bench-hard",
    "BIG-Bench Hard",
    "reasoning",
    "The 23 BIG-Bench tasks on which early models trailed human raters; average accuracy.",
    ["BBH", "BIG Bench Hard"],
  ),
  ifeval: percent(
    "ifeval",
    "IFEval",
    "other",
    "Prompts with checkable formatting instructions (length, case, keywords); share of instructions followed.",
  ),
  humaneval: percent(
    "humaneval",
    "HumanEval",
    "coding",
    "Python functions written from a docstring and checked by unit tests; pass@1.",
  ),
  mbpp: percent("mbpp", "MBPP", "coding", "Short Python programming problems checked by tests; pass@1."),
  truthfulqa: percent(
    "truthfulqa-mc2",
    "TruthfulQA (MC2)",
    "knowledge",
    "Questions that tempt common misconceptions; probability mass on the true answers.",
  ),
  hle: percent(
    "humanitys-last-exam",
    "Humanity's Last Exam",
    "reasoning",
    "Very hard closed-ended questions written by subject experts across many fields; accuracy in percent.",
    ["HLE", "Humanitys Last Exam"],
  ),
  simpleqa: percent(
    "simpleqa",
    "SimpleQA",
    "knowledge",
    "Short fact-seeking questions with one checkable answer; share correct.",
  ),
  aime2024: percent(
    "aime-2024",
    "AIME 2024",
    "math",
    "The 30 problems of the 2024 American Invitational Mathematics Examination; share solved.",
  ),
  aime2025: percent(
    "aime-2025",
    "AIME 2025",
    "math",
    "The 30 problems of the 2025 American Invitational Mathematics Examination; share solved.",
  ),
  intercodeCtf: percent(
    "intercode-ctf",
    "InterCode CTF",
    "agentic",
    "Capture-the-flag security challenges solved in a shell; share of flags found.",
  ),
} satisfies Record<string, Benchmark>;

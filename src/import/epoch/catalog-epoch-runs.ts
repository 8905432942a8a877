import { SWE_BENCH_VERIFIED } from "./shared-benchmarks.js";
import type { FileSpec } from "./spec.js";
import { asIs, bench, epochRun } from "./spec-builders.js";

/** Files of Epoch AI's own evaluation runs, and its capabilities index, as of the April 2026 release. */
export const EPOCH_RUN_FILES: Record<string, FileSpec> = {
  "gpqa_diamond.csv": epochRun(
    bench(
      "gpqa-diamond",
      "GPQA Diamond",
      "science",
      "percent",
      "Graduate-level multiple-choice questions in biology, chemistry and physics, hardest subset; accuracy.",
      { aliases: ["GPQA-Diamond", "GPQA"] },
    ),
  ),
  "swe_bench_verified.csv": epochRun(SWE_BENCH_VERIFIED),
  "frontiermath.csv": epochRun(
    bench(
      "frontiermath",
      "FrontierMath (Tiers 1-3)",
      "math",
      "percent",
      "Unpublished research-level mathematics problems with automatically checkable answers, tiers 1 to 3; share solved.",
      { aliases: ["FrontierMath", "FrontierMath Tiers 1-3"], url: "https://epoch.ai/frontiermath" },
    ),
  ),
  "frontiermath_tier_4.csv": epochRun(
    bench(
      "frontiermath-tier-4",
      "FrontierMath Tier 4",
      "math",
      "percent",
      "The hardest FrontierMath tier: problems that take specialist mathematicians a long time; share solved.",
      { aliases: ["FrontierMath T4"], url: "https://epoch.ai/frontiermath" },
    ),
  ),
  "math_level_5.csv": epochRun(
    bench(
      "math-level-5",
      "MATH Level 5",
      "math",
      "percent",
      "The hardest difficulty level of the MATH set of competition mathematics problems; share answered correctly.",
      { aliases: ["MATH Lvl 5", "MATH L5"] },
    ),
  ),
  "otis_mock_aime_2024_2025.csv": epochRun(
    bench(
      "otis-mock-aime-2024-2025",
      "OTIS Mock AIME 2024-2025",
      "math",
      "percent",
      "Mock AIME olympiad-style contest problems written for the OTIS programme (2024-2025); share answered correctly.",
      { aliases: ["OTIS Mock AIME"] },
    ),
  ),
  "simpleqa_verified.csv": epochRun(
    bench(
      "simpleqa-verified",
      "SimpleQA Verified",
      "knowledge",
      "percent",
      "Short fact-seeking questions with a single checked answer, cleaned-up version of SimpleQA; share correct.",
      { aliases: ["SimpleQA-Verified"] },
    ),
  ),
  "chess_puzzles.csv": epochRun(
    bench(
      "chess-puzzles",
      "Chess Puzzles",
      "reasoning",
      "percent",
      "Chess positions where the model must find the winning continuation; share of puzzles solved.",
    ),
  ),
  "epoch_capabilities_index.csv": {
    benchmark: bench(
      "epoch-capabilities-index",
      "Epoch Capabilities Index",
      "index",
      "points",
      "Epoch AI's composite capability score, fitted over many benchmarks so models measured on different ones share one scale.",
      { aliases: ["ECI", "Epoch Capabilities Index (ECI)"], url: "https://epoch.ai/benchmarks" },
    ),
    origin: "epoch-run",
    score: asIs("ECI Score"),
    runs: [],
    urls: [],
    notes: [{ column: "Confidence", label: "Epoch's confidence" }],
    name: "Display name",
    modelName: "Model name",
    ignored: ["Description"],
  },
};

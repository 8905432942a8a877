import { COMMON_NOTES, type FileSpec } from "./spec.js";
import { asIs, bench, external, fraction } from "./spec-builders.js";

const MINUTES_TO_HOURS = 1 / 60;

/** Reasoning, knowledge, multimodal and other leaderboards that Epoch compiled (April 2026 release). */
export const FRONTIER_FILES: Record<string, FileSpec> = {
  "arc_agi_2_external.csv": external(
    bench(
      "arc-agi-2",
      "ARC-AGI-2",
      "reasoning",
      "percent",
      "Grid puzzles that need a new abstract rule to be inferred from a few examples; share of tasks solved.",
      { aliases: ["ARC AGI 2", "ARC-AGI 2", "ARCAGI2"], url: "https://arcprize.org/arc-agi/2/" },
    ),
    fraction("Score"),
  ),
  "arc_agi_external.csv": external(
    bench(
      "arc-agi-1",
      "ARC-AGI-1",
      "reasoning",
      "percent",
      "The first ARC Prize set of grid puzzles, each needing a rule inferred from a few examples; share solved.",
      { aliases: ["ARC-AGI", "ARC AGI 1", "ARC-AGI 1"], url: "https://arcprize.org/arc-agi/1/" },
    ),
    fraction("Score"),
  ),
  "hle_external.csv": external(
    bench(
      "humanitys-last-exam",
      "Humanity's Last Exam",
      "reasoning",
      "percent",
      "Very hard closed-ended questions written by subject experts across many fields; accuracy in percent.",
      { aliases: ["HLE", "Humanitys Last Exam"], url: "https://lastexam.ai/" },
    ),
    fraction("Accuracy"),
    { stderr: fraction("Accuracy Standard Error"), ignored: ["Calibration Error"] },
  ),
  "simplebench_external.csv": external(
    bench(
      "simplebench",
      "SimpleBench",
      "reasoning",
      "percent",
      "Trick questions about everyday physical and social situations that people answer easily; average over 5 runs.",
      { aliases: ["Simple Bench"], url: "https://simple-bench.com/" },
    ),
    fraction("Score (AVG@5)"),
    { urls: ["Source link (site from table)"] },
  ),
  "fictionlivebench_external.csv": external(
    bench(
      "fiction-livebench",
      "Fiction.LiveBench (120k tokens)",
      "reasoning",
      "percent",
      "Questions on long serial fiction that need the plot tracked across the text, here at 120k tokens of context; accuracy.",
      { aliases: ["Fiction.liveBench", "FictionLiveBench"] },
    ),
    fraction("120k token score"),
    {
      ignored: [
        "0 token score",
        "400 token score",
        "1k token score",
        "2k token score",
        "4k token score",
        "8k token score",
        "16k token score",
        "32k token score",
        "60k token score",
        "192k token score",
      ],
    },
  ),
  "live_bench_external.csv": external(
    bench(
      "livebench",
      "LiveBench",
      "index",
      "percent",
      "Regularly refreshed questions in maths, coding, reasoning, data analysis, language and instruction following; global average.",
      { aliases: ["Live Bench"], url: "https://livebench.ai/" },
    ),
    asIs("Global average"),
    {
      runs: ["LiveBench Version"],
      recordId: "UUID",
      ignored: [
        "id",
        "Reasoning average",
        "Coding average",
        "Mathematics average",
        "Data analysis average",
        "Language average",
        "IF Average",
      ],
    },
  ),
  "metr_time_horizons_external.csv": external(
    bench(
      "metr-time-horizon",
      "METR Time Horizon (50%)",
      "agentic",
      "hours",
      "Length of software tasks, in human expert time, that an agent finishes with 50% reliability (METR, converted to hours).",
      { aliases: ["METR time horizon", "50% time horizon"], url: "https://metr.org/" },
    ),
    { column: "Time horizon", scale: MINUTES_TO_HOURS },
    {
      ci: { low: "CI_low", high: "CI_high", scale: MINUTES_TO_HOURS },
      runs: ["METR version"],
      ignored: ["average_score", "Time Horizon (80%)"],
    },
  ),
  "gdpval_external.csv": external(
    bench(
      "gdpval",
      "GDPval",
      "agentic",
      "percent",
      "Work products for tasks from many occupations, judged blind against experts' own; share of comparisons the model wins.",
      { aliases: ["GDPval win rate"] },
    ),
    fraction("Win Rate (%)"),
    { ignored: ["Win + tie rate (%)"] },
  ),
  "deepresearchbench_external.csv": external(
    bench(
      "deepresearch-bench",
      "DeepResearch Bench",
      "agentic",
      "percent",
      "PhD-level research requests answered with long cited reports, graded against reference reports; overall score.",
      { aliases: ["DeepResearchBench"] },
    ),
    fraction("Average score"),
    { ignored: ["Agent"] },
  ),
  "balrog_external.csv": external(
    bench(
      "balrog",
      "BALROG",
      "agentic",
      "percent",
      "Text and visual games (BabyAI, Crafter, TextWorld, Baba Is AI, MiniHack, NetHack) played as an agent; average progress.",
      { url: "https://balrogai.com/" },
    ),
    fraction("Average progress"),
    {
      stderr: fraction("Average Standard error"),
      runs: ["Date added"],
      urls: ["Trajectories", "Source link"],
      ignored: ["BabyAI", "Crafter", "TextWorld", "BabaIsAI", "MiniHack", "NetHack"].flatMap((game) => [
        `${game} progress`,
        `${game} Standard error`,
      ]),
    },
  ),
  "geobench_external.csv": external(
    bench(
      "geobench",
      "GeoBench",
      "multimodal",
      "points",
      "Placing photos on the world map, GeoGuessr-style, scored in points by distance (up to 5000); average on the ACW map.",
      { url: "https://geobench.org/" },
    ),
    asIs("ACW Avg Score"),
    {
      tools: "Tools",
      ignored: ["ACW", "AVW", "Rural", "Urban", "Photos"].flatMap((map) => [
        `${map} Country %`,
        `${map} Avg Score`,
        `${map} Median Score`,
        `${map} Median Distance (km)`,
        `${map} Median Distance`,
        `${map} Refusal`,
      ]),
    },
  ),
  "video_mme_external.csv": external(
    bench(
      "video-mme",
      "Video-MME (no subtitles)",
      "multimodal",
      "percent",
      "Multiple-choice questions on short, medium and long videos, answered without subtitles; accuracy.",
      { aliases: ["Video MME", "VideoMME"], url: "https://video-mme.github.io/" },
    ),
    fraction("Overall (no subtitles)"),
    {
      notes: [...COMMON_NOTES, { column: "Frames", label: "frames" }],
      ignored: [
        "Overall (with subtitles)",
        "Short videos (no subtitles)",
        "Short videos (with subtitles)",
        "Medium videos (no subtitles)",
        "Medium videos (with subtitles)",
        "Long videos (no subtitles)",
        "Long videos (with subtitles)",
      ],
    },
  ),
  "vpct_external.csv": external(
    bench(
      "vpct",
      "VPCT",
      "multimodal",
      "percent",
      "Predicting from a diagram which bucket a ball will fall into (visual physics comprehension); accuracy.",
      { aliases: ["Visual Physics Comprehension Test"], url: "https://cbrower.dev/vpct" },
    ),
    fraction("Correct"),
  ),
  "lech_mazur_writing_external.csv": external(
    bench(
      "lech-mazur-writing",
      "Lech Mazur Creative Writing",
      "writing",
      "points",
      "Short stories that must weave in required elements, graded from 1 to 10 by a panel of model judges; mean grade.",
      { aliases: ["LLM Creative Story-Writing Benchmark"] },
    ),
    asIs("Mean score"),
    { recordId: "ID" },
  ),
};

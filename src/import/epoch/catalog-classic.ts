import type { FileSpec } from "./spec.js";
import { bench, classic } from "./spec-builders.js";

/** Older academic benchmarks that Epoch compiled from papers and HELM (April 2026 release). */
export const CLASSIC_FILES: Record<string, FileSpec> = {
  "adversarial_nli_external.csv": classic(
    bench(
      "adversarial-nli",
      "Adversarial NLI",
      "reasoning",
      "percent",
      "Natural-language inference items written by people specifically to fool strong models; accuracy.",
      { aliases: ["ANLI"] },
    ),
    "Score",
    ["R1", "R2", "R3"],
  ),
  "arc_ai2_external.csv": classic(
    bench(
      "arc-challenge",
      "ARC Challenge (AI2)",
      "science",
      "percent",
      "The harder split of AI2's grade-school science multiple-choice questions; accuracy.",
      { aliases: ["AI2 ARC Challenge", "ARC-Challenge", "AI2 Reasoning Challenge"] },
    ),
    "Challenge score",
    ["Easy score"],
  ),
  "bbh_external.csv": classic(
    bench(
      "big-bench-hard",
      "BIG-Bench Hard",
      "reasoning",
      "percent",
      "The BIG-Bench tasks on which earlier models fell short of human raters; average accuracy.",
      { aliases: ["BBH", "BIG Bench Hard"] },
    ),
    "Average",
  ),
  "bool_q_external.csv": classic(
    bench(
      "boolq",
      "BoolQ",
      "knowledge",
      "percent",
      "Yes/no questions from real search queries, answered from a Wikipedia passage; accuracy.",
    ),
    "Score",
  ),
  "common_sense_qa_2_external.csv": classic(
    bench(
      "commonsenseqa-2",
      "CommonsenseQA 2.0",
      "reasoning",
      "percent",
      "Yes/no commonsense assertions collected through an adversarial game with a model; accuracy.",
      { aliases: ["CSQA2", "CommonsenseQA 2"] },
    ),
    "Score",
  ),
  "gsm8k_external.csv": classic(
    bench(
      "gsm8k",
      "GSM8K",
      "math",
      "percent",
      "Grade-school maths word problems that need a few steps of arithmetic; exact-match accuracy.",
      { aliases: ["GSM-8K"] },
    ),
    "EM",
  ),
  "hella_swag_external.csv": classic(
    bench(
      "hellaswag",
      "HellaSwag",
      "reasoning",
      "percent",
      "Picking the most plausible continuation of an everyday scene, with machine-generated decoys; accuracy.",
      { aliases: ["Hella Swag"] },
    ),
    "Overall accuracy",
  ),
  "lambada_external.csv": classic(
    bench(
      "lambada",
      "LAMBADA",
      "other",
      "percent",
      "Predicting the last word of a passage, which needs the whole passage rather than the last sentence; accuracy.",
    ),
    "Score",
  ),
  "mmlu_external.csv": classic(
    bench(
      "mmlu",
      "MMLU",
      "knowledge",
      "percent",
      "Multiple-choice questions over 57 school and professional subjects; exact-match accuracy.",
      { aliases: ["Massive Multitask Language Understanding"] },
    ),
    "EM",
  ),
  "open_book_qa_external.csv": classic(
    bench(
      "openbookqa",
      "OpenBookQA",
      "science",
      "percent",
      "Elementary science questions that combine a given core fact with common knowledge; accuracy.",
      { aliases: ["OpenBook QA"] },
    ),
    "Accuracy",
  ),
  "piqa_external.csv": classic(
    bench(
      "piqa",
      "PIQA",
      "reasoning",
      "percent",
      "Choosing the more sensible of two ways to reach an everyday physical goal; accuracy.",
      { aliases: ["Physical Interaction QA"] },
    ),
    "Score",
  ),
  "science_qa_external.csv": classic(
    bench(
      "scienceqa",
      "ScienceQA",
      "science",
      "percent",
      "School science questions, many with an image, from a range of subjects; accuracy.",
      { aliases: ["Science QA"] },
    ),
    "Score",
  ),
  "superglue_external.csv": classic(
    bench(
      "superglue",
      "SuperGLUE",
      "reasoning",
      "percent",
      "A suite of harder language-understanding tasks (inference, coreference, reading comprehension); average score.",
      { aliases: ["Super GLUE"] },
    ),
    "Score",
  ),
  "trivia_qa_external.csv": classic(
    bench(
      "triviaqa",
      "TriviaQA",
      "knowledge",
      "percent",
      "Trivia questions answered without a supporting document; exact-match accuracy.",
      { aliases: ["Trivia QA"] },
    ),
    "EM",
  ),
  "wino_grande_external.csv": classic(
    bench(
      "winogrande",
      "WinoGrande",
      "reasoning",
      "percent",
      "Fill-in-the-blank sentences where picking the right referent needs commonsense; accuracy.",
      { aliases: ["Wino Grande"] },
    ),
    "Accuracy",
  ),
};

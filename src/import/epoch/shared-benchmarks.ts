import { bench } from "./spec-builders.js";

/** SWE-Bench Verified, which two Epoch files measure (Epoch's own runs and the bash-only leaderboard). */
export const SWE_BENCH_VERIFIED = bench(
  "swe-bench-verified",
  "SWE-Bench Verified",
  "coding",
  "percent",
  "Human-validated real GitHub issues that the model must fix in the repository; share resolved.",
  { aliases: ["SWE-bench Verified", "SWE Bench Verified"], url: "https://www.swebench.com/" },
);

import { SWE_BENCH_VERIFIED } from "./shared-benchmarks.js";
import { COMMON_NOTES, type FileSpec } from "./spec.js";
import { asIs, bench, external, fraction } from "./spec-builders.js";

/** Agentic and coding leaderboards that Epoch compiled (April 2026 release). */
export const AGENTIC_FILES: Record<string, FileSpec> = {
  "terminalbench_external.csv": external(
    bench(
      "terminal-bench-2",
      "Terminal-Bench 2.0",
      "agentic",
      "percent",
      "Multi-step tasks an agent must complete in a real command-line environment; share of tasks passed.",
      { aliases: ["Terminal-Bench 2", "Terminal Bench 2.0", "TerminalBench 2.0"] },
    ),
    fraction("Accuracy mean"),
    {
      stderr: fraction("Accuracy SE"),
      harness: "Agent",
      runs: ["Run date", "Created"],
      urls: ["Source Link"],
      ignored: ["Agent Org", "Model Org"],
    },
  ),
  "swe_bench_bash.csv": external(SWE_BENCH_VERIFIED, fraction("% Resolved"), {
    fixed: { harness: "mini-SWE-agent (bash only)" },
    runs: ["Date run"],
    notes: [...COMMON_NOTES, { column: "SWE-Agent Release Version", label: "agent version" }],
    ignored: ["Avg. Cost ($)"],
  }),
  "aider_polyglot_external.csv": external(
    bench(
      "aider-polyglot",
      "Aider Polyglot",
      "coding",
      "percent",
      "Hard programming exercises in six languages, solved by editing files through the Aider tool; share passed.",
      { aliases: ["Aider's Polyglot"], url: "https://aider.chat/docs/leaderboards/" },
    ),
    asIs("Percent correct"),
    {
      runs: ["Date of evaluation"],
      notes: [...COMMON_NOTES, { column: "Edit format", label: "edit format" }],
      ignored: ["Percent using correct edit format", "Cost", "Time per case (seconds)"],
    },
  ),
  "apex_agents_external.csv": external(
    bench(
      "apex-agents",
      "APEX-Agents",
      "agentic",
      "percent",
      "Long professional assignments (banking, consulting, law) that an agent carries out in simulated workplaces; pass@1.",
    ),
    fraction("Pass@1 score"),
    // Epoch gives the score as a fraction but its standard error already in percentage points.
    { stderr: asIs("Pass@1 Standard Error"), ignored: ["Mean score", "Mean Standard Error"] },
  ),
  "cybench_external.csv": external(
    bench(
      "cybench",
      "Cybench",
      "agentic",
      "percent",
      "Professional capture-the-flag security challenges that an agent attempts without hints; share solved.",
    ),
    fraction("Unguided % Solved"),
    {
      ignored: [
        "Subtask-Guided % Solved",
        "Subtasks % Solved",
        "Unguided most difficult task solved (minutes)",
        "Subtask-Guided most difficult task solved (minutes)",
      ],
    },
  ),
  "gso_external.csv": external(
    bench(
      "gso",
      "GSO",
      "coding",
      "percent",
      "Making real code bases run faster, judged against expert optimisations; share of tasks reaching the target at one attempt.",
    ),
    fraction("Score OPT@1"),
    {
      harness: "Scaffold",
      runs: ["Evaluation date"],
      ignored: ["Score OPT@10", "OPT@1 (hack-adjusted)", "OPT@10 (hack-adjusted)"],
    },
  ),
  "os_world_external.csv": external(
    bench(
      "osworld",
      "OSWorld",
      "agentic",
      "percent",
      "Everyday computer tasks carried out by operating a real desktop through screenshots, mouse and keyboard; success rate.",
      { aliases: ["OS World"], url: "https://os-world.github.io/" },
    ),
    asIs("Score"),
    {
      harness: "Agent",
      runs: ["Date added"],
      urls: ["Trajectories", "Source link"],
      notes: [
        { column: "Notes (details)", label: "Epoch's note" },
        { column: "Source", label: "reported by" },
      ],
      recordId: undefined,
      name: undefined,
    },
  ),
  "posttrainbench_external.csv": external(
    bench(
      "posttrainbench",
      "PostTrainBench",
      "agentic",
      "percent",
      "An agent must post-train a small base model within a fixed compute budget; average benchmark score of what it produces.",
    ),
    fraction("Average (%)"),
    { harness: "Scaffold", sd: fraction("Average SD (%)"), recordId: undefined },
  ),
  "the_agent_company_external.csv": external(
    bench(
      "theagentcompany",
      "TheAgentCompany",
      "agentic",
      "percent",
      "Tasks of a simulated software company (coding, browsing, messaging colleagues) done by an agent; partial-credit score.",
      { aliases: ["The Agent Company"], url: "https://the-agent-company.com/" },
    ),
    fraction("% Score"),
    {
      runs: ["Date"],
      urls: ["Source link (site from table)"],
      recordId: "UUID",
      ignored: ["% Resolved", "Average steps", "Average costs", "Benchmark Organization", "Environment model"],
    },
  ),
  "webdev_arena_external.csv": external(
    bench(
      "webdev-arena",
      "WebDev Arena",
      "coding",
      "elo",
      "People compare two models' web apps built from the same prompt; the votes are turned into an Elo-style rating.",
      { aliases: ["WebDev Arena Score", "LMArena WebDev"], url: "https://web.lmarena.ai/leaderboard" },
    ),
    asIs("Arena Score"),
    {
      ciText: asIs("Score 95% CI"),
      ci: { low: "95% CI Low", high: "95% CI High", scale: 1 },
      runs: ["Last updated"],
      urls: ["Source link (site from table)"],
      ignored: ["Votes"],
    },
  ),
  "weirdml_external.csv": external(
    bench(
      "weirdml",
      "WeirdML",
      "coding",
      "percent",
      "Unusual machine-learning tasks where the model writes and iterates on training code; average accuracy reached.",
      { url: "https://htihle.github.io/weirdml.html" },
    ),
    fraction("Accuracy"),
    { stderr: fraction("Accuracy SE"), ignored: ["Cost per run", "Median code length (lines)"] },
  ),
  "cad_eval_external.csv": external(
    bench(
      "cadeval",
      "CadEval",
      "coding",
      "percent",
      "Writing OpenSCAD programs for 3-D parts that must render and match reference geometry; share of tasks passed.",
      { aliases: ["CAD Eval"] },
    ),
    fraction("Overall pass (%)"),
    {
      ignored: [
        "Prompt",
        "Total tasks",
        "Total Passes",
        "SCAD Gen (%)",
        "SCAD Gen Success",
        "Render (%)",
        "Render Successes",
        "Checks Run",
        "Chamfer Pass (%)",
        "Haus. Pass",
        "Vol. Pass",
        "Avg Chamfer (mm)",
        "Avg Haus. 95p (mm)",
      ],
    },
  ),
};

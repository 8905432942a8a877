import type { Importer, ImportRequest } from "../importer.js";
import type { EvalRun } from "../shared/eval-run.js";
import { parseRunOptions, RUN_OPTIONS } from "../shared/eval-run.js";
import { parsePythonJson } from "../shared/json.js";
import type { Diagnostic, ImportResult, InputProblem } from "../shared/result.js";
import { runImportResult } from "../shared/run-import.js";
import { decodeUtf8 } from "../shared/text.js";
import { readLmEvalResults } from "./read.js";

/** `muse import lm-eval RESULTS.json...`: results files of EleutherAI's lm-evaluation-harness. */
export const lmEvalImporter: Importer = {
  name: "lm-eval",
  summary: "lm-evaluation-harness results files (results_<time>.json)",
  reads: { kind: "files", extensions: ["json"], what: "results_<time>.json files that lm_eval --output_path wrote" },
  options: RUN_OPTIONS,
  examples: [
    "muse import lm-eval ./out/my-model/results_2026-04-01T10-00-00.json --out ./mine",
    "muse compare --bench gpqa-diamond --registry default --registry ./mine --all-settings",
    "muse import lm-eval results_*.json --out ./mine --model my-model-v2 --note 'our fine-tune, checkpoint 3'",
  ],
  helpNotes:
    "Each task's primary metric becomes a score (fractions in percent, with its stderr); n-shot is the `shots`\ncondition. Tasks muse's catalog does not know are imported under their own ids and listed as warnings.\nA file that cannot be read (not JSON, no results, NaN) stops the import: nothing is written (exit 65).\n",
  run: runLmEval,
};

function runLmEval({ input, options, base, onFile }: ImportRequest): ImportResult {
  const runOptions = parseRunOptions(options);
  const runs: EvalRun[] = [];
  const warnings: Diagnostic[] = [];
  const problems: InputProblem[] = [];
  input.files.forEach((file, index) => {
    onFile?.(index, input.files.length, file.name);
    const text = decodeUtf8(file.bytes);
    const json = text.ok ? parsePythonJson(text.text) : text;
    if (!json.ok) {
      problems.push({ file: file.name, reason: json.reason });
      return;
    }
    const read = readLmEvalResults(file.name, json.value);
    for (const message of read.warnings) warnings.push({ kind: "warning", file: file.name, line: null, message });
    for (const reason of read.problems) problems.push({ file: file.name, reason });
    if (read.run !== undefined) runs.push(read.run);
  });
  return runImportResult(
    { importer: "lm-eval", tool: "lm-evaluation-harness", runs, warnings, problems },
    runOptions,
    base,
  );
}

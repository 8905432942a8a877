import type { Importer, ImportRequest, InputFile } from "../importer.js";
import type { EvalRun } from "../shared/eval-run.js";
import { parseRunOptions, RUN_OPTIONS } from "../shared/eval-run.js";
import { parsePythonJson } from "../shared/json.js";
import type { Diagnostic, ImportResult, InputProblem } from "../shared/result.js";
import { runImportResult } from "../shared/run-import.js";
import { decodeUtf8 } from "../shared/text.js";
import { readZip } from "../shared/zip.js";
import { readInspectLog } from "./read.js";

/** The member of an `.eval` log that holds everything but the samples (written when the run ends). */
const HEADER = "header.json";

/** `muse import inspect LOG...`: Inspect logs, `.json` or `.eval` (a zip, deflate or zstd). */
export const inspectImporter: Importer = {
  name: "inspect",
  summary: "Inspect evaluation logs (.eval archives, deflate or zstd, and .json logs)",
  reads: {
    kind: "files",
    extensions: ["eval", "json"],
    what: "Inspect log files (.eval or .json)",
    // Logs carry their samples: an .eval of a few hundred samples is tens of MiB (only header.json is unpacked).
    limits: { fileBytes: 128 * 1024 * 1024, totalBytes: 512 * 1024 * 1024 },
  },
  options: RUN_OPTIONS,
  examples: [
    "muse import inspect logs/2026-04-01T10-00-00_gpqa-diamond_abc.eval --out ./mine",
    "muse compare --bench gpqa-diamond --registry default --registry ./mine",
    "muse import inspect logs/*.eval --out ./mine --force --source-kind first-party --note 'release candidate'",
  ],
  helpNotes:
    "Each scorer's metric (accuracy with its stderr) becomes a score, in percent; reasoning_effort and\nreasoning_tokens become effort and budget. Tasks muse's catalog does not know are imported under their\nown ids and listed as warnings. A log that cannot be read (not a log, a truncated or unsafe archive,\nan unfinished run, NaN) stops the import: nothing is written (exit 65).\n",
  run: runInspect,
};

async function runInspect({ input, options, base, onFile }: ImportRequest): Promise<ImportResult> {
  const runOptions = parseRunOptions(options);
  const runs: EvalRun[] = [];
  const warnings: Diagnostic[] = [];
  const problems: InputProblem[] = [];
  for (const [index, file] of input.files.entries()) {
    onFile?.(index, input.files.length, file.name);
    const member = file.name.toLowerCase().endsWith(".eval") ? HEADER : undefined;
    const text = await logText(file, problems);
    if (text === undefined) continue;
    const json = parsePythonJson(text);
    if (!json.ok) {
      problems.push({ file: file.name, ...(member ? { member } : {}), reason: json.reason });
      continue;
    }
    const read = readInspectLog(file.name, member, json.value);
    const at = { file: file.name, ...(member ? { member } : {}) };
    for (const message of read.warnings) warnings.push({ kind: "warning", ...at, line: null, message });
    for (const reason of read.problems) problems.push({ ...at, reason });
    if (read.run !== undefined) runs.push(read.run);
  }
  return runImportResult({ importer: "inspect", tool: "Inspect", runs, warnings, problems }, runOptions, base);
}

/** The log's JSON text: the file itself, or the header member of an `.eval` archive; problems are recorded. */
async function logText(file: InputFile, problems: InputProblem[]): Promise<string | undefined> {
  let bytes = file.bytes;
  if (file.name.toLowerCase().endsWith(".eval")) {
    const zip = await readZip(file.bytes, (name) => name === HEADER);
    if (!zip.ok) {
      problems.push({ file: file.name, ...(zip.member ? { member: zip.member } : {}), reason: zip.reason });
      return undefined;
    }
    const header = zip.members.get(HEADER);
    if (header === undefined) {
      problems.push({
        file: file.name,
        reason: `no ${HEADER} in the archive (an unfinished run, or not an Inspect log)`,
      });
      return undefined;
    }
    bytes = header;
  }
  const text = decodeUtf8(bytes);
  if (!text.ok) problems.push({ file: file.name, reason: text.reason });
  return text.ok ? text.text : undefined;
}

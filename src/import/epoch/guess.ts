import type { Benchmark } from "../../core/schema/index.js";
import type { CsvRecord } from "../shared/csv.js";
import { toModelId } from "../shared/ids.js";
import { COMMON_COLUMNS, type FileSpec, type NoteColumn, type ScaledColumn } from "./spec.js";

const SCOREISH = /mean_score|score|accuracy|correct|resolved|solved|average|^em$|pass|win rate|progress|horizon/i;
const STDERR = /^stderr$|standard error$|\bse$/i;
const NOT_SCORE =
  /standard error|\bse$|stderr|\bsd\b|\bci\b|ci_|_ci\b|date|started|created|updated|compute|cost|votes|steps|version|length/i;
const RUN_COLUMNS = [
  "Started at",
  "Run date",
  "Date run",
  "Evaluation date",
  "Date of evaluation",
  "Date added",
  "Date",
  "Created",
  "Last updated",
];
const URL_COLUMNS = [
  "Log viewer",
  "Logs",
  "Source link",
  "Source Link",
  "Source link (site from table)",
  "Trajectories",
];

/** Numbers found in one column: how many cells are filled, how many are numbers, and their range. */
function columnNumbers(records: readonly CsvRecord[], index: number) {
  let filled = 0;
  const numbers: number[] = [];
  for (const r of records) {
    const text = (r.cells[index] ?? "").trim();
    if (text === "") continue;
    filled++;
    const n = Number(text.replace(/%$/, ""));
    if (Number.isFinite(n)) numbers.push(n);
  }
  return { filled, numbers };
}

/** Mostly-numeric columns of a file that are not metadata (dates, compute, errors): what could be a score. */
function scoreCandidates(header: readonly string[], records: readonly CsvRecord[]) {
  return header
    .map((name, index) => ({ name, index, ...columnNumbers(records, index) }))
    .filter((c) => !(COMMON_COLUMNS as readonly string[]).includes(c.name) && !NOT_SCORE.test(c.name))
    .filter((c) => c.filled > 0 && c.numbers.length >= c.filled / 2);
}

/** More candidate score columns than this, none named as the headline: several benchmarks in one table. */
const WIDE = 4;

/**
 * Why a file muse does not know is not one benchmark's table (no model column, or many score-like
 * columns none of which is the headline), or `undefined` when it may be one.
 */
export function notOneBenchmark(header: readonly string[], records: readonly CsvRecord[]): string | undefined {
  if (!header.includes("Model version") && !header.some((h) => /^(display )?name$/i.test(h)))
    return "it has no 'Model version' or 'Name' column";
  const candidates = scoreCandidates(header, records);
  const named = candidates.filter((c) => /^(score|mean_score|accuracy|average)$/i.test(c.name.trim()));
  if (candidates.length > WIDE && named.length !== 1) {
    const names = candidates.slice(0, 6).map((c) => `'${c.name}'`);
    return `it has ${candidates.length} numeric columns (${names.join(", ")}${candidates.length > 6 ? ", ..." : ""}), several benchmarks at once`;
  }
  return undefined;
}

/**
 * Guesses the headline score column of a file muse does not know: the first mostly-numeric column
 * whose name sounds like a score, else the first mostly-numeric column that is not metadata.
 */
export function guessScoreColumn(header: readonly string[], records: readonly CsvRecord[]): ScaledColumn | undefined {
  const candidates = scoreCandidates(header, records);
  const pick = candidates.find((c) => SCOREISH.test(c.name)) ?? candidates[0];
  if (pick === undefined) return undefined;
  const inUnit = pick.numbers.every((n) => n >= 0 && n <= 1);
  return { column: pick.name, scale: inUnit ? 100 : 1 };
}

/** The unit a guessed score column is in: percent for fractions or 0-100 values that sound like a rate, else points. */
export function guessUnit(
  score: ScaledColumn,
  header: readonly string[],
  records: readonly CsvRecord[],
): Benchmark["unit"] {
  if (score.scale === 100) return "percent";
  const { numbers } = columnNumbers(records, header.indexOf(score.column));
  const percentLike = /%|percent|accuracy|correct|resolved|solved/i.test(score.column);
  return percentLike && numbers.every((n) => n >= 0 && n <= 100) ? "percent" : "points";
}

/** Builds a best-effort spec for a file muse's catalog does not know, from its header and values. */
export function guessSpec(
  fileName: string,
  header: readonly string[],
  records: readonly CsvRecord[],
): FileSpec | undefined {
  const score = guessScoreColumn(header, records);
  if (score === undefined) return undefined;
  const stem = fileName.replace(/\.csv$/i, "").replace(/_external$/i, "");
  const has = (name: string) => header.includes(name);
  const first = (names: readonly string[]) => names.find(has);
  const stderrColumn = header.find((h) => STDERR.test(h) && h.startsWith(score.column)) ?? soleMatch(header, STDERR);
  const ciLow = header.find((h) => /ci[ _]?low$/i.test(h));
  const ciHigh = header.find((h) => /ci[ _]?high$/i.test(h));
  const notes: NoteColumn[] = header
    .filter((h) => /^notes\b/i.test(h) || h === "Source")
    .map((column) => ({ column, label: column === "Source" ? "reported by" : "Epoch's note" }));
  return {
    benchmark: {
      id: toModelId(stem) ?? "epoch-unknown",
      name: stem.replace(/[_-]+/g, " ").trim(),
      aliases: [],
      category: "other",
      unit: guessUnit(score, header, records),
      higher_is_better: true,
      description: `Imported from Epoch AI's ${fileName}, which muse's catalog does not know; column meanings were guessed.`,
    },
    origin: "external",
    score,
    ...(stderrColumn ? { stderr: { column: stderrColumn, scale: score.scale } } : {}),
    ...(ciLow && ciHigh ? { ci: { low: ciLow, high: ciHigh, scale: score.scale } } : {}),
    harness: first(["Agent", "Scaffold"]),
    tools: first(["Tools"]),
    shots: first(["Shots"]),
    runs: RUN_COLUMNS.filter(has),
    urls: URL_COLUMNS.filter(has),
    notes,
    recordId: first(["id", "ID", "UUID"]),
    name: first(["Name", "Display name"]),
    ignored: [...header],
  };
}

function soleMatch(header: readonly string[], pattern: RegExp): string | undefined {
  const matches = header.filter((h) => pattern.test(h));
  return matches.length === 1 ? matches[0] : undefined;
}

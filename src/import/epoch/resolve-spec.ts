import type { CsvRecord } from "../shared/csv.js";
import { catalogSpec } from "./catalog.js";
import { guessScoreColumn, guessSpec, notOneBenchmark } from "./guess.js";
import { type FileSpec, knownColumns } from "./spec.js";

/** The spec a file is read with, whether the catalog knew it, and what the reader should be told. */
export interface ResolvedSpec {
  spec?: FileSpec;
  known: boolean;
  warnings: string[];
}

const quoteList = (names: readonly string[]) => names.map((n) => `'${n}'`).join(", ");

/**
 * Decides how to read a file: its catalog entry, checked against the header it actually has (new
 * columns are named in a warning; a missing score column is guessed again), or for a file the
 * catalog does not know, a spec guessed from its header and values.
 */
export function resolveSpec(fileName: string, header: readonly string[], records: readonly CsvRecord[]): ResolvedSpec {
  const warnings: string[] = [];
  const known = catalogSpec(fileName);
  if (known === undefined) {
    const notTable = notOneBenchmark(header, records);
    if (notTable !== undefined) {
      warnings.push(`file not in muse's catalog and not one benchmark's table: ${notTable}; skipped`);
      return { known: false, warnings };
    }
    const guessed = guessSpec(fileName, header, records);
    if (guessed === undefined) {
      warnings.push("file not in muse's catalog and no numeric score column found; skipped");
      return { known: false, warnings };
    }
    const scale = guessed.score.scale === 100 ? "fractions shown in percent" : `in ${guessed.benchmark.unit}`;
    warnings.push(
      `file not in muse's catalog; imported as benchmark '${guessed.benchmark.id}' with score column '${guessed.score.column}' (${scale}), guessed from the header`,
    );
    return { spec: guessed, known: false, warnings };
  }

  let spec = known;
  if (!header.includes(known.score.column)) {
    const score = guessScoreColumn(header, records);
    if (score === undefined) {
      warnings.push(
        `score column '${known.score.column}' is missing and no other numeric column was found; nothing imported`,
      );
      return { known: true, warnings };
    }
    warnings.push(`score column '${known.score.column}' is missing; using '${score.column}' instead (guessed)`);
    spec = { ...known, score: { column: score.column, scale: known.benchmark.unit === "percent" ? score.scale : 1 } };
  }
  const unknown = header.filter((h) => h !== "" && !knownColumns(spec).has(h));
  if (unknown.length > 0)
    warnings.push(`column${unknown.length === 1 ? "" : "s"} not in muse's catalog, ignored: ${quoteList(unknown)}`);
  const uncertainty = [known.stderr?.column, known.ci?.low, known.ci?.high, known.ciText?.column].filter(
    (c): c is string => c !== undefined && !header.includes(c),
  );
  if (uncertainty.length > 0) {
    warnings.push(`uncertainty column${uncertainty.length === 1 ? "" : "s"} missing: ${quoteList(uncertainty)}`);
  }
  return { spec, known: true, warnings };
}

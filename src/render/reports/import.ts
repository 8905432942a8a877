import type { EpochImport } from "../../import/epoch/import.js";
import { type Column, cell, type Report } from "../view.js";

const COLUMNS: readonly Column[] = [
  { key: "file", header: "File" },
  { key: "benchmark", header: "Benchmark" },
  { key: "source", header: "Source" },
  { key: "rows", header: "Rows", align: "right" },
  { key: "imported", header: "Imported", align: "right" },
  { key: "reported", header: "Reported", align: "right" },
  { key: "warnings", header: "Warnings", align: "right" },
];

/** The summary of an Epoch import: one row per file with rows read, imported and reported. */
export function importReport(result: EpochImport, out: string): Report {
  const files = result.files.map((f) => ({
    file: f.file,
    benchmark: f.benchmark?.id ?? null,
    source: f.source,
    known: f.known,
    rows: f.rows,
    imported: f.imported,
    reported: f.reported.length,
    warnings: f.warnings.length,
  }));
  const sum = (key: "rows" | "imported" | "reported" | "warnings") => files.reduce((n, f) => n + f[key], 0);
  const documents = result.documents;
  const totals = {
    files: files.length,
    rows: sum("rows"),
    imported: sum("imported"),
    reported: sum("reported"),
    warnings: sum("warnings"),
    benchmarks: documents.reduce((n, d) => n + d.content.benchmarks.length, 0),
    models: documents.reduce((n, d) => n + d.content.models.length, 0),
  };
  const rows = files.map((f) => [
    cell(f.file),
    cell(f.benchmark ?? "-", f.benchmark, f.benchmark === null ? "warn" : undefined),
    cell(f.source),
    cell(String(f.rows), f.rows),
    cell(String(f.imported), f.imported),
    cell(String(f.reported), f.reported, f.reported > 0 ? "warn" : undefined),
    cell(String(f.warnings), f.warnings, f.warnings > 0 ? "warn" : undefined),
  ]);
  const summary = `${totals.files} files: ${totals.imported} of ${totals.rows} rows imported, ${totals.reported} reported (listed on stderr), ${totals.warnings} warnings`;
  return {
    json: {
      out,
      release: result.release.published,
      files,
      totals,
      reported: result.files.flatMap((f) => f.reported),
      warnings: result.files.flatMap((f) => f.warnings),
    },
    view: {
      sections: [{ columns: COLUMNS, rows, summary: [summary] }],
      notes: [
        `Wrote ${out}: ${totals.benchmarks} benchmarks, ${totals.models} models, ${files.length} sources (release ${result.release.published}, from the ${result.release.from}).`,
        `Data: ${result.attribution} Licensed CC BY 4.0.`,
      ],
    },
  };
}

import { describeSetting } from "../../core/setting.js";
import type { ScoreRecord } from "../../core/store.js";
import { type Column, cell, type Report } from "../view.js";

/** A written file of an export and the score it holds. */
export interface ExportedFile {
  path: string;
  score: ScoreRecord;
}

/** What an export wrote, for its report: the format, the directory, the files, and what was left out. */
export interface ExportSummary {
  format: "eee" | "hf";
  out: string;
  files: readonly ExportedFile[];
  notExported: readonly { score: ScoreRecord; reason: string }[];
  /** Lines after the table (schema version, where to submit). */
  notes: readonly string[];
}

// In a narrow terminal the other columns give up width before the file's name and the reason (fit.ts: 5 and up last).
const FILE_COLUMNS: readonly Column[] = [
  { key: "path", header: "File", shrink: 9 },
  { key: "benchmark", header: "Benchmark", shrink: 3 },
  { key: "model", header: "Model", shrink: 2 },
  { key: "setting", header: "Setting", shrink: 0 },
  { key: "value", header: "Value", align: "right" },
  { key: "source", header: "Source", shrink: 1 },
];

const LEFT_COLUMNS: readonly Column[] = [
  { key: "benchmark", header: "Benchmark", shrink: 3 },
  { key: "model", header: "Model", shrink: 2 },
  { key: "setting", header: "Setting", shrink: 0 },
  { key: "source", header: "Source", shrink: 1 },
  { key: "reason", header: "Not exported because", shrink: 9 },
];

const row = (s: ScoreRecord) => ({
  benchmark: s.benchmark,
  model: s.model,
  setting: { ...s.setting },
  value: s.value,
  source: s.source,
});

/**
 * The report of `muse export`: JSON `{format, out, files: [{path, benchmark, model, setting, value, source}],
 * not_exported: [{benchmark, model, setting, value, source, reason}]}`; a table of the files written and
 * one of the scores left out.
 */
export function exportReport(summary: ExportSummary): Report {
  const files = summary.files.map((f) => ({ path: f.path, ...row(f.score) }));
  const left = summary.notExported.map((n) => ({ ...row(n.score), reason: n.reason }));
  const written = `Wrote ${files.length} ${summary.format === "eee" ? "records" : "files"} to ${summary.out}.`;
  return {
    json: { format: summary.format, out: summary.out, files, not_exported: left },
    view: {
      sections: [
        {
          // An Every Eval Ever path already names the benchmark and the model.
          columns:
            summary.format === "eee"
              ? FILE_COLUMNS.filter((c) => c.key !== "benchmark" && c.key !== "model")
              : FILE_COLUMNS,
          rows: summary.files.map((f) => [
            cell(f.path),
            ...(summary.format === "eee" ? [] : [cell(f.score.benchmark), cell(f.score.model)]),
            cell(describeSetting(f.score.setting)),
            cell(String(f.score.value), f.score.value),
            cell(f.score.source),
          ]),
          summary: [written],
        },
        ...(left.length === 0
          ? []
          : [
              {
                title: "Not exported",
                columns: LEFT_COLUMNS,
                rows: summary.notExported.map((n) => [
                  cell(n.score.benchmark),
                  cell(n.score.model),
                  cell(describeSetting(n.score.setting)),
                  cell(n.score.source),
                  cell(n.reason),
                ]),
              },
            ]),
      ],
      notes: summary.notes,
    },
  };
}

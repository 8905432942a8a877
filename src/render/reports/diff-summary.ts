import type { DiffSummaryRow } from "../../core/diff.js";
import { type Column, cell, type Report } from "../view.js";

const COLUMNS: readonly Column[] = [
  { key: "benchmark", header: "Benchmark" },
  { key: "added", header: "Added", align: "right" },
  { key: "removed", header: "Removed", align: "right" },
  { key: "changed", header: "Changed", align: "right" },
  { key: "unchanged", header: "Unchanged", align: "right" },
];

/**
 * `muse diff --summary`: one row per benchmark with its counts of added, removed, changed and
 * unchanged scores; as JSON `{benchmarks: [rows], totals}`.
 */
export function diffSummaryReport(rows: readonly DiffSummaryRow[]): Report {
  const total = (key: keyof Omit<DiffSummaryRow, "benchmark">) => rows.reduce((n, r) => n + r[key], 0);
  const totals = {
    added: total("added"),
    removed: total("removed"),
    changed: total("changed"),
    unchanged: total("unchanged"),
  };
  const count = (n: number, style: "good" | "bad" | "warn") => cell(String(n), n, n > 0 ? style : undefined);
  const table = rows.map((r) => [
    cell(r.benchmark),
    count(r.added, "good"),
    count(r.removed, "bad"),
    count(r.changed, "warn"),
    cell(String(r.unchanged), r.unchanged),
  ]);
  const line = `${rows.length} benchmark${rows.length === 1 ? "" : "s"}: ${totals.added} added, ${totals.removed} removed, ${totals.changed} changed, ${totals.unchanged} unchanged`;
  return {
    json: { benchmarks: rows.map((r) => ({ ...r })), totals },
    view: { sections: [{ columns: COLUMNS, rows: table, summary: [line] }] },
  };
}

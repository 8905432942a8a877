import type { ImportResult, SummaryValue } from "../../import/shared/result.js";
import { type Cell, type Column, cell, type Report } from "../view.js";

/**
 * The summary of an import, whatever the importer: its table (one row per file or task), the line
 * under it, what was written, and the importer's notes; as JSON, `out`, the importer's head fields,
 * the rows, totals, and the reported records and warnings also listed on stderr.
 */
export function importReport(result: ImportResult, out: string): Report {
  const { summary, diagnostics } = result;
  const columns: Column[] = summary.columns.map(({ key, header, align }) => ({
    key,
    header,
    ...(align === undefined ? {} : { align }),
  }));
  const rows = summary.rows.map((row) =>
    summary.columns.map((column): Cell => {
      const value = row[column.key] ?? null;
      const warn =
        (column.warn === "null" && value === null) ||
        (column.warn === "nonzero" && typeof value === "number" && value > 0);
      return cell(shown(value), value, warn ? "warn" : undefined);
    }),
  );
  return {
    json: {
      out,
      ...summary.head,
      files: summary.rows,
      totals: summary.totals,
      reported: diagnostics.filter((d) => d.kind === "reported").map(({ kind: _kind, ...rest }) => rest),
      warnings: diagnostics.filter((d) => d.kind === "warning").map(({ kind: _kind, ...rest }) => rest),
    },
    view: {
      sections: [{ columns, rows, summary: [summary.summary] }],
      notes: [`Wrote ${out}: ${summary.written}`, ...summary.notes],
    },
  };
}

const shown = (value: SummaryValue): string => (value === null ? "-" : String(value));

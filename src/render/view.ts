import type { ChartData } from "./chart/types.js";

/** Styles a renderer may apply to a cell; colour renderers map them, plain ones ignore them. */
export type CellStyle = "bold" | "dim" | "good" | "bad" | "warn";

/** One table cell: display text, the raw value machine formats use, and optional style and footnotes. */
export interface Cell {
  text: string;
  raw?: string | number | boolean | null;
  style?: CellStyle;
  refs?: readonly string[];
}

/** A column: its machine key (CSV header), its display header, and its alignment. */
export interface Column {
  key: string;
  header: string;
  align?: "left" | "right";
  /** In a narrow terminal, the order in which columns give up width (lowest first); absent: never shortened. */
  shrink?: number;
}

/** One table with its title and the lines that close it. */
export interface Section {
  title?: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
  summary?: readonly string[];
}

/** A footnote that cells refer to by id. */
export interface Footnote {
  id: string;
  text: string;
  /** `source` when the footnote names a cell's source (markdown's `--sources` moves or drops those). */
  kind?: "source";
}

/** What every tabular format (table, markdown, csv) renders: sections, footnotes and notes. */
export interface View {
  preamble?: readonly string[];
  sections: readonly Section[];
  footnotes?: readonly Footnote[];
  notes?: readonly string[];
  /** Lines that point to muse's own options (`--limit 0 shows all`): the terminal shows them, documents do not. */
  hints?: readonly string[];
}

/** The output formats muse renders; the last three draw a chart (for reports that carry one). */
export const FORMATS = ["table", "json", "markdown", "csv", "chart", "svg", "mermaid"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A command's result: the JSON document of its contract, the view the tabular formats show, and its chart if any.
 * CSV and chart are made only when their format is asked for (a ranking's CSV was 5 ms of a 60 ms table run).
 */
export interface Report {
  json: unknown;
  view: View;
  /** The command's CSV: one documented set of columns whatever the data; absent: the view's single section. */
  csv?: () => CsvTable;
  /** The typed series a chart format draws (rankings, --by series, frontiers); absent: no chart of this report. */
  chart?: () => ChartData;
}

/** A value in a CSV record: text, a number, a flag, or empty (`null`). */
export type CsvValue = string | number | boolean | null;

/** Records with a fixed column set, as CSV writes them (one header line). */
export interface CsvTable {
  columns: readonly string[];
  rows: readonly Readonly<Record<string, CsvValue>>[];
}

/** Makes a cell from text, with an optional raw value and style. */
export function cell(text: string, raw?: Cell["raw"], style?: CellStyle): Cell {
  const c: Cell = { text };
  if (raw !== undefined) c.raw = raw;
  if (style !== undefined) c.style = style;
  return c;
}

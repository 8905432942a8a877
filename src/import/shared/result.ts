import type { RegistryDocument } from "./documents.js";

/** A record that was not imported, while the rest of its file was: its file, the line it starts on, and why. */
export interface RowReport {
  file: string;
  line: number;
  reason: string;
}

/** Something the reader should know about a file, a member or a record that was still imported. */
export interface ImportWarning {
  file: string;
  /** The member of an archive (an `.eval` zip) the warning is about. */
  member?: string;
  line: number | null;
  message: string;
}

/** Input the importer cannot read: the whole run fails, nothing is written, and muse exits 65. */
export interface InputProblem {
  file: string;
  /** The member of an archive (an `.eval` zip) that is at fault. */
  member?: string;
  reason: string;
}

/** A value in a summary row: what JSON carries and the table shows. */
export type SummaryValue = string | number | boolean | null;

/** A column of the summary table; `warn` marks cells worth a second look (a count above zero, a missing value). */
export interface SummaryColumn {
  key: string;
  header: string;
  align?: "left" | "right";
  warn?: "nonzero" | "null";
}

/** The summary an import prints: a table (one row per file or task), its totals, and the lines around it. */
export interface ImportSummary {
  /** JSON fields placed after `out` and before `files` (Epoch: `release`). */
  head: Record<string, unknown>;
  columns: readonly SummaryColumn[];
  /** One row per file (or per task); rows carry the JSON keys, some of which are not columns. */
  rows: Record<string, SummaryValue>[];
  totals: Record<string, number>;
  /** The line under the table. */
  summary: string;
  /** What was written, after "Wrote OUT: ". */
  written: string;
  /** Lines after that (credits, licence). */
  notes: string[];
}

/**
 * What every importer returns: the documents to write, the provenance header every written file
 * starts with, the summary, and what was reported, warned about, or found unreadable. With any
 * problem, nothing is written.
 */
export interface ImportResult {
  documents: RegistryDocument[];
  /** The comment on top of every written file: what made it, from what, under which licence. */
  provenance: string;
  summary: ImportSummary;
  /** Stderr diagnostics in the order they are printed (per file: its warnings, then its reported records). */
  diagnostics: Diagnostic[];
  problems: InputProblem[];
  /** What the `.muse-layer` file of the output says (which layer, which release), when the output is a layer of its own. */
  layer?: Record<string, string>;
}

/** One stderr line of an import: a warning or a record that was not imported. */
export type Diagnostic = ({ kind: "warning" } & ImportWarning) | ({ kind: "reported" } & RowReport);

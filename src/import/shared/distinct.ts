import { scoreKey } from "../../core/identity.js";
import type { Setting } from "../../core/schema/index.js";

/** A label that can tell this row apart from a near-duplicate, and which column (and level) it came from. */
export interface RunLabel {
  kind: string;
  label: string;
}

/** A row on its way to a score: its model id, setting, line, figure, notes and the labels that could tell it apart. */
export interface Placed {
  model: string;
  setting: Setting;
  line: number;
  /** The figure as a comparable text (value, uncertainty): rows with equal figures are one score. */
  figure: string;
  notes: string[];
  runs: readonly RunLabel[];
}

/** Rows of one file, made distinct: the rows kept, the rows folded into an identical one, and rows left out. */
export interface DistinctRows<T extends Placed> {
  kept: T[];
  collapsed: { row: T; into: T }[];
  reported: { row: T; reason: string }[];
}

/**
 * Makes every row's identity its own: rows of one file with the same model, setting and figure are
 * one score (the one with the smallest record id kept, with a note naming all of them); where one model and setting carry
 * different figures, each gets a `run` from the first kind of label that all of them have and that
 * differs between all of them (Epoch's record id as written, a run date, the version as written),
 * never from a line number or row order. Figures that nothing tells apart are reported, not guessed.
 */
export function makeDistinct<T extends Placed>(rows: readonly T[]): DistinctRows<T> {
  const out: DistinctRows<T> = { kept: [], collapsed: [], reported: [] };
  // One file is one benchmark: the identity is the model and the setting.
  for (const group of groupBy(rows, (r) => scoreKey({ model: r.model, benchmark: "", setting: r.setting }))) {
    const figures = groupBy(group, (r) => r.figure).map((rows) => {
      // The row kept is the one with the smallest record id, whatever the order of the rows.
      const same = [...rows].sort(byRecord);
      const [first, ...rest] = same as [T, ...T[]];
      for (const row of rest) out.collapsed.push({ row, into: first });
      if (rest.length > 0) first.notes.push(`Epoch lists this figure ${same.length} times${named(same)}`);
      return first;
    });
    if (figures.length === 1) {
      out.kept.push(...figures);
      continue;
    }
    const labels = commonLabels(figures);
    if (labels === undefined) {
      const [first, ...rest] = figures as [T, ...T[]];
      out.kept.push(first);
      for (const row of rest)
        out.reported.push({
          row,
          reason: `same model and setting as line ${first.line} with another figure, and no record id or run date to tell them apart`,
        });
      continue;
    }
    figures.forEach((row, i) => {
      row.setting.run = labels[i];
      out.kept.push(row);
    });
  }
  out.kept.sort((a, b) => a.line - b.line);
  return out;
}

/** Orders rows by record id (rows without one last), then by line. */
function byRecord(a: Placed, b: Placed): number {
  const ra = a.runs.find((l) => l.kind === "record")?.label;
  const rb = b.runs.find((l) => l.kind === "record")?.label;
  if (ra !== rb) return ra === undefined ? 1 : rb === undefined ? -1 : ra < rb ? -1 : 1;
  return a.line - b.line;
}

/** Groups rows by a key, groups in order of their first row. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [row]);
    else group.push(row);
  }
  return [...groups.values()];
}

/** How identical rows are named in the note: ` (records a, b)` when they all have a record id, else nothing. */
function named(rows: readonly Placed[]): string {
  const ids = rows.map((r) => r.runs.find((l) => l.kind === "record")?.label);
  return ids.every((id) => id !== undefined) ? ` (records ${ids.join(", ")})` : "";
}

function commonLabels(group: readonly Placed[]): string[] | undefined {
  const kinds = group[0]?.runs.map((r) => r.kind) ?? [];
  for (const kind of kinds) {
    const labels = group.map((row) => row.runs.find((r) => r.kind === kind)?.label);
    if (labels.some((l) => l === undefined)) continue;
    if (new Set(labels).size === labels.length) return labels as string[];
  }
  return undefined;
}

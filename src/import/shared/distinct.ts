import { scoreKey } from "../../core/identity.js";
import type { Setting } from "../../core/schema/index.js";

/** A label that can tell this row apart from a near-duplicate, and which column (and level) it came from. */
export interface RunLabel {
  kind: string;
  label: string;
}

/** A row on its way to a score: its model id, setting, line and the labels that could tell it apart. */
export interface Placed {
  model: string;
  setting: Setting;
  line: number;
  runs: readonly RunLabel[];
}

/**
 * Keeps every row distinct: where several rows of one file share model and setting (re-runs,
 * near-duplicates), each of them gets a `run` label in its setting, taken from the first kind of
 * label that all of them have and that differs between all of them (run day, full start time,
 * version, Epoch's record id), or else from its line. Rows that are already unique are left alone,
 * so that they line up with the same model and setting from other sources.
 */
export function makeDistinct(rows: readonly Placed[]): void {
  const groups = new Map<string, Placed[]>();
  for (const row of rows) {
    const key = scoreKey({ model: row.model, benchmark: "", setting: row.setting }); // one file, one benchmark
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const labels = commonLabels(group) ?? group.map((row) => `line-${row.line}`);
    group.forEach((row, i) => {
      row.setting.run = labels[i];
    });
  }
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

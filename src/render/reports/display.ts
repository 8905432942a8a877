import type { Store } from "../../core/store.js";
import type { Precision } from "../format-value.js";

/** How a report shows records and numbers to people: display names or ids, honest or full precision. */
export interface Display {
  ids: boolean;
  precision: Precision;
}

/** Names in tables, values to the precision their uncertainty justifies. */
export const DEFAULT_DISPLAY: Display = { ids: false, precision: "honest" };

/** A model as people read it: its display name (its id with `--ids`, or when unknown). */
export function modelLabel(store: Store, id: string, display: Display): string {
  return display.ids ? id : (store.models.get(id)?.name ?? id);
}

/** A benchmark as people read it: its display name (its id with `--ids`, or when unknown). */
export function benchmarkLabel(store: Store, id: string, display: Display): string {
  return display.ids ? id : (store.benchmarks.get(id)?.name ?? id);
}

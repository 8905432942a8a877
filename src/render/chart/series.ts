// Builds chart marks from registry scores: the value as tables show it, the whisker its source states, its origin.
import { claimKindOf } from "../../core/claims/kind.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { formatScore } from "../format-value.js";
import { unitOf } from "../reports/footnote-book.js";
import type { Mark } from "./types.js";

/** A score as a chart mark: its value and text, its interval (else ± its standard error), claim or measurement. */
export function markOf(store: Store, score: ScoreRecord): Mark {
  const mark: Mark = {
    value: score.value,
    text: formatScore(score, unitOf(store, score.benchmark)),
    origin: claimKindOf(store.sources.get(score.source)) === "first-party" ? "claim" : "measurement",
  };
  if (score.ci !== undefined) [mark.low, mark.high] = [score.ci[0], score.ci[1]];
  else if (score.stderr !== undefined) [mark.low, mark.high] = [score.value - score.stderr, score.value + score.stderr];
  return mark;
}

/** A model's display name, falling back to its id. */
export function modelName(store: Store, id: string): string {
  return store.models.get(id)?.name ?? id;
}

/**
 * The credit lines of a chart: the sources its figures come from, then the licence and credit each licensed
 * publisher asks for (Epoch AI's data is CC BY 4.0 and must be credited wherever it is shown).
 */
export function creditsOf(store: Store, sourceIds: Iterable<string>): string[] {
  const ids = [...new Set(sourceIds)].sort();
  if (ids.length === 0) return [];
  const shown = ids.length > 6 ? `${ids.slice(0, 6).join(", ")} and ${ids.length - 6} more` : ids.join(", ");
  const lines = [`Sources: ${shown}.`];
  const licensed = new Map<string, string>();
  for (const id of ids) {
    const source = store.sources.get(id);
    if (source?.license === undefined) continue;
    const where = source.url === undefined ? "" : ` (${source.url})`;
    licensed.set(`${source.publisher}\u0000${source.license}`, `Data: ${source.publisher}${where}, ${source.license}.`);
  }
  return [...lines, ...[...licensed.values()].sort(), "Drawn by muse."];
}

import { figuresAgree } from "./compare/agreement.js";
import { DEFAULT_PREFER, precedenceOrder } from "./compare/precedence.js";
import { groupByIdentity } from "./identity.js";
import { compareScores } from "./query.js";
import type { ScoreRecord, Store } from "./store.js";

/** A score identity (model, benchmark, setting) on which sources disagree beyond uncertainty and rounding. */
export interface Conflict {
  /** Every source's score for the identity, in the default precedence order (compare shows the first). */
  scores: ScoreRecord[];
  /** The largest value minus the smallest. */
  spread: number;
}

/** Whether any two of the scores disagree beyond their stated uncertainty and their rounding. */
export function disagree(scores: readonly ScoreRecord[]): boolean {
  return scores.some((a, i) => scores.slice(i + 1).some((b) => !figuresAgree(a, b)));
}

/** Every identity on which sources disagree, ordered by benchmark, model and setting. */
export function findConflicts(store: Store): Conflict[] {
  const order = precedenceOrder(store, DEFAULT_PREFER);
  const sorted = [...store.scores].sort(compareScores);
  return groupByIdentity(sorted)
    .filter((same) => same.length > 1 && disagree(same))
    .map((same) => {
      const values = same.map((s) => s.value);
      return { scores: [...same].sort(order), spread: Math.max(...values) - Math.min(...values) };
    });
}

import { groupByIdentity } from "../identity.js";
import type { ScoreRecord, Store } from "../store.js";
import { figuresAgree } from "./agreement.js";
import { type Prefer, precedenceOrder } from "./precedence.js";

/** A value that another source gives for the same identity, and whether it agrees with the value shown. */
export interface Alternative {
  score: ScoreRecord;
  agrees: boolean;
}

/** One score identity (model, benchmark, setting) as compare shows it: one value, and the others behind it. */
export interface ShownScore {
  /** The score shown, chosen by precedence. */
  score: ScoreRecord;
  /** Every other source's score for the same identity, in precedence order. */
  alternatives: Alternative[];
  /** Whether some alternative disagrees with the shown value beyond uncertainty and rounding. */
  disagreement: boolean;
}

/** Resolves scores to one shown score per identity: the preferred score shown, the rest as alternatives. */
export function resolveShown(store: Store, scores: readonly ScoreRecord[], prefer: Prefer): ShownScore[] {
  const order = precedenceOrder(store, prefer);
  return groupByIdentity(scores).map((same) => {
    const [shown, ...rest] = [...same].sort(order) as [ScoreRecord, ...ScoreRecord[]];
    const alternatives = rest.map((score) => ({ score, agrees: figuresAgree(shown, score) }));
    return { score: shown, alternatives, disagreement: alternatives.some((a) => !a.agrees) };
  });
}

import { settingKey } from "../setting.js";
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

/** The identity of a score: model, benchmark and canonical setting. Two sources with the same identity report the same figure. */
export function identityKey(score: Pick<ScoreRecord, "model" | "benchmark" | "setting">): string {
  return `${score.model}\u0000${score.benchmark}\u0000${settingKey(score.setting)}`;
}

/** Groups scores by identity, keeping the order in which identities first appear. */
export function groupByIdentity(scores: readonly ScoreRecord[]): ScoreRecord[][] {
  const groups = new Map<string, ScoreRecord[]>();
  for (const score of scores) {
    const key = identityKey(score);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [score]);
    else list.push(score);
  }
  return [...groups.values()];
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

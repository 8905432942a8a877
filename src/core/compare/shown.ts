import { type ClaimCheck, checkClaim } from "../claims/check.js";
import { claimKindOf } from "../claims/kind.js";
import { groupByIdentity } from "../identity.js";
import type { Setting } from "../schema/index.js";
import { settingMatches } from "../setting.js";
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
  /** When the value shown is a claim (first-party): how the independent measurements among the scores resolved judge it. */
  check: ClaimCheck | undefined;
}

/**
 * Whether a shown score answers a `--setting` filter: its own setting carries every pair, or the setting of one
 * of the reports behind it does (an inferred twin: `effort=xhigh` finds GPT-5.4's GDPval-AA row, whose value
 * shown states no effort while the Eigent report of the same figure carries xhigh).
 */
export function shownMatches(shown: ShownScore, filter: Setting): boolean {
  return (
    settingMatches(shown.score.setting, filter) ||
    shown.alternatives.some((a) => settingMatches(a.score.setting, filter))
  );
}

/** Resolves scores to one shown score per identity: the preferred score shown, the rest as alternatives. */
export function resolveShown(store: Store, scores: readonly ScoreRecord[], prefer: Prefer): ShownScore[] {
  const order = precedenceOrder(store, prefer);
  const isClaim = (s: ScoreRecord) => claimKindOf(store.sources.get(s.source)) === "first-party";
  const measured = new Map<string, ScoreRecord[]>();
  for (const s of scores) {
    if (isClaim(s)) continue;
    const key = `${s.model}\u0000${s.benchmark}`;
    const list = measured.get(key);
    if (list === undefined) measured.set(key, [s]);
    else list.push(s);
  }
  return groupByIdentity(scores).map((same) => {
    const [shown, ...rest] = [...same].sort(order) as [ScoreRecord, ...ScoreRecord[]];
    const alternatives = rest.map((score) => ({ score, agrees: figuresAgree(shown, score) }));
    const pool = measured.get(`${shown.model}\u0000${shown.benchmark}`) ?? [];
    const check = isClaim(shown) ? checkClaim([shown], pool) : undefined;
    return { score: shown, alternatives, disagreement: alternatives.some((a) => !a.agrees), check };
  });
}

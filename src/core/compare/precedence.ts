import { type ClaimKind, claimKindOf } from "../claims/kind.js";
import type { ScoreRecord, SourceRecord, Store } from "../store.js";

/** The rule that picks one value when several sources give the same model, benchmark and setting. */
export type Prefer =
  | { rule: "third-party" }
  | { rule: "first-party" }
  | { rule: "latest" }
  | { rule: "source"; source: string };

/** The keyword rules `--prefer` accepts besides a source id. */
export const PREFER_RULES = ["third-party", "first-party", "latest"] as const;

/** The default precedence: an independent measurement over the maker's own claim. */
export const DEFAULT_PREFER: Prefer = { rule: "third-party" };

/** One line that states the precedence in force, for footers and `--help`. */
export const PRECEDENCE_TEXT =
  "third-party measurement over first-party claim, then the original over a press report of it, " +
  "more decimals over fewer, a setting the source states over one the curator inferred, " +
  "the later publication over the earlier, and source id";

/** The name of a prefer rule as the JSON contract and footers show it: `third-party`, ..., or the source id. */
export function preferName(prefer: Prefer): string {
  return prefer.rule === "source" ? prefer.source : prefer.rule;
}

type Order = (a: ScoreRecord, b: ScoreRecord) => number;

/** Orders competing scores of one identity, most preferred first, under a prefer rule. Total and deterministic. */
export function precedenceOrder(store: Store, prefer: Prefer): Order {
  const source = (s: ScoreRecord) => store.sources.get(s.source);
  const thirdPartyFirst: Order = (a, b) => kindRank(source(a), "third-party") - kindRank(source(b), "third-party");
  const firstPartyFirst: Order = (a, b) => kindRank(source(a), "first-party") - kindRank(source(b), "first-party");
  const originalFirst: Order = (a, b) => pressRank(source(a)) - pressRank(source(b));
  const preciseFirst: Order = (a, b) => b.decimals - a.decimals;
  const statedFirst: Order = (a, b) => (a.inferred?.length ?? 0) - (b.inferred?.length ?? 0);
  const latestFirst: Order = (a, b) => compareText(source(b)?.published ?? "", source(a)?.published ?? "");
  const byId: Order = (a, b) => compareText(a.source, b.source);
  const tail = [originalFirst, preciseFirst, statedFirst, latestFirst, byId];
  const chain: Order[] = (() => {
    switch (prefer.rule) {
      case "first-party":
        return [firstPartyFirst, ...tail];
      case "latest":
        return [latestFirst, thirdPartyFirst, ...tail];
      case "source":
        return [(a, b) => sourceRank(a, prefer.source) - sourceRank(b, prefer.source), thirdPartyFirst, ...tail];
      default:
        return [thirdPartyFirst, ...tail];
    }
  })();
  return (a, b) => {
    for (const order of chain) {
      const result = order(a, b);
      if (result !== 0) return result;
    }
    return 0;
  };
}

const kindRank = (source: SourceRecord | undefined, wanted: ClaimKind) => (claimKindOf(source) === wanted ? 0 : 1);
const pressRank = (source: SourceRecord | undefined) => (source?.kind === "press" ? 1 : 0);
const sourceRank = (score: ScoreRecord, wanted: string) => (score.source === wanted ? 0 : 1);

/** Plain code-unit comparison; partial dates sort before full dates of the same month (`2026-04` < `2026-04-09`). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

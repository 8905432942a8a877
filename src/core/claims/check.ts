import { figuresAgree } from "../compare/agreement.js";
import type { ScoreRecord } from "../store.js";
import { type Closeness, closenessOf, compareCloseness, sameConditions } from "./closeness.js";

/** What independent measurements say of a claim. */
export type Verdict = "confirmed" | "measured lower" | "measured higher" | "not measured";

/** One independent measurement set beside a claim. */
export interface Measurement {
  score: ScoreRecord;
  closeness: Closeness;
  /** The measured value minus the claimed one, rounded to the finer of their decimals. */
  difference: number;
  /** The difference in the measurement's standard errors; null when it states none. */
  standardErrors: number | null;
  /** Whether the two could be the same figure: rounding and stated uncertainty overlap (compare's rule). */
  agrees: boolean;
  /** Whether this measurement is as close in configuration as the one the verdict rests on. */
  decides: boolean;
}

/** A claim with the measurements of the same model and benchmark under the same test conditions, and a verdict. */
export interface ClaimCheck {
  /** The claim as shown: the first of its reports by precedence. */
  claim: ScoreRecord;
  /** Every report of this claim (the claim first): sources repeating the same first-party figure. */
  reports: ScoreRecord[];
  /** Closest configuration first. */
  measurements: Measurement[];
  verdict: Verdict;
  /** The verdict rests on measurements run at another configuration than the claim's. */
  differentConfiguration: boolean;
  /**
   * The measurement the verdict rests on: among those closest in configuration, the nearest in value that
   * disagrees with the claim, else the nearest in value (one contradicting run is never outvoted by a kinder one).
   */
  deciding: Measurement | undefined;
}

/** The difference `a - b` of two published values, rounded to the finer of their decimals (no float noise). */
export function valueDifference(a: ScoreRecord, b: ScoreRecord): number {
  const result = Number((a.value - b.value).toFixed(Math.min(20, Math.max(a.decimals, b.decimals))));
  return result === 0 ? 0 : result;
}

/**
 * Checks one claim against independent scores of its model and benchmark (`pool`; those under other test
 * conditions are left out). Measurements are ordered closest configuration first (the same, then more shared
 * keys, then fewer differing ones), then nearest in value, the one the verdict rests on first. Every measurement as close in configuration as the
 * first is marked `decides`. The verdict is `confirmed` only when every one of those agrees with the claim within
 * rounding and stated uncertainty (compare's rule); otherwise it rests on the nearest of them that disagrees:
 * `measured lower` or `measured higher`. `not measured` when there is none.
 */
export function checkClaim(reports: readonly ScoreRecord[], pool: readonly ScoreRecord[]): ClaimCheck {
  const claim = reports[0];
  if (claim === undefined) throw new Error("a claim has at least one report");
  const measurements = pool
    .filter((m) => sameConditions(claim, m))
    .map((score): Measurement => {
      const difference = valueDifference(score, claim);
      const standardErrors =
        score.stderr === undefined || score.stderr === 0 ? null : Number((difference / score.stderr).toFixed(2));
      const agrees = figuresAgree(claim, score);
      return { score, closeness: closenessOf(claim, score), difference, standardErrors, agrees, decides: false };
    })
    .sort(
      (a, b) =>
        compareCloseness(a.closeness, b.closeness) ||
        Math.abs(a.difference) - Math.abs(b.difference) ||
        (a.score.source < b.score.source ? -1 : a.score.source > b.score.source ? 1 : 0),
    );
  const base = { claim, reports: [...reports], measurements };
  const closest = measurements[0];
  if (closest === undefined)
    return { ...base, verdict: "not measured", differentConfiguration: false, deciding: closest };
  for (const m of measurements) m.decides = compareCloseness(m.closeness, closest.closeness) === 0;
  const deciding = measurements.find((m) => m.decides && !m.agrees) ?? closest;
  if (deciding !== closest) measurements.unshift(...measurements.splice(measurements.indexOf(deciding), 1));
  const verdict: Verdict = deciding.agrees
    ? "confirmed"
    : deciding.difference < 0
      ? "measured lower"
      : "measured higher";
  return { ...base, verdict, differentConfiguration: !deciding.closeness.same, deciding };
}

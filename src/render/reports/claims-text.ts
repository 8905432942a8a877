import type { ClaimCheck, Measurement } from "../../core/claims/check.js";
import type { ClaimTally } from "../../core/claims/claims.js";
import { conditionOf, configurationOf } from "../../core/compare/conditions.js";
import { describeSetting } from "../../core/setting.js";
import type { Store } from "../../core/store.js";
import { formatDelta, formatScore } from "../format-value.js";
import { unitOf } from "./footnote-book.js";

/** The verdict as one phrase: `measured lower`, with `, at a different configuration` when it rests on one. */
export function verdictText(check: ClaimCheck): string {
  return check.differentConfiguration ? `${check.verdict}, at a different configuration` : check.verdict;
}

/** A difference with its size in standard errors where the measurement states one: `-5.2 (2.66 SE)`. */
export function differenceText(m: Measurement, claimDecimals: number): string {
  // To the coarser of the two: a claim of 80.8 against 75.6198 differs by 5.2, not by 5.1802.
  const text = formatDelta(m.difference, Math.min(m.score.decimals, claimDecimals));
  return m.standardErrors === null ? text : `${text} (${Math.abs(m.standardErrors)} SE)`;
}

/** The configuration a score ran at (mode, effort, budget...), inferred keys marked. */
export function configurationText(s: {
  setting: ClaimCheck["claim"]["setting"];
  inferred?: readonly string[];
}): string {
  return describeSetting(configurationOf(s.setting), s.inferred);
}

/** Why the verdict is what it is, in one sentence naming the measurement it rests on. */
export function reasonText(store: Store, check: ClaimCheck): string {
  const { claim, deciding } = check;
  const unit = unitOf(store, claim.benchmark);
  if (deciding === undefined) {
    const conditions = describeSetting(conditionOf(claim.setting), claim.inferred);
    return `no independent measurement of ${claim.model} on ${claim.benchmark} under these test conditions (${conditions})`;
  }
  const at = check.differentConfiguration
    ? `, a different configuration from the claim's ${configurationText(claim)}`
    : ", the claim's configuration";
  const by = `${deciding.score.source} measured ${formatScore(deciding.score, unit)} at ${configurationText(deciding.score)}${at}`;
  const gap = Math.abs(deciding.difference).toFixed(Math.min(deciding.score.decimals, claim.decimals));
  const se = deciding.standardErrors === null ? "" : ` (${Math.abs(deciding.standardErrors)} standard errors)`;
  const side = deciding.difference < 0 ? "lower" : "higher";
  const verdict =
    check.verdict === "confirmed"
      ? "it agrees with the claim within rounding and stated uncertainty"
      : `${gap} ${side} than the claim${se}, beyond rounding and stated uncertainty`;
  return `${by}: ${verdict}${othersText(check)}`;
}

/** How the other measurements as close in configuration as the deciding one fared. */
function othersText(check: ClaimCheck): string {
  const others = check.measurements.filter((m) => m.decides && m !== check.deciding);
  if (others.length === 0) return "";
  const agree = others.filter((m) => m.agrees).length;
  const n = others.length;
  const many = n === 1 ? "1 other measurement" : `${n} other measurements`;
  return `; of ${many} as close in configuration, ${agree} agree${agree === 1 ? "s" : ""} with the claim`;
}

/** A tally as the summary line says it: `Muse Spark: 3 claims measured: 1 confirmed, 2 lower, 0 higher; 11 not measured`. */
export function tallyText(name: string, t: ClaimTally): string {
  const claims = `${t.measured} claim${t.measured === 1 ? "" : "s"} measured`;
  return `${name}: ${claims}: ${t.confirmed} confirmed, ${t.lower} lower, ${t.higher} higher; ${t.notMeasured} not measured`;
}

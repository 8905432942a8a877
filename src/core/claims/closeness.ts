import { CONDITION_KEYS, CONFIGURATION_KEYS } from "../compare/conditions.js";
import type { Setting } from "../schema/index.js";

/** The part of a score closeness looks at: its setting and which of its keys the curator inferred. */
export type SettingOf = { setting: Setting; inferred?: readonly string[] };

/** How close a measurement's configuration is to a claim's: the same, or how many keys they share and differ in. */
export interface Closeness {
  /** Every configuration key is the same on both sides. */
  same: boolean;
  /** Configuration keys both set to the same value. */
  shared: number;
  /** Configuration keys set on one side only, or to different values. */
  differing: number;
}

/** Whether one key agrees: the same value, or one side inferred it and the other does not set it. */
function keyAgrees(a: SettingOf, b: SettingOf, key: string): boolean {
  const x = a.setting[key as keyof Setting];
  const y = b.setting[key as keyof Setting];
  if (x === y) return true;
  if (y === undefined && a.inferred?.includes(key)) return true;
  return x === undefined && b.inferred?.includes(key) === true;
}

/**
 * Whether a measurement ran under the claim's test conditions (tools, attempts, shots): scores under other
 * conditions answer another question and are never set against it. An inferred condition never excludes one.
 */
export function sameConditions(claim: SettingOf, measurement: SettingOf): boolean {
  return CONDITION_KEYS.every((key) => keyAgrees(claim, measurement, key));
}

/**
 * How close a measurement's configuration (mode, effort, agents, budget, run...) is to the claim's. An inferred
 * key counts with its value here: it is the curator's best knowledge of how the claim was run, and a measurement
 * that does not state the key may have run otherwise (effort moves scores), so the verdict says so.
 */
export function closenessOf(claim: SettingOf, measurement: SettingOf): Closeness {
  let shared = 0;
  let differing = 0;
  for (const key of CONFIGURATION_KEYS) {
    const a = claim.setting[key as keyof Setting];
    const b = measurement.setting[key as keyof Setting];
    if (a !== undefined && a === b) shared++;
    else if (a !== b) differing++;
  }
  return { same: differing === 0, shared, differing };
}

/** Orders closeness closest first: the same configuration, then more shared keys, then fewer differing ones. */
export function compareCloseness(a: Closeness, b: Closeness): number {
  return Number(b.same) - Number(a.same) || b.shared - a.shared || a.differing - b.differing;
}

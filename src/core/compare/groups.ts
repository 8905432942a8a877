import type { Setting } from "../schema/index.js";
import { settingKey, settingMatches } from "../setting.js";
import type { Claim } from "./claims.js";

/** The claims on one benchmark measured under one setting: the unit a ranking never mixes. */
export interface SettingGroup {
  /** Canonical setting text (`effort=high`), `` for no setting. */
  key: string;
  setting: Setting;
  claims: Claim[];
}

/** How the caller narrows the setting groups of a ranking. */
export type GroupChoice =
  | { kind: "default"; preferModel?: string }
  | { kind: "all" }
  | { kind: "setting"; setting: Setting; exact: boolean };

const collator = new Intl.Collator("en", { numeric: true });

/** Orders setting texts with numbers by value (`agents=2` before `agents=16`), the empty setting first. */
export function compareSettingKeys(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Splits claims into setting groups, ordered by setting text (the empty setting first). */
export function settingGroups(claims: readonly Claim[]): SettingGroup[] {
  const groups = new Map<string, SettingGroup>();
  for (const claim of claims) {
    const key = settingKey(claim.score.setting);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { key, setting: claim.score.setting, claims: [claim] });
    else group.claims.push(claim);
  }
  return [...groups.values()].sort((a, b) => compareSettingKeys(a.key, b.key));
}

/**
 * The group a ranking shows by default: the one the most models share; on a tie, the one holding
 * `preferModel` (the baseline), then the one with the fewest setting keys, then by setting text.
 */
export function defaultGroup(groups: readonly SettingGroup[], preferModel?: string): SettingGroup | undefined {
  const has = (g: SettingGroup) =>
    preferModel !== undefined && g.claims.some((c) => c.score.model === preferModel) ? 1 : 0;
  const size = (g: SettingGroup) => Object.keys(g.setting).length;
  return [...groups].sort(
    (a, b) =>
      b.claims.length - a.claims.length || has(b) - has(a) || size(a) - size(b) || compareSettingKeys(a.key, b.key),
  )[0];
}

/**
 * Picks the groups to show and the ones left out. A `setting` choice takes the group with exactly
 * that setting when one exists (`exact` demands it), else every group whose setting carries it.
 */
export function chooseGroups(
  groups: readonly SettingGroup[],
  choice: GroupChoice,
): { shown: SettingGroup[]; others: SettingGroup[] } {
  let shown: SettingGroup[];
  if (choice.kind === "all") shown = [...groups];
  else if (choice.kind === "default") {
    const first = defaultGroup(groups, choice.preferModel);
    shown = first === undefined ? [] : [first];
  } else {
    const key = settingKey(choice.setting);
    const exact = groups.filter((g) => g.key === key);
    shown = exact.length > 0 || choice.exact ? exact : groups.filter((g) => settingMatches(g.setting, choice.setting));
  }
  return { shown, others: groups.filter((g) => !shown.includes(g)) };
}

import type { Setting } from "../schema/index.js";
import { settingKey, settingMatches } from "../setting.js";
import type { Claim } from "./claims.js";
import { conditionOf, configurationOf } from "./conditions.js";

/**
 * The claims on one benchmark measured under one set of test conditions (tools, attempts, shots):
 * the unit a ranking never mixes. Claims inside differ at most in configuration (effort, mode...).
 */
export interface SettingGroup {
  /** Canonical text of the conditions (`tools=none`), `` for none. */
  key: string;
  /** The conditions shared by every claim of the group. */
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

/** Splits claims into groups by test conditions, ordered by condition text (no conditions first). */
export function settingGroups(claims: readonly Claim[]): SettingGroup[] {
  const groups = new Map<string, SettingGroup>();
  for (const claim of claims) {
    const conditions = conditionOf(claim.score.setting);
    const key = settingKey(conditions);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { key, setting: conditions, claims: [claim] });
    else group.claims.push(claim);
  }
  return [...groups.values()].sort((a, b) => compareSettingKeys(a.key, b.key));
}

/**
 * The group a ranking shows by default: the one the most distinct models share; on a tie, the one holding
 * `preferModel` (the baseline), then the one with the fewest setting keys, then by setting text.
 */
export function defaultGroup(groups: readonly SettingGroup[], preferModel?: string): SettingGroup | undefined {
  const has = (g: SettingGroup) =>
    preferModel !== undefined && g.claims.some((c) => c.score.model === preferModel) ? 1 : 0;
  const size = (g: SettingGroup) => Object.keys(g.setting).length;
  const models = (g: SettingGroup) => new Set(g.claims.map((c) => c.score.model)).size;
  return [...groups].sort(
    (a, b) => models(b) - models(a) || has(b) - has(a) || size(a) - size(b) || compareSettingKeys(a.key, b.key),
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
    shown = chooseBySetting(groups, choice.setting, choice.exact);
  }
  return { shown, others: groups.filter((g) => !shown.includes(g)) };
}

/**
 * The groups a `--setting` choice selects. Conditions pick groups (exactly, when a group has exactly
 * those conditions or `exact` demands it); configuration keys (effort, mode...) then keep only the
 * claims that carry them.
 */
function chooseBySetting(groups: readonly SettingGroup[], setting: Setting, exact: boolean): SettingGroup[] {
  const conditions = conditionOf(setting);
  const key = settingKey(conditions);
  const same = groups.filter((g) => g.key === key);
  const picked = same.length > 0 || exact ? same : groups.filter((g) => settingMatches(g.setting, conditions));
  const configuration = configurationOf(setting);
  if (Object.keys(configuration).length === 0) return picked;
  return picked
    .map((g) => ({ ...g, claims: g.claims.filter((c) => settingMatches(c.score.setting, configuration)) }))
    .filter((g) => g.claims.length > 0);
}

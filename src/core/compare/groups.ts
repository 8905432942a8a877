import type { Setting } from "../schema/index.js";
import { settingKey, settingMatches } from "../setting.js";
import { conditionOf, configurationKey, configurationOf } from "./conditions.js";
import { type ShownScore, shownMatches } from "./shown.js";

/**
 * The shown scores of one benchmark measured under one set of test conditions (tools, attempts, shots):
 * the unit a ranking never mixes. Scores inside differ at most in configuration (effort, mode...).
 */
export interface SettingGroup {
  /** Canonical text of the conditions (`tools=none`), `` for none. */
  key: string;
  /** The conditions shared by every score of the group. */
  setting: Setting;
  members: ShownScore[];
}

/** How the caller narrows the setting groups of a ranking. */
export type GroupChoice =
  | { kind: "default"; preferModel?: string }
  | { kind: "all" }
  | { kind: "setting"; setting: Setting; exact: boolean };

// Made on first use: creating an ICU collator costs several milliseconds of start-up.
let collator: Intl.Collator | undefined;

/** Orders setting texts with numbers by value (`agents=2` before `agents=16`), the empty setting first. */
export function compareSettingKeys(a: string, b: string): number {
  collator ??= new Intl.Collator("en", { numeric: true });
  return collator.compare(a, b);
}

/** Splits shown scores into groups by test conditions, ordered by condition text (no conditions first). */
export function settingGroups(shownScores: readonly ShownScore[]): SettingGroup[] {
  const groups = new Map<string, SettingGroup>();
  for (const shown of shownScores) {
    const conditions = conditionOf(shown.score.setting);
    const key = settingKey(conditions);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { key, setting: conditions, members: [shown] });
    else group.members.push(shown);
  }
  return [...groups.values()].sort((a, b) => compareSettingKeys(a.key, b.key));
}

/**
 * The group a ranking shows by default: the one the most distinct models share; on a tie, the one holding
 * `preferModel` (the baseline), then the one with the fewest setting keys, then by setting text.
 */
export function defaultGroup(groups: readonly SettingGroup[], preferModel?: string): SettingGroup | undefined {
  const has = (g: SettingGroup) =>
    preferModel !== undefined && g.members.some((c) => c.score.model === preferModel) ? 1 : 0;
  const size = (g: SettingGroup) => Object.keys(g.setting).length;
  const models = (g: SettingGroup) => new Set(g.members.map((c) => c.score.model)).size;
  return [...groups].sort(
    (a, b) => models(b) - models(a) || has(b) - has(a) || size(a) - size(b) || compareSettingKeys(a.key, b.key),
  )[0];
}

/**
 * Picks the groups to show and the ones left out. A `setting` choice takes the group with exactly
 * its conditions when one exists (`exact` demands it), else every group whose conditions carry them;
 * its configuration keys narrow the rows (see chooseBySetting).
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
  // By key, not identity: a configuration filter hands back narrowed copies of the groups it picks.
  const picked = new Set(shown.map((g) => g.key));
  return { shown, others: groups.filter((g) => !picked.has(g.key)) };
}

/**
 * The groups a `--setting` choice selects. Conditions pick groups (exactly, when a group has exactly
 * those conditions or `exact` demands it); configuration keys (effort, mode...) then keep only the
 * scores that carry them. When the exact group holds no such score, every group whose conditions
 * carry the ones asked for is searched (so `--setting effort=xhigh` finds a `tools=none` row).
 */
function chooseBySetting(groups: readonly SettingGroup[], setting: Setting, exact: boolean): SettingGroup[] {
  const conditions = conditionOf(setting);
  const key = settingKey(conditions);
  const configuration = configurationOf(setting);
  const narrow = (picked: readonly SettingGroup[]) =>
    Object.keys(configuration).length === 0
      ? [...picked]
      : picked
          .map((g) => ({ ...g, members: g.members.filter((c) => shownMatches(c, configuration)) }))
          .filter((g) => g.members.length > 0);
  const same = narrow(groups.filter((g) => g.key === key));
  if (same.length > 0 || exact) return same;
  return narrow(groups.filter((g) => settingMatches(g.setting, conditions)));
}

/**
 * Orders settings plainest configuration first: fewer configuration keys (standard mode before
 * Contemplating), then by configuration text. Never by value: the plainest row is not the best one.
 */
export function comparePlainness(a: Setting, b: Setting): number {
  const size = (setting: Setting) => Object.keys(configurationOf(setting)).length;
  return size(a) - size(b) || compareSettingKeys(configurationKey(a), configurationKey(b));
}

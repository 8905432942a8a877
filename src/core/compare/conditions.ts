import type { Setting } from "../schema/index.js";
import { SETTING_KEYS } from "../schema/vocabulary.js";
import { settingKey } from "../setting.js";

/**
 * Setting keys that change the test itself (tools allowed, attempts per task, examples in the
 * prompt): scores under different conditions answer different questions and are never ranked together.
 */
export const CONDITION_KEYS = ["tools", "attempts", "shots"] as const satisfies readonly (keyof Setting)[];

const isCondition = (key: string) => (CONDITION_KEYS as readonly string[]).includes(key);

/** Every other setting key (mode, effort, agents, harness, budget, snapshot, run): the configuration. */
export const CONFIGURATION_KEYS: readonly string[] = SETTING_KEYS.filter((key) => !isCondition(key));

/** The test conditions of a setting (tools, attempts, shots): what a ranking never mixes. */
export function conditionOf(setting: Setting): Setting {
  return pick(setting, isCondition);
}

/**
 * How the system under test was configured (mode, effort, agents, harness, budget, snapshot, run):
 * shown beside the model on every row; rows with different configurations are ranked together.
 */
export function configurationOf(setting: Setting): Setting {
  return pick(setting, (key) => !isCondition(key));
}

/** The canonical text of a setting's configuration part, `` when none. */
export function configurationKey(setting: Setting): string {
  return settingKey(configurationOf(setting));
}

function pick(setting: Setting, keep: (key: string) => boolean): Setting {
  const out: Record<string, string | number> = {};
  for (const key of SETTING_KEYS) {
    const value = setting[key];
    if (value !== undefined && keep(key)) out[key] = value;
  }
  return out as Setting;
}

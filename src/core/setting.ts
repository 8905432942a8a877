import type { Setting } from "./schema/index.js";
import { SETTING_KEYS } from "./schema/vocabulary.js";

/** The canonical text of a setting, keys in vocabulary order (mode, tools, effort, ...): `tools=none,effort=high`; `` when empty. */
export function settingKey(setting: Setting): string {
  return settingParts(setting).join(",");
}

/**
 * A setting as a person reads it: `tools=none, effort=high`, or `default` when empty. Keys listed in
 * `inferred` (set by the curator, not stated by the source) are marked with `*`: `effort=xhigh*`.
 */
export function describeSetting(setting: Setting, inferred?: readonly string[]): string {
  const parts = settingParts(setting, inferred);
  return parts.length === 0 ? "default" : parts.join(", ");
}

/** The mark after the value of a setting key the curator inferred: `effort=xhigh*`. */
export const INFERRED_MARK = "*";

/**
 * `key=value` for each key set, in vocabulary order. A free-text value (a harness) has `\` and `,` escaped, so
 * that `harness: "x,run=y"` and `{harness: x, run: y}` never share a key (and so never pass for one claim).
 */
function settingParts(setting: Setting, inferred?: readonly string[]): string[] {
  const parts: string[] = [];
  for (const key of SETTING_KEYS) {
    const value = setting[key];
    if (value === undefined) continue;
    const mark = inferred?.includes(key) ? INFERRED_MARK : "";
    parts.push(`${key}=${String(value).replace(/[\\,]/g, "\\$&")}${mark}`);
  }
  return parts;
}

/** Whether `setting` carries every key=value of `filter`. */
export function settingMatches(setting: Setting, filter: Setting): boolean {
  for (const key of SETTING_KEYS) {
    const wanted = filter[key];
    if (wanted !== undefined && setting[key] !== wanted) return false;
  }
  return true;
}

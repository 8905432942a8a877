import { UsageError } from "./errors.js";
import { SETTING_KEYS, type Setting, settingSchema } from "./schema/index.js";
import { nearest } from "./suggest.js";

/** The canonical text of a setting, keys in vocabulary order: `effort=high,tools=none`; `` when empty. */
export function settingKey(setting: Setting): string {
  const parts: string[] = [];
  for (const key of SETTING_KEYS) {
    const value = setting[key];
    if (value !== undefined) parts.push(`${key}=${value}`);
  }
  return parts.join(",");
}

/** A setting as a person reads it: `effort=high, tools=none`, or `default` when empty. */
export function describeSetting(setting: Setting): string {
  const key = settingKey(setting);
  return key === "" ? "default" : key.replaceAll(",", ", ");
}

/** Whether `setting` carries every key=value of `filter`. */
export function settingMatches(setting: Setting, filter: Setting): boolean {
  for (const key of SETTING_KEYS) {
    const wanted = filter[key];
    if (wanted !== undefined && setting[key] !== wanted) return false;
  }
  return true;
}

/** Parses `key=value` arguments (from `--setting`) into a validated setting; bad ones are usage errors. */
export function parseSettingArgs(args: readonly string[]): Setting {
  const raw: Record<string, string | number> = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq <= 0) throw new UsageError(`--setting expects key=value, got '${arg}'`);
    const key = arg.slice(0, eq).trim().toLowerCase();
    const value = arg.slice(eq + 1).trim();
    if (!(SETTING_KEYS as readonly string[]).includes(key)) {
      throw new UsageError(`unknown setting key '${key}'`, nearest(key, SETTING_KEYS));
    }
    raw[key] = /^\d+$/.test(value) && ["agents", "attempts", "shots"].includes(key) ? Number(value) : value;
  }
  const parsed = settingSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`invalid --setting ${String(issue?.path[0] ?? "")}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

import { UsageError } from "./errors.js";
import { type Setting, settingSchema } from "./schema/index.js";
import { SETTING_KEYS } from "./schema/vocabulary.js";
import { nearest } from "./suggest.js";

// Apart from setting.ts because it needs the setting schema (zod): commands load it only for `--setting`.

const COUNT_KEYS: readonly string[] = ["agents", "attempts", "shots"];
const FREE_TEXT_KEYS: readonly string[] = ["harness"];

/**
 * Parses `key=value` arguments (from `--setting`) into a validated setting. Keys and token values are
 * matched ignoring case (`Tools=Python` is `tools=python`); a malformed pair, an unknown key, a bad value
 * or one key given twice with different values is a usage error.
 */
export function parseSettingArgs(args: readonly string[]): Setting {
  const raw: Record<string, string | number> = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq <= 0) throw new UsageError(`--setting expects key=value, got '${arg}'`);
    const key = arg.slice(0, eq).trim().toLowerCase();
    const written = arg.slice(eq + 1).trim();
    if (!(SETTING_KEYS as readonly string[]).includes(key)) {
      throw new UsageError(`unknown setting key '${key}'`, nearest(key, SETTING_KEYS));
    }
    const value = settingValue(key, written);
    if (key in raw && raw[key] !== value) {
      throw new UsageError(`--setting ${key} is given twice (${raw[key]} and ${value}); a score has one value per key`);
    }
    raw[key] = value;
  }
  const parsed = settingSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? "");
    throw new UsageError(`invalid --setting ${key}=${raw[key] ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

function settingValue(key: string, written: string): string | number {
  if (COUNT_KEYS.includes(key)) {
    if (!/^\d+$/.test(written)) throw new UsageError(`invalid --setting ${key}=${written}: must be a whole number`);
    return Number(written);
  }
  return FREE_TEXT_KEYS.includes(key) ? written : written.toLowerCase();
}

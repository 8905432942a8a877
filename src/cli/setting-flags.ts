import type { Setting } from "../core/schema/index.js";

/** Parses `--setting key=value` flags; the setting schema (and zod) is loaded only when there are any. */
export async function settingFromFlags(args: readonly string[] | undefined): Promise<Setting> {
  if (args === undefined || args.length === 0) return {};
  const { parseSettingArgs } = await import("../core/setting-args.js");
  return parseSettingArgs(args);
}

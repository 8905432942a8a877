import type { Setting } from "../../core/schema/index.js";
import { settingShape } from "../../core/schema/setting.js";
import { SETTING_KEYS } from "../../core/schema/vocabulary.js";
import { foldName } from "../../core/suggest.js";
import type { EeeDetails, EeeRecord, EeeResult } from "./record.js";

/** The `additional_details` key prefix under which muse's export writes each setting key it has no field for. */
export const SETTING_DETAIL_PREFIX = "muse_setting_";

/** The key Every Eval Ever's adapters use for a reasoning effort, which muse writes too. */
export const EFFORT_DETAIL = "reasoning_effort";

const EFFORT_KEYS = [EFFORT_DETAIL, "inference_effort"];
const EFFORTS = new Set(["none", "minimal", "low", "medium", "high", "xhigh", "max"]);
const COUNT_KEYS = new Set(["agents", "attempts", "shots"]);
const TOKEN = /^[a-z0-9][a-z0-9._+-]*$/;

/** A setting read from a result, with the values that were stated but could not be used. */
export interface ReadSetting {
  setting: Setting;
  warnings: string[];
}

/**
 * The setting an evaluation result states, never guessed: each `muse_setting_<key>` of its generation
 * details (muse's own export); the tools from `agentic_eval_config.available_tools` (their names, joined
 * with `+`); a reasoning effort from a `reasoning_effort` / `inference_effort` detail (generation, score,
 * metric or model details), or else from a segment of `evaluation_id` that is the model's name with an
 * effort suffix (`o3_high`).
 */
export function settingOf(record: EeeRecord, result: EeeResult): ReadSetting {
  const setting: Record<string, string | number> = {};
  const warnings: string[] = [];
  const details = result.generation_config?.additional_details ?? {};
  for (const [name, text] of Object.entries(details)) {
    if (!name.startsWith(SETTING_DETAIL_PREFIX)) continue;
    const key = name.slice(SETTING_DETAIL_PREFIX.length);
    const value = settingValue(key, text);
    if (value === undefined) warnings.push(`generation detail ${name}: '${text}' is not a muse setting value`);
    else setting[key] = value;
  }
  if (setting.tools === undefined) {
    const tools = toolsOf(result);
    if (tools !== undefined) setting.tools = tools;
  }
  if (setting.effort === undefined) {
    const effort = effortOf(record, result);
    if (effort !== undefined) setting.effort = effort;
  }
  return { setting: setting as Setting, warnings };
}

/** A setting value written as text, when the key is muse's and the value passes the registry's schema for it. */
export function settingValue(key: string, text: string): string | number | undefined {
  if (!(SETTING_KEYS as readonly string[]).includes(key)) return undefined;
  const value = COUNT_KEYS.has(key) ? Number(text) : text;
  return settingShape[key as keyof typeof settingShape].safeParse(value).success ? value : undefined;
}

function toolsOf(result: EeeResult): string | undefined {
  const tools = result.generation_config?.generation_args?.agentic_eval_config?.available_tools ?? [];
  const names = [
    ...new Set(tools.map((t) => (t.name ?? "").toLowerCase().replace(/[^a-z0-9._+-]+/g, "-")).filter(Boolean)),
  ].sort();
  const joined = names.join("+");
  return TOKEN.test(joined) ? joined : undefined;
}

function effortOf(record: EeeRecord, result: EeeResult): string | undefined {
  const places: (EeeDetails | Record<string, unknown> | undefined)[] = [
    result.generation_config?.additional_details,
    result.score_details.details,
    result.metric_config.additional_details,
    record.model_info.additional_details,
  ];
  for (const details of places) {
    for (const key of EFFORT_KEYS) {
      const value = details?.[key];
      if (typeof value === "string" && EFFORTS.has(value.trim().toLowerCase())) return value.trim().toLowerCase();
    }
  }
  const names = new Set(
    [record.model_info.name, record.model_info.id, record.model_info.id.split("/").pop() ?? ""].map(foldName),
  );
  for (const segment of record.evaluation_id.split("/")) {
    const match = /^(.+)[_-]([a-z]+)$/i.exec(segment);
    const effort = match?.[2]?.toLowerCase();
    if (match?.[1] && effort && EFFORTS.has(effort) && names.has(foldName(match[1]))) return effort;
  }
  return undefined;
}

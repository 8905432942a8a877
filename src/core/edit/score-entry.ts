import { SETTING_KEYS, type Setting } from "../schema/index.js";
import { blockScalar, flowScalar } from "./yaml-text.js";

/** A score to add, its numbers kept as the text to write (so `80.0` keeps its decimal). */
export interface NewScore {
  model: string;
  benchmark: string;
  value: string;
  setting: Setting;
  /** Setting keys the curator inferred rather than the source stating them. */
  inferred?: string[];
  stderr?: string;
  approx?: boolean;
  note?: string;
}

/** The data a YAML parser reads back from the written entry. */
export function scoreData(score: NewScore): Record<string, unknown> {
  const data: Record<string, unknown> = { model: score.model, benchmark: score.benchmark, value: Number(score.value) };
  if (Object.keys(score.setting).length > 0) data.setting = orderedSetting(score.setting);
  if (score.inferred?.length) data.inferred = [...score.inferred];
  if (score.stderr !== undefined) data.stderr = Number(score.stderr);
  if (score.approx) data.approx = true;
  if (score.note !== undefined) data.note = score.note;
  return data;
}

function orderedSetting(setting: Setting): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of SETTING_KEYS) {
    const value = setting[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function settingFlow(setting: Setting): string {
  const parts = Object.entries(orderedSetting(setting)).map(
    ([k, v]) => `${k}: ${typeof v === "number" ? v : flowScalar(v)}`,
  );
  return `{ ${parts.join(", ")} }`;
}

/** The entry's `key: value` pairs in writing order, scalars formatted for `context`; the setting comes whole. */
function pairs(score: NewScore, context: "block" | "flow"): [string, string][] {
  const scalar = context === "flow" ? flowScalar : blockScalar;
  const out: [string, string][] = [
    ["model", scalar(score.model)],
    ["benchmark", scalar(score.benchmark)],
    ["value", score.value],
  ];
  if (Object.keys(score.setting).length > 0) out.push(["setting", settingFlow(score.setting)]);
  if (score.inferred?.length) out.push(["inferred", `[${score.inferred.map(flowScalar).join(", ")}]`]);
  if (score.stderr !== undefined) out.push(["stderr", score.stderr]);
  if (score.approx) out.push(["approx", "true"]);
  if (score.note !== undefined) out.push(["note", scalar(score.note)]);
  return out;
}

/** The entry as one flow mapping: `{ model: a, benchmark: b, value: 1 }`. */
export function flowEntry(score: NewScore): string {
  return `{ ${pairs(score, "flow")
    .map(([k, v]) => `${k}: ${v}`)
    .join(", ")} }`;
}

/** How a block entry is laid out: the dash's column, the content's offset from it, the setting's style. */
export interface BlockLayout {
  dashColumn: number;
  contentOffset: number;
  settingStyle: "flow" | "block";
}

/** The entry as block sequence lines: `- model: a` then the other keys aligned under `model`. */
export function blockEntryLines(score: NewScore, layout: BlockLayout): string[] {
  const dash = `${" ".repeat(layout.dashColumn)}-${" ".repeat(Math.max(1, layout.contentOffset - 1))}`;
  const indent = " ".repeat(layout.dashColumn + Math.max(2, layout.contentOffset));
  const lines: string[] = [];
  for (const [key, value] of pairs(score, "block")) {
    if (key === "setting" && layout.settingStyle === "block") {
      lines.push(`${key}:`);
      for (const [k, v] of Object.entries(orderedSetting(score.setting))) {
        lines.push(`  ${k}: ${typeof v === "number" ? v : blockScalar(v)}`);
      }
    } else lines.push(`${key}: ${value}`);
  }
  return lines.map((line, i) => (i === 0 ? `${dash}${line}` : `${indent}${line}`));
}

import type { Setting } from "../../core/schema/index.js";

/** What a display name (Epoch's `Name` column) says: the model as named, and the setting in its last brackets. */
export interface NamedSetting {
  /** The name without a trailing bracket that holds settings: `Claude Opus 4.6 (120K, High)` → `Claude Opus 4.6`. */
  model: string;
  /** The setting those brackets state (`budget`, `effort`, `mode`); `{}` when they state none. */
  setting: Setting;
}

const EFFORT_WORDS: Record<string, string> = {
  none: "none",
  minimal: "minimal",
  low: "low",
  med: "medium",
  medium: "medium",
  high: "high",
  xhigh: "xhigh",
  "x-high": "xhigh",
  max: "max",
};

/**
 * Reads the setting a display name states in its last pair of brackets: an effort word (`High`,
 * `xHigh`, `X-High`, `Med`), a thinking budget (`120K`, `Thinking 16K`, `16k thinking`) and a bare
 * `Thinking` (mode). Brackets that hold anything else (`(7B)`, `(Preview)`, `(Mar 2025)`) state no
 * setting and stay in the name; words beside a setting (`Preview, Thinking 1K`) are left out, never guessed.
 */
export function settingFromName(name: string): NamedSetting {
  const text = name.trim().replace(/\s+/g, " ");
  const bracket = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  if (!bracket?.[1] || bracket[2] === undefined) return { model: text, setting: {} };
  const setting: Setting = {};
  for (const part of bracket[2].split(/[,;]/)) {
    const word = part.trim().toLowerCase();
    const effort = EFFORT_WORDS[word];
    const budget = /^(?:thinking\s*)?(\d+)\s*k(?:\s*thinking)?$/.exec(word);
    if (effort !== undefined) setting.effort ??= effort;
    else if (budget?.[1]) setting.budget ??= `${Number(budget[1])}k`;
    else if (word === "thinking") setting.mode ??= "thinking";
  }
  // A thinking budget already says the model thinks (as `_16K` in a model version does): no mode beside it.
  if (setting.budget !== undefined) delete setting.mode;
  return Object.keys(setting).length === 0 ? { model: text, setting } : { model: bracket[1], setting };
}

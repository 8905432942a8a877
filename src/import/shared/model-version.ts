import type { Setting } from "../../core/schema/index.js";

/** An Epoch "Model version" taken apart: the model, the provider it was served by, and its setting. */
export interface ModelVersion {
  /** As written (trimmed, inner whitespace collapsed). */
  raw: string;
  /** The model without provider, setting suffix and date: `gpt-5.4`, `claude-opus-4-5`. */
  base: string;
  /** The model without provider and setting suffix, date kept: `gpt-5.4-2026-03-05`. */
  dated: string;
  /** The inference provider prefix (`chutes` in `chutes/gpt-oss-120b`), lowercased. */
  provider?: string;
  /** What the suffixes and the date say: `effort`, `budget`, `mode`, `snapshot`. */
  setting: Setting;
}

/** Suffixes that Epoch uses for a reasoning-effort level. */
const EFFORTS = new Set(["none", "minimal", "low", "medium", "high", "xhigh", "max", "unknown"]);

/**
 * Parses an Epoch model version such as `gpt-5.4-2026-03-05_xhigh`, `claude-opus-4-6_32K`,
 * `DeepSeek-V3.1_thinking`, `QwQ-32B (16K thinking)` or `chutes/gpt-oss-120b_high` into the model
 * and the setting its suffixes encode. Unknown suffixes (`Qwen-1_8B`, `_res448`) stay in the name.
 */
export function parseModelVersion(text: string): ModelVersion {
  const raw = text.trim().replace(/\s+/g, " ");
  const setting: Setting = {};
  let rest = raw;

  const thinking = /^(.+?)\s*\((\d+)\s*k\s+thinking\)$/i.exec(rest);
  if (thinking?.[1] && thinking[2]) {
    setting.budget = `${Number(thinking[2])}k`;
    rest = thinking[1];
  }
  for (
    let suffix = /^(.+)_([a-z0-9]+)$/i.exec(rest);
    suffix?.[1] && suffix[2];
    suffix = /^(.+)_([a-z0-9]+)$/i.exec(rest)
  ) {
    const token = suffix[2].toLowerCase();
    if (EFFORTS.has(token) && setting.effort === undefined) setting.effort = token;
    else if (/^\d+k$/.test(token) && setting.budget === undefined) setting.budget = `${Number(token.slice(0, -1))}k`;
    else if (token === "thinking" && setting.mode === undefined) setting.mode = "thinking";
    else break;
    rest = suffix[1];
  }

  let provider: string | undefined;
  const slash = /^([a-z0-9][\w.-]*)\/(.+)$/i.exec(rest);
  if (slash?.[1] && slash[2]) {
    provider = slash[1].toLowerCase();
    rest = slash[2];
  }

  const dated = rest;
  const date = trailingDate(rest);
  if (date !== undefined) {
    setting.snapshot = date.iso;
    rest = date.before;
  }
  return { raw, base: rest, dated, ...(provider === undefined ? {} : { provider }), setting };
}

/** A date at the end of a model name (`-2026-03-05` or `-20241022`), if it is a real calendar date. */
function trailingDate(name: string): { before: string; iso: string } | undefined {
  const match = /^(.+?)-(20\d\d)-?(\d\d)-?(\d\d)$/.exec(name);
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return undefined;
  const [year, month, day] = [Number(match[2]), Number(match[3]), Number(match[4])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { before: match[1], iso: `${match[2]}-${match[3]}-${match[4]}` };
}

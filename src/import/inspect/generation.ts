import type { Setting } from "../../core/schema/index.js";
import { toToken } from "../shared/ids.js";

/** Generation settings that change what is measured less than how the model was run: kept in the note. */
const NOTED = ["temperature", "top_p", "top_k", "max_tokens", "seed", "reasoning_summary", "max_connections"] as const;

/** `16384` → `16k`, `32000` → `32k`, other counts as they are: the registry's budget tokens. */
function budgetToken(tokens: number): string {
  if (tokens % 1024 === 0) return `${tokens / 1024}k`;
  if (tokens % 1000 === 0) return `${tokens / 1000}k`;
  return String(tokens);
}

/**
 * The setting an Inspect run's generation config and task arguments give: `reasoning_effort` →
 * `effort`, `reasoning_tokens` → `budget`, a few-shot count in the task arguments → `shots`; the
 * sampling settings (temperature, max_tokens ...) and other task arguments go into the note.
 */
export function generationSetting(
  generate: Record<string, unknown>,
  taskArgs: Record<string, unknown>,
): { setting: Setting; notes: string[] } {
  const setting: Setting = {};
  const notes: string[] = [];
  const effort = typeof generate.reasoning_effort === "string" ? toToken(generate.reasoning_effort) : undefined;
  if (effort !== undefined) setting.effort = effort;
  const tokens = generate.reasoning_tokens;
  if (typeof tokens === "number" && Number.isInteger(tokens) && tokens > 0) setting.budget = budgetToken(tokens);
  const sampling = NOTED.filter((k) => generate[k] !== undefined && generate[k] !== null).map(
    (k) => `${k} ${JSON.stringify(generate[k])}`,
  );
  if (sampling.length > 0) notes.push(`generation: ${sampling.join(", ")}`);
  const args: string[] = [];
  for (const [key, value] of Object.entries(taskArgs)) {
    if (
      /^(fewshot|num_fewshot|n_shot|shots)$/.test(key) &&
      typeof value === "number" &&
      Number.isInteger(value) &&
      value >= 0
    ) {
      setting.shots = value;
    } else args.push(`${key}=${JSON.stringify(value)}`);
  }
  if (args.length > 0) notes.push(`task arguments: ${args.join(", ").slice(0, 300)}`);
  return { setting, notes };
}

import { z } from "zod";
import { SETTING_KEYS } from "./vocabulary.js";

const token = z.string().regex(/^[a-z0-9][a-z0-9._+-]*$/, "must be a lowercase token such as `high` or `python`");
const count = z.number().int().positive();
/** A run label may keep the case of the record id it is (Epoch's `recudCqZO2yzH6CbV`). */
const runLabel = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/, "must be a label such as `2026-04-15` or a record id");

/** The controlled vocabulary of setting keys: what a score was measured under. */
export const settingShape = {
  mode: token.describe("Inference mode, e.g. `contemplating`, `deep-think`, `pro`, `standard`").optional(),
  tools: token.describe("Tools available: `none`, `python`, `search`, `any`").optional(),
  effort: token.describe("Reasoning effort: `minimal`, `low`, `medium`, `high`, `xhigh`, `max`, `unknown`").optional(),
  agents: count.describe("Number of parallel agents").optional(),
  attempts: count.describe("Attempts per task (pass@k)").optional(),
  shots: z.number().int().nonnegative().describe("Few-shot examples in the prompt").optional(),
  harness: z.string().min(1).max(200).describe("Agent harness or scaffold used to run the model").optional(),
  budget: token.describe("Thinking-token budget, e.g. `32k`").optional(),
  snapshot: token.describe("Dated model snapshot or version tag, e.g. `2026-03-05`").optional(),
  run: runLabel
    .max(100)
    .describe("Run label, date or record id (case kept) that tells re-runs apart, e.g. `2026-04-15`")
    .optional(),
} as const satisfies Record<(typeof SETTING_KEYS)[number], z.ZodType>; // exactly the vocabulary's keys

/** A setting: the conditions a score was measured under; part of the score's identity. */
export const settingSchema = z
  .strictObject(settingShape)
  .describe("Conditions the score was measured under; part of the score's identity");

export { SETTING_KEYS };

export type Setting = z.infer<typeof settingSchema>;

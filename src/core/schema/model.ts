import { z } from "zod";
import { idSchema, partialDateSchema } from "./id.js";

/** A model: who made it, when, and every name it goes by. */
export const modelSchema = z
  .strictObject({
    id: idSchema.describe("Stable id, e.g. `muse-spark`, `gpt-5.4`"),
    name: z.string().min(1).max(200).describe("Display name, e.g. `GPT-5.4`"),
    org: z.string().min(1).max(200).describe("Organisation that made the model"),
    released: partialDateSchema.optional().describe("Release date, as far as it is known"),
    open_weights: z.boolean().optional().describe("Whether the weights are published"),
    aliases: z
      .array(z.string().min(1).max(200))
      .default([])
      .describe("Other names and external ids, e.g. Epoch's `gpt-5.4-2026-03-05`"),
    note: z.string().max(1000).optional().describe("Anything a reader should know about this record"),
    default_baseline: z
      .boolean()
      .optional()
      .describe(
        "True on the model compare measures Δ against when none is named (the registry's subject); the last one marked, in load order, wins",
      ),
  })
  .describe("A model record");

export type Model = z.infer<typeof modelSchema>;

import { z } from "zod";
import { idSchema } from "./id.js";
import { SETTING_KEYS, settingSchema } from "./setting.js";

const finite = z.number().refine(Number.isFinite, "must be a finite number");

/** One published figure: a model's value on a benchmark under a setting. */
export const scoreSchema = z
  .strictObject({
    model: idSchema.describe("Model id"),
    benchmark: idSchema.describe("Benchmark id"),
    value: finite.describe("The value exactly as published, in the benchmark's unit (42.5 for 42.5 %)"),
    setting: settingSchema.default({}),
    inferred: z
      .array(z.enum(SETTING_KEYS))
      .min(1)
      .optional()
      .describe(
        "Setting keys the curator inferred (e.g. from another article) rather than the source stating them, e.g. `[effort]`",
      ),
    stderr: finite.nonnegative().optional().describe("Standard error, in the benchmark's unit"),
    ci: z
      .tuple([finite.describe("Lower bound"), finite.describe("Upper bound")])
      .optional()
      .describe("Confidence interval [low, high], in the benchmark's unit"),
    approx: z.boolean().optional().describe("True when the value was read off a chart"),
    as_named: z.string().max(200).optional().describe("The model's name exactly as the source printed it"),
    note: z.string().max(2000).optional().describe("Anything a reader should know about this figure"),
    url: z.url().optional().describe("A link to this figure's evidence, e.g. run logs"),
  })
  .superRefine((score, ctx) => {
    const seen = new Set<string>();
    for (const [i, key] of (score.inferred ?? []).entries()) {
      if (score.setting[key] === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["inferred", i],
          message: `'${key}' is marked inferred but the setting has no ${key}`,
        });
      } else if (seen.has(key)) {
        ctx.addIssue({ code: "custom", path: ["inferred", i], message: `'${key}' is listed twice` });
      }
      seen.add(key);
    }
  })
  .describe("A score record");

export type Score = z.infer<typeof scoreSchema>;

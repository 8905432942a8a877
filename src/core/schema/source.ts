import { z } from "zod";
import { idSchema, partialDateSchema } from "./id.js";
import { scoreSchema } from "./score.js";
import { ORIGIN_KINDS, SOURCE_KINDS } from "./vocabulary.js";

export { ORIGIN_KINDS, SOURCE_KINDS };

/** A source document and the scores it publishes. */
export const sourceSchema = z
  .strictObject({
    id: idSchema.describe("Stable id, e.g. `meta-muse-spark-launch`"),
    title: z.string().min(1).max(300).describe("Title of the document"),
    publisher: z.string().min(1).max(200).describe("Who published the document"),
    published: partialDateSchema.describe("Publication date, as far as it is known (2026-04-09, 2026-04)"),
    url: z.url().optional().describe("Where the document can be read"),
    kind: z
      .enum(SOURCE_KINDS)
      .describe("first-party: the model maker's claim; third-party: an independent measurement; press: a report"),
    repeats: z
      .strictObject({
        name: z.string().min(1).max(200).describe("Who produced the figures, e.g. `Meta`"),
        kind: z.enum(ORIGIN_KINDS).describe("Whether that producer is the model maker or independent"),
      })
      .optional()
      .describe("For press: whose figures the report repeats"),
    license: z.string().max(300).optional().describe("Licence of the data, e.g. CC BY 4.0"),
    attribution: z.string().max(1000).optional().describe("Credit the publisher asks for"),
    note: z.string().max(2000).optional().describe("Anything a reader should know about this source"),
    scores: z.array(scoreSchema).default([]).describe("Figures this source publishes"),
  })
  .refine((s) => s.kind !== "press" || s.repeats !== undefined, {
    message: "a press source must say whose figures it repeats (`repeats: {name, kind}`)",
    path: ["repeats"],
  })
  .describe("A source record with its scores");

export type Source = z.infer<typeof sourceSchema>;

import { z } from "zod";
import { idSchema } from "./id.js";
import { CATEGORIES, UNITS } from "./vocabulary.js";

export { CATEGORIES, UNITS };

/** A benchmark: what is measured, in which unit, and which direction is better. */
export const benchmarkSchema = z
  .strictObject({
    id: idSchema.describe("Stable lowercase kebab-case id, e.g. `arc-agi-2`"),
    name: z.string().min(1).max(200).describe("Display name, e.g. `ARC-AGI-2`"),
    aliases: z.array(z.string().min(1).max(200)).default([]).describe("Other names and ids it is known by"),
    category: z.enum(CATEGORIES).describe("Broad area the benchmark measures"),
    unit: z.enum(UNITS).describe("Unit of every value; percent is 0-100 (42.5 means 42.5 %)"),
    higher_is_better: z.boolean().describe("Whether a larger value is a better result"),
    description: z.string().min(1).max(500).describe("One line, in our own words, on what it measures"),
    url: z.url().optional().describe("Where the benchmark is described"),
  })
  .describe("A benchmark record");

export type Benchmark = z.infer<typeof benchmarkSchema>;
export type Unit = (typeof UNITS)[number];

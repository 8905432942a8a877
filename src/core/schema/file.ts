import { z } from "zod";
import { benchmarkSchema } from "./benchmark.js";
import { modelSchema } from "./model.js";
import { sourceSchema } from "./source.js";

/** One registry file: any mix of benchmark, model and source records. */
export const registryFileSchema = z
  .strictObject({
    benchmarks: z.array(benchmarkSchema).default([]).describe("Benchmark records"),
    models: z.array(modelSchema).default([]).describe("Model records"),
    sources: z.array(sourceSchema).default([]).describe("Source records, each with its scores"),
  })
  .describe("A muse registry file");

export type RegistryFile = z.infer<typeof registryFileSchema>;

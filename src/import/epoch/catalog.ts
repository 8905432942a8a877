import { AGENTIC_FILES } from "./catalog-agentic.js";
import { CLASSIC_FILES } from "./catalog-classic.js";
import { EPOCH_RUN_FILES } from "./catalog-epoch-runs.js";
import { FRONTIER_FILES } from "./catalog-frontier.js";
import type { FileSpec } from "./spec.js";

/** Every file of Epoch AI's Benchmarking Hub (April 2026 release) that muse knows, by file name. */
export const EPOCH_CATALOG: ReadonlyMap<string, FileSpec> = new Map(
  Object.entries({ ...EPOCH_RUN_FILES, ...AGENTIC_FILES, ...FRONTIER_FILES, ...CLASSIC_FILES }),
);

/** The catalog entry for a file name (case-insensitive), if muse knows the file. */
export function catalogSpec(fileName: string): FileSpec | undefined {
  return EPOCH_CATALOG.get(fileName) ?? EPOCH_CATALOG.get(fileName.toLowerCase());
}

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * A data set under ../shared/datasets (read there, never copied into the project): its path, whether it is
 * there, and whether a suite that needs it is skipped (only when it is absent outside CI; under CI=true it runs,
 * and its first test fails when the data is missing).
 */
export function sharedData(relative: string): { path: string; present: boolean; skip: boolean } {
  const path = fileURLToPath(new URL(`../../../shared/datasets/${relative}`, import.meta.url));
  const present = existsSync(path);
  return { path, present, skip: !present && process.env.CI !== "true" };
}

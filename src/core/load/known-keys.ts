import {
  benchmarkSchema,
  modelSchema,
  registryFileSchema,
  scoreSchema,
  settingSchema,
  sourceSchema,
} from "../schema/index.js";

const keysOf = (shape: object): string[] => Object.keys(shape);

/** The keys allowed at a path into a registry file, for "did you mean" on unknown keys. */
export function knownKeysAt(path: readonly PropertyKey[]): string[] {
  const names = path.filter((p): p is string => typeof p === "string");
  const last = names.at(-1);
  if (last === undefined) return keysOf(registryFileSchema.shape);
  if (last === "setting") return keysOf(settingSchema.shape);
  if (last === "repeats") return ["name", "kind"];
  if (last === "scores") return keysOf(scoreSchema.shape);
  if (last === "benchmarks") return keysOf(benchmarkSchema.shape);
  if (last === "models") return keysOf(modelSchema.shape);
  if (last === "sources") return keysOf(sourceSchema.shape);
  return [];
}

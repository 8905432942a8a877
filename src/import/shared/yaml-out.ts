import type { RegistryFile, Score } from "../../core/schema/index.js";
import { emitYaml } from "./yaml-emit.js";

/** Renders a registry document as YAML, with a comment on top; empty lists and empty settings are left out. */
export function registryYaml(content: RegistryFile, comment: string): string {
  const plain: Record<string, unknown> = {};
  if (content.benchmarks.length > 0) plain.benchmarks = content.benchmarks;
  if (content.models.length > 0) plain.models = content.models;
  if (content.sources.length > 0) {
    plain.sources = content.sources.map((s) => ({ ...s, scores: s.scores.map(compactScore) }));
  }
  const commentBefore = comment
    .split("\n")
    .map((line) => (line === "" ? "" : ` ${line}`))
    .join("\n");
  return emitYaml(plain, commentBefore);
}

function compactScore(score: Score): Record<string, unknown> {
  const { setting, ...rest } = score;
  if (Object.keys(setting).length === 0) return rest;
  const { model, benchmark, value, ...tail } = rest;
  return { model, benchmark, value, setting, ...tail };
}

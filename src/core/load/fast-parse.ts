import { registryFileSchema } from "../schema/index.js";
import { readFastYaml } from "./fast-yaml.js";
import { decimalsOf, type ParsedFile, type Positioned, type ReadScore } from "./parse-file.js";
import type { Position } from "./positions.js";

/**
 * Reads a valid registry file through the fast YAML subset reader; `undefined` when the text leaves the
 * subset or is invalid in any way, so that the caller parses it with `parseRegistryText` (which gives
 * the same records, or every problem at `file:line:col`).
 */
export function fastParseRegistryText(path: string, text: string): ParsedFile | undefined {
  const doc = readFastYaml(text);
  if (doc === undefined) return undefined;
  const parsed = registryFileSchema.safeParse(doc.value);
  if (!parsed.success) return undefined;
  const raw = doc.value as { benchmarks?: object[]; models?: object[]; sources?: { scores?: object[] }[] };
  const at = (node: object | undefined): Position => {
    const place = node === undefined ? undefined : doc.placeOf.get(node);
    if (place === undefined) throw new Error("fast reader lost a record's position");
    return place;
  };
  // zod's output objects are fresh: they take their place (and a score its decimals) in place, without copies.
  const place = <T extends object>(record: T, node: object | undefined): Positioned<T> => {
    const placed = record as Positioned<T>;
    const { line, col } = at(node);
    placed.line = line;
    placed.col = col;
    return placed;
  };
  const data = parsed.data;
  for (const [i, b] of data.benchmarks.entries()) place(b, raw.benchmarks?.[i]);
  for (const [i, m] of data.models.entries()) place(m, raw.models?.[i]);
  for (const [i, s] of data.sources.entries()) {
    const rawSource = raw.sources?.[i];
    for (const [j, sc] of s.scores.entries()) {
      const rawScore = rawSource?.scores?.[j];
      const written = rawScore === undefined ? undefined : doc.valueTextOf.get(rawScore);
      (place(sc, rawScore) as ReadScore).decimals = decimalsOf(written ?? String(sc.value));
    }
    place(s, rawSource);
  }
  return { path, ...data } as ParsedFile;
}

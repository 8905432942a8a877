import { registryFileSchema } from "../schema/index.js";
import { readFastYaml } from "./fast-yaml.js";
import { decimalsOf, type ParsedFile, type Placed } from "./parse-file.js";
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
  const place = <T>(record: T, node: object | undefined): Placed<T> => ({ ...record, ...at(node) });
  const data = parsed.data;
  return {
    path,
    benchmarks: data.benchmarks.map((b, i) => place(b, raw.benchmarks?.[i])),
    models: data.models.map((m, i) => place(m, raw.models?.[i])),
    sources: data.sources.map((s, i) => {
      const rawSource = raw.sources?.[i];
      const scores = s.scores.map((sc, j) => {
        const rawScore = rawSource?.scores?.[j];
        const written = rawScore === undefined ? undefined : doc.valueTextOf.get(rawScore);
        return { ...place(sc, rawScore), decimals: decimalsOf(written ?? String(sc.value)) };
      });
      return place({ ...s, scores }, rawSource);
    }),
  };
}

import { type Document, isMap, isPair, isScalar, type LineCounter, type Node } from "yaml";

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  col: number;
}

/** Finds where a path into a YAML document points: the node itself, or its nearest existing parent. */
export function positionOfPath(doc: Document, path: readonly PropertyKey[], lc: LineCounter): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return lc.linePos(offset);
  }
  return { line: 1, col: 1 };
}

/**
 * Where the keys of the mapping at `path` are written, for errors about keys: one pass over the mapping, so that
 * placing every one of N unknown keys costs N steps, not N² (a key written twice is placed at its first).
 * A key the mapping does not hold is placed at the mapping, or its nearest existing parent.
 */
export function keyPositions(doc: Document, path: readonly PropertyKey[], lc: LineCounter): (key: string) => Position {
  const offsets = new Map<string, number>();
  const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  if (isMap(map)) {
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.range == null) continue;
      const name = String(pair.key.value);
      if (!offsets.has(name)) offsets.set(name, pair.key.range[0]);
    }
  }
  return (key) => {
    const offset = offsets.get(key);
    return offset === undefined ? positionOfPath(doc, path, lc) : lc.linePos(offset);
  };
}

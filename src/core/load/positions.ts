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

/** Finds where a key of the mapping at `path` is written, for errors about the key itself. */
export function positionOfKey(doc: Document, path: readonly PropertyKey[], key: string, lc: LineCounter): Position {
  const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  if (isMap(map)) {
    for (const pair of map.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
        return lc.linePos(pair.key.range[0]);
      }
    }
  }
  return positionOfPath(doc, path, lc);
}

import { distance } from "fastest-levenshtein";

/** Folds a name for matching: lowercase, accents and every non-alphanumeric character dropped. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The candidates nearest to `wanted` by edit distance on folded names, closest first. */
export function nearest(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const w = foldName(wanted);
  const maxDistance = Math.max(2, Math.floor(w.length / 3));
  const scored: { name: string; d: number }[] = [];
  for (const name of new Set(candidates)) {
    const f = foldName(name);
    const d = f.startsWith(w) || (w.length >= 3 && f.includes(w)) ? 1 : distance(w, f);
    if (d <= maxDistance) scored.push({ name, d });
  }
  scored.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map((s) => s.name);
}

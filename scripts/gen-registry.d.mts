/** Writes a synthetic registry (benchmarks.yaml, models.yaml, sources/*.yaml) to `dir`, replacing it; returns counts. */
export function writeRegistry(
  dir: string,
  scoreCount: number,
  seed?: number,
): { benchmarks: number; models: number; sources: number; scores: number };

/** A small seeded PRNG (mulberry32). */
export function randomSource(seed: number): () => number;

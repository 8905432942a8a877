/** Writes a synthetic Epoch release of `rows` rows into `dir` (created), with a README naming its month. */
export function writeEpochRelease(dir: string, rows: number): void;

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { capturingIo } from "../src/cli/io.js";
import { run } from "../src/cli/main.js";
import { linkLayers } from "../src/core/load/link.js";
import { parseRegistryText } from "../src/core/load/parse-file.js";
import { Store } from "../src/core/store.js";

/** A store built from inline registry YAML (one file); invalid YAML fails the test with its problems. */
export function storeFromYaml(text: string): Store {
  const outcome = parseRegistryText("inline.yaml", text);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join("; "));
  const { registry, problems } = linkLayers([[outcome.file]]);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join("; "));
  return new Store(registry);
}

/** Writes registry YAML into a fresh temporary directory and returns the directory. */
export function registryDir(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "muse-compare-"));
  writeFileSync(join(dir, "registry.yaml"), text);
  return dir;
}

/** Benchmarks and models for hand-made registries: one higher-is-better, one lower-is-better. */
export const BASE_RECORDS = `
benchmarks:
  - { id: quiz, name: Quiz, category: reasoning, unit: percent, higher_is_better: true, description: A quiz. }
  - { id: cost, name: Cost, category: efficiency, unit: usd, higher_is_better: false, description: Money spent. }
models:
  - { id: muse-spark, name: Muse Spark, org: Meta, default_baseline: true }
  - { id: alpha, name: Alpha, org: A }
  - { id: beta, name: Beta, org: B }
  - { id: gamma, name: Gamma, org: C }
`;

/** A source record header in YAML; `kind` press sources repeat a first-party producer unless told otherwise. */
export function sourceYaml(
  id: string,
  kind: string,
  published: string,
  scores: string,
  repeats = "first-party",
): string {
  const press = kind === "press" ? `\n    repeats: { name: Maker, kind: ${repeats} }` : "";
  return `
  - id: ${id}
    title: ${id}
    publisher: Pub ${id}
    published: "${published}"
    kind: ${kind}${press}
    scores:
${scores
  .trim()
  .split("\n")
  .map((line) => `      ${line.trim()}`)
  .join("\n")}
`;
}

/** What one in-process run of muse wrote and the exit code it returned. */
export interface MuseRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs muse in-process with a clean environment (by default MUSE_REGISTRY=launch, the hand-curated layer
 * these tests are written against), stdout not a terminal (so no colour) unless `tty`.
 */
export async function muse(
  argv: readonly string[],
  tty = false,
  columns?: number,
  env: Record<string, string> = { MUSE_REGISTRY: "launch" },
): Promise<MuseRun> {
  const { io, out, err } = capturingIo(env, REPO_ROOT, tty);
  const code = await run(argv, columns === undefined ? io : { ...io, columns });
  return { code, out: out(), err: err() };
}

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Display columns of a line of plain text: wide (East Asian) characters count two, combining marks none. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0;
    if (/\p{Mn}|\p{Me}|\p{Cf}/u.test(ch)) continue;
    width +=
      /\p{Extended_Pictographic}/u.test(ch) ||
      (code >= 0x1100 &&
        /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch))
        ? 2
        : 1;
  }
  return width;
}

// A minimal valid registry file and a way to read one file's problems, for in-process loader tests.
import { parseRegistryText } from "../../src/core/load/parse-file.js";

/** One benchmark, one model, one source with one score: the smallest file the loader accepts. */
export const VALID = `benchmarks:
  - { id: b, name: B, category: reasoning, unit: percent, higher_is_better: true, description: d }
models:
  - { id: m, name: M, org: O }
sources:
  - id: s
    title: T
    publisher: P
    published: "2026"
    kind: first-party
    scores:
      - { model: m, benchmark: b, value: 42.5 }
`;

/** parseRegistryText's problems for `text` (as file f.yaml) as `line:col message`; [] when the file is accepted. */
export function problemsOf(text: string): string[] {
  const outcome = parseRegistryText("f.yaml", text);
  return outcome.ok ? [] : outcome.problems.map((p) => `${p.line}:${p.col} ${p.message}`);
}

// A synthetic Epoch AI Benchmarking Hub release for `npm run bench`: `rows` data rows spread over a few
// files of the catalog, in Epoch's two layouts (its own runs; figures compiled from elsewhere), with
// a few thousand model versions (suffixes, dates, providers), re-runs told apart by their start time,
// quoted multi-line notes. Deterministic (a fixed-seed generator), so runs compare.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const RUN_FILES = [
  "gpqa_diamond.csv",
  "frontiermath.csv",
  "math_level_5.csv",
  "otis_mock_aime_2024_2025.csv",
  "simpleqa_verified.csv",
  "chess_puzzles.csv",
];
const EXTERNAL_FILES = ["arc_agi_2_external.csv", "arc_agi_external.csv"];
const RUN_HEADER =
  "Model version,mean_score,Best score (across scorers),Release date,Organization,Country,Training compute (FLOP),Training compute notes,stderr,Log viewer,Logs,Started at,id";
const EXTERNAL_HEADER =
  "Model version,Score,Release date,Organization,Country,Training compute (FLOP),Training compute notes,Name,Notes,Source,Source link,id";

/** Writes a release of `rows` rows into `dir` (created), with a README naming its month. */
export function writeEpochRelease(dir, rows) {
  mkdirSync(dir, { recursive: true });
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const families = ["gpt", "claude-opus", "gemini", "llama", "qwen", "mistral", "deepseek", "grok", "phi", "gemma"];
  const suffixes = ["", "_high", "_low", "_xhigh", "_32K", "_thinking", " (16K thinking)"];
  const versions = Array.from({ length: 4000 }, (_, i) => {
    const family = families[i % families.length];
    const date = `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const provider = i % 17 === 0 ? "chutes/" : "";
    return `${provider}${family}-${1 + (i % 7)}.${i % 10}-${Math.floor(i / 70)}-${date}${suffixes[i % suffixes.length]}`;
  });
  const files = [...RUN_FILES, ...EXTERNAL_FILES];
  const per = Math.ceil(rows / files.length);
  let written = 0;
  for (const [index, file] of files.entries()) {
    const external = index >= RUN_FILES.length;
    const lines = [external ? EXTERNAL_HEADER : RUN_HEADER];
    for (let r = 0; r < per && written < rows; r++, written++) {
      const version = versions[Math.floor(random() * versions.length)];
      const score = (random() * 0.95).toFixed(4);
      const released = `2025-${String(1 + (r % 12)).padStart(2, "0")}-15`;
      const id = `rec${index}x${r}`;
      if (external) {
        const note = r % 50 === 0 ? '"Reported with\nextra tools, see source"' : "";
        lines.push(
          `${version},${score},${released},Org ${r % 40},United States of America,,,${version} display,${note},Leaderboard ${r % 9},https://example.org/lb/${r},${id}`,
        );
      } else {
        const started = `2026-0${1 + (r % 4)}-${String(1 + (r % 28)).padStart(2, "0")}T${String(r % 24).padStart(2, "0")}:00:${String(r % 60).padStart(2, "0")}.000Z`;
        lines.push(
          `${version},${score},${score},${released},,,,,0.0${1 + (r % 9)},https://logs.example.org/v/${id},https://logs.example.org/l/${id}.eval,${started},${id}`,
        );
      }
    }
    writeFileSync(join(dir, file), `${lines.join("\n")}\n`);
  }
  writeFileSync(join(dir, "README.md"), "# Synthetic release for muse's bench\n\nyear = {2026}, month = {4}\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeEpochRelease(process.argv[2] ?? "epoch-synthetic", Number(process.argv[3] ?? 100_000));
}

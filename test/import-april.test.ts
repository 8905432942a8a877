// The whole April 2026 release of Epoch AI's Benchmarking Hub, from ../shared (never copied into the
// repo): every file imported, every row accounted for, the output valid alone and over the bundled data.
// Skipped, visibly, when the data is absent; under CI=true it must be there.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/main.js";
import { runMuse } from "./helpers/run-muse.js";
import { sharedData } from "./helpers/shared-data.js";

const { path: APRIL, present, skip } = sharedData("epoch-benchmarking-hub-2026-04/");
const out = join(mkdtempSync(join(tmpdir(), "muse-april-")), "epoch-2026-04");
afterAll(() => rmSync(join(out, ".."), { recursive: true, force: true }));

interface FileRow {
  file: string;
  source: string;
  benchmark: string | null;
  rows: number;
  imported: number;
  collapsed: number;
  skipped: number;
  reported: number;
  warnings: number;
}

/** Data records of a CSV file, counted independently of the importer (header excluded). */
function dataRows(path: string): number {
  const records = parse(readFileSync(path), {
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  return records.length - 1;
}

describe.skipIf(skip)(`import of Epoch's April 2026 release (needs ${APRIL}; skipped when absent)`, () => {
  let json: { files: FileRow[]; totals: Record<string, number>; reported: unknown[] };
  let stderr = "";

  it("imports every file of the release", async () => {
    expect(present, `${APRIL} must exist under CI=true`).toBe(true);
    const r = await runMuse(["import", "epoch", APRIL, "--out", out, "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    json = JSON.parse(r.out);
    stderr = r.err;
    const csvs = readdirSync(APRIL).filter((f) => f.endsWith(".csv"));
    expect(json.files.map((f) => f.file).sort()).toEqual(csvs.sort());
  });

  it("accounts for every row: imported = CSV data rows - collapsed - skipped - reported, per file, and each report is on stderr", () => {
    for (const f of json.files) {
      expect(f.rows, f.file).toBe(dataRows(join(APRIL, f.file)));
      expect(f.imported, f.file).toBe(f.rows - f.collapsed - f.skipped - f.reported);
    }
    const reportedLines = stderr.split("\n").filter((l) => /^.+\.csv:\d+: /.test(l) && !l.includes(": warning: "));
    expect(reportedLines).toHaveLength(json.totals.reported ?? -1);
    expect(json.reported).toHaveLength(json.totals.reported ?? -1);
  });

  it("knows every file and every column of the release (no warnings, no guessed benchmark)", () => {
    expect(json.files.filter((f) => f.warnings > 0)).toEqual([]);
    expect(json.files.every((f) => f.benchmark !== null)).toBe(true);
  });

  it("writes what it counted: each source holds as many scores as its file imported", async () => {
    const r = await runMuse(["list", "sources", "--registry", out, "--json"]);
    const sources = JSON.parse(r.out) as { id: string; scores: number }[];
    const bySource = new Map(sources.map((s) => [s.id, s.scores]));
    for (const f of json.files) {
      expect(bySource.get(f.source), f.file).toBe(f.imported);
    }
  });

  it("validates on its own and layered over the bundled registry", async () => {
    const alone = await runMuse(["validate", "--registry", out, "--json"]);
    expect(alone.code, alone.err).toBe(EXIT.ok);
    expect(JSON.parse(alone.out).scores).toBe(json.totals.imported);
    const layered = await runMuse(["validate", "--registry", "launch", "--registry", out]);
    expect(layered.code, layered.err).toBe(EXIT.ok);
  });

  it("puts Epoch's measurement of Muse Spark on GPQA Diamond, with its error, beside the launch figures", async () => {
    const r = await runMuse([
      "scores",
      "--bench",
      "gpqa-diamond",
      "--model",
      "muse-spark",
      "--registry",
      "launch",
      "--registry",
      out,
      "--json",
    ]);
    const rows = JSON.parse(r.out) as { value: number; stderr: number | null; source: string; setting: object }[];
    expect(rows).toContainEqual(
      expect.objectContaining({ source: "epoch-gpqa-diamond", value: 89.8, stderr: 2.2, setting: {} }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ source: "pop-muse-spark", value: 89.5, setting: {} }));
  });

  it("makes compare show Epoch's measurement with its error and the launch figure beside it", async () => {
    const argv = ["compare", "--bench", "gpqa-diamond", "--registry", "launch", "--registry", out];
    const table = await runMuse([...argv, "--ids"]);
    expect(table.code, table.err).toBe(EXIT.ok);
    const row = table.out.split("\n").find((line) => /^\s*\d+\s+muse-spark(?: \[\d+\])?\s/.test(line));
    expect(row).toMatch(/89\.8% ±2\.2/);
    expect(table.out).toMatch(/muse-spark on gpqa-diamond: .*89\.5% \(agrees\)/);
    const json = await runMuse([...argv, "--json"]);
    const spark = (
      JSON.parse(json.out) as {
        rows: {
          model: string;
          value: number;
          stderr: number | null;
          alternatives: { value: number; source: string }[];
        }[];
      }
    ).rows.find((r) => r.model === "muse-spark");
    expect(spark).toMatchObject({ value: 89.8, stderr: 2.2 });
    expect(spark?.alternatives).toContainEqual(expect.objectContaining({ value: 89.5, source: "pop-muse-spark" }));
  });

  it("lets conflicts find where a launch figure and Epoch's measurement disagree", async () => {
    const r = await runMuse(["conflicts", "--registry", "launch", "--registry", out, "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    const conflicts = JSON.parse(r.out) as { model: string; benchmark: string; values: { source: string }[] }[];
    const arc = conflicts.find((c) => c.model === "gpt-5.4" && c.benchmark === "arc-agi-2");
    expect(arc?.values.map((v) => v.source)).toContain("epoch-arc-agi-2-external");
  });
});

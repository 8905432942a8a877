// muse claims on the bundled registry with Epoch AI's April 2026 release layered over it (imported from
// ../shared, never copied into the repo). Skipped, visibly, when the data is absent; under CI=true it must be there.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMuse } from "./helpers/run-muse.js";
import { sharedData } from "./helpers/shared-data.js";

const { path: APRIL, present, skip } = sharedData("epoch-benchmarking-hub-2026-04/");
const out = join(mkdtempSync(join(tmpdir(), "muse-claims-epoch-")), "epoch");
afterAll(() => rmSync(join(out, ".."), { recursive: true, force: true }));

interface Check {
  benchmark: string;
  claim: { value: number; setting: object; inferred: string[]; reported_by: string[] };
  measurements: {
    value: number;
    stderr: number | null;
    setting: object;
    agrees: boolean;
    standard_errors: number | null;
    decides: boolean;
  }[];
  verdict: string;
  reason: string;
  different_configuration: boolean;
  measured_by: string | null;
}

async function claims(argv: string[]): Promise<{ out: string; json: Check[] }> {
  const layered = ["--registry", "default", "--registry", out, "claims", ...argv];
  const table = await runMuse(layered);
  expect([table.code, table.err]).toEqual([0, ""]);
  const json = await runMuse([...layered, "--json"]);
  return { out: table.out, json: JSON.parse(json.out) };
}

describe.skipIf(skip)(`muse claims with Epoch's April 2026 release (needs ${APRIL}; skipped when absent)`, () => {
  beforeAll(async () => {
    expect(present, `${APRIL} must exist under CI=true`).toBe(true);
    const r = await runMuse(["import", "epoch", APRIL, "--out", out]);
    expect(r.code, r.err).toBe(0);
  });

  it("Muse Spark: GPQA Diamond 89.5 is confirmed by Epoch's 89.8 ±2.2; GDPval-AA 1444 is measured lower by AA", async () => {
    const { out: table, json } = await claims(["--model", "muse-spark"]);
    const gpqa = json.find((c) => c.benchmark === "gpqa-diamond");
    expect([gpqa?.claim.value, gpqa?.claim.reported_by, gpqa?.verdict, gpqa?.measured_by]).toEqual([
      89.5,
      ["eigent-muse-spark", "pop-muse-spark"],
      "confirmed",
      "epoch-gpqa-diamond",
    ]);
    expect(gpqa?.measurements.map((m) => [m.value, m.stderr, m.setting, m.agrees])).toEqual([[89.8, 2.2, {}, true]]);
    expect(table).toMatch(
      /^GPQA Diamond\s+default\s+89\.5%\s+eigent-muse-spark \+1 \[\d\]\s+89\.8% ±2\.2\s+default\s+epoch-gpqa-diamond \[\d\]\s+\+0\.3 \(0\.14 SE\)\s+confirmed$/m,
    );
    const gdpval = json.find((c) => c.benchmark === "gdpval-aa");
    expect([gdpval?.verdict, gdpval?.measured_by]).toEqual(["measured lower", "decoder-muse-spark-aa"]);
    expect(table).toMatch(/^Muse Spark: 2 claims measured: 1 confirmed, 1 lower, 0 higher; 27 not measured$/m);
  });

  it("Claude Opus 4.6 on SWE-bench Verified: 80.8 at effort=max (inferred) beside both of Epoch's runs", async () => {
    const { out: table, json } = await claims(["--model", "claude-opus-4.6", "--bench", "swe-bench-verified"]);
    expect(json).toHaveLength(1);
    const [swe] = json;
    expect([swe?.claim.value, swe?.claim.setting, swe?.claim.inferred]).toEqual([80.8, { effort: "max" }, ["effort"]]);
    // Neither run states an effort: both are equally close. The 75.6 run disagrees, so the verdict rests on
    // it (listed first), even though the nearer 78.7 run agrees: a contradicting run is never outvoted.
    expect(swe?.measurements.map((m) => [m.value, m.setting, m.agrees, m.standard_errors, m.decides])).toEqual([
      [75.6198, { run: "aQiAg6mt8HPHXjKcJvax2d" }, false, -2.65, true], // run: Epoch's record id as written
      [78.719, { run: "2hH2GAPUFaJR7pfVKhhicg" }, true, -1.12, true],
    ]);
    expect([swe?.verdict, swe?.different_configuration, swe?.measured_by]).toEqual([
      "measured lower",
      true,
      "epoch-swe-bench-verified",
    ]);
    expect(swe?.reason).toMatch(
      /5\.2 lower than the claim \(2\.65 standard errors\).*of 1 other measurement as close in configuration, 1 agrees with the claim$/,
    );
    expect(table).toMatch(
      /effort=max\*\s+80\.8%\s+pop-muse-spark \[\d\]\s+75\.6% ±2\.0\s+run=aQiAg6mt8HPHXjKcJvax2d\s+.*-5\.2 \(2\.65 SE\)\s+measured lower, at a different configuration$/m,
    );
    expect(table).toMatch(
      /^\s+78\.7% ±1\.9\s+run=2hH2GAPUFaJR7pfVKhhicg\s+epoch-swe-bench-verified \[\d\]\s+-2\.1 \(1\.12 SE\)$/m,
    );
  });

  it("GPT-5.4 on ARC-AGI-2: the claim at effort=xhigh (inferred) is measured lower by Epoch's run at effort=xhigh", async () => {
    const { json } = await claims(["--model", "gpt-5.4", "--bench", "arc-agi-2"]);
    expect(json.map((c) => [c.claim.value, c.verdict, c.different_configuration, c.measurements[0]?.value])).toEqual([
      [76.1, "measured lower", false, 73.95],
    ]);
  });
});

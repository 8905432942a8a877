// muse claims: the verdict rules on a small registry made for them (test/fixtures/claims), exact expectations.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ClaimCheck } from "../src/core/claims/check.js";
import { checkClaims } from "../src/core/claims/claims.js";
import { CLAIMS_CSV_COLUMNS } from "../src/render/reports/claims.js";
import { BASE_RECORDS, muse, sourceYaml, storeFromYaml } from "./compare-helpers.js";

const DIR = fileURLToPath(new URL("./fixtures/claims/", import.meta.url));
const store = storeFromYaml(readFileSync(`${DIR}registry.yaml`, "utf8"));

/** A check as one line of facts: model, benchmark, claimed value, reports, verdict, different configuration, deciding value. */
const facts = (c: ClaimCheck) => [
  c.claim.model,
  c.claim.benchmark,
  c.claim.value,
  c.reports.map((r) => r.source),
  c.verdict,
  c.differentConfiguration,
  c.deciding?.score.value ?? null,
  c.deciding?.difference ?? null,
  c.deciding?.standardErrors ?? null,
];

describe("checkClaims: verdicts", () => {
  const result = checkClaims(store, {});

  it("sets each claim beside its measurements and gives a verdict (model order, then benchmark, then setting)", () => {
    expect(result.checks.map(facts)).toEqual([
      // the maker's 1500 and the press's misprinted 1550 disagree: two claims, each measured by lab-b's 1510
      ["alpha", "elo", 1500, ["maker"], "measured higher", false, 1510, 10, null],
      ["alpha", "elo", 1550, ["press"], "measured lower", false, 1510, -40, null],
      // 80.0 and the press's rounded 80 are one claim; lab-a's 80.9 ±0.5 agrees (rounding and 1.96 SE overlap)
      ["alpha", "quiz", 80, ["maker", "press"], "confirmed", false, 80.9, 0.9, 1.8],
      // the same configuration decides, not lab-b's closer value at effort=xhigh
      ["alpha", "quiz", 70, ["maker"], "measured lower", false, 65, -5, -5],
      // no run at effort=medium: the nearest among the equally close configurations decides, and says so
      ["alpha", "quiz", 60, ["maker"], "measured higher", true, 61, 1, null],
      // only a tools=python run exists: other test conditions never measure a tools=none claim
      ["alpha", "quiz", 50, ["maker"], "not measured", false, null, null, null],
      // tools=any was inferred by the curator: a run that states no tools still measures it
      ["beta", "quiz", 40, ["maker"], "measured higher", false, 41, 1, null],
    ]);
  });

  it("orders measurements closest configuration first, then nearest in value, and marks the equally close ones", () => {
    const medium = result.checks.find((c) => c.claim.value === 60);
    expect(medium?.measurements.map((m) => [m.score.value, m.closeness, m.decides])).toEqual([
      [61, { same: false, shared: 0, differing: 1 }, true],
      [65, { same: false, shared: 0, differing: 1 }, true],
      [69.9, { same: false, shared: 0, differing: 1 }, true],
      [80.9, { same: false, shared: 0, differing: 1 }, true],
      [62.5, { same: false, shared: 0, differing: 2 }, false],
    ]);
    const high = result.checks.find((c) => c.claim.value === 70);
    expect(high?.measurements.map((m) => [m.score.value, m.closeness.same, m.agrees, m.decides])).toEqual([
      [65, true, false, true],
      // 69.9 against 70.0: both to one decimal, their rounding intervals only touch, so they disagree
      [69.9, false, false, false],
      [61, false, false, false],
      [80.9, false, false, false],
      [62.5, false, false, false],
    ]);
  });

  it("tallies each model and the total", () => {
    expect(result.tallies).toEqual([
      { model: "alpha", measured: 5, confirmed: 1, lower: 2, higher: 2, notMeasured: 1 },
      { model: "beta", measured: 1, confirmed: 0, lower: 0, higher: 1, notMeasured: 0 },
    ]);
    expect(result.total).toEqual({
      model: undefined,
      measured: 6,
      confirmed: 1,
      lower: 2,
      higher: 3,
      notMeasured: 1,
    });
  });
});

describe("checkClaims: filters", () => {
  it("--source with a first-party source keeps the claims it reports", () => {
    const press = checkClaims(store, { sources: ["press"] });
    expect(press.checks.map((c) => [c.claim.benchmark, c.claim.value])).toEqual([
      ["elo", 1550],
      ["quiz", 80],
    ]);
  });

  it("--source with a third-party source keeps every claim but only that source's measurements", () => {
    const labB = checkClaims(store, { sources: ["lab-b"], benchmarks: ["quiz"], models: ["alpha"] });
    expect(labB.checks.map(facts)[0]).toEqual([
      "alpha",
      "quiz",
      80,
      ["maker", "press"],
      "measured lower",
      true,
      69.9,
      -10.1,
      null,
    ]);
    expect(labB.checks.flatMap((c) => c.measurements.map((m) => m.score.source))).not.toContain("lab-a");
  });

  it("--model, --bench and --category narrow the claims", () => {
    expect(checkClaims(store, { models: ["beta"] }).checks.map((c) => c.claim.value)).toEqual([40]);
    expect(checkClaims(store, { benchmarks: ["elo"] }).checks.map((c) => c.claim.value)).toEqual([1500, 1550]);
    expect(checkClaims(store, { category: "agentic" }).checks.map((c) => c.claim.value)).toEqual([1500, 1550]);
    expect(checkClaims(store, { category: "health" }).checks).toEqual([]);
  });
});

describe("muse claims output", () => {
  const argv = ["--registry", DIR, "claims", "--model", "alpha", "--bench", "quiz"];

  it("json: one object per claim with every measurement, the difference, verdict and reason", async () => {
    const { out, code, err } = await muse([...argv, "--json"]);
    expect([code, err]).toEqual([0, ""]);
    const doc = JSON.parse(out);
    expect(doc).toHaveLength(4);
    expect(Object.keys(doc[0])).toEqual([
      "model",
      "benchmark",
      "unit",
      "claim",
      "measurements",
      "verdict",
      "different_configuration",
      "measured_by",
      "difference",
      "standard_errors",
      "reason",
    ]);
    expect(doc[0].claim).toEqual({
      value: 80,
      decimals: 1,
      setting: {},
      inferred: [],
      source: "maker",
      source_kind: "first-party",
      published: "2026-04-01",
      stderr: null,
      ci: null,
      approx: false,
      reported_by: ["maker", "press"],
    });
    expect(doc[0].measurements[0]).toEqual({
      value: 80.9,
      decimals: 1,
      setting: {},
      inferred: [],
      source: "lab-a",
      source_kind: "third-party",
      published: "2026-04-10",
      stderr: 0.5,
      ci: null,
      approx: false,
      same_configuration: true,
      shared_keys: 0,
      differing_keys: 0,
      difference: 0.9,
      standard_errors: 1.8,
      agrees: true,
      decides: true,
    });
    expect(doc.map((c: { verdict: string; reason: string }) => [c.verdict, c.reason])).toEqual([
      [
        "confirmed",
        "lab-a measured 80.9% ±0.5 at default, the claim's configuration: it agrees with the claim within rounding and stated uncertainty",
      ],
      [
        "measured lower",
        "lab-a measured 65.0% ±1 at effort=high, the claim's configuration: 5.0 lower than the claim (5 standard errors), beyond rounding and stated uncertainty",
      ],
      [
        "measured higher",
        "lab-a measured 61.0% at effort=low, a different configuration from the claim's effort=medium: 1.0 higher than the claim, beyond rounding and stated uncertainty; of 3 other measurements as close in configuration, 0 agree with the claim",
      ],
      ["not measured", "no independent measurement of alpha on quiz under these test conditions (tools=none)"],
    ]);
  });

  it("table: a section per model, the verdict on the claim's first row, the summary line", async () => {
    const { out } = await muse(argv);
    const lines = out.split("\n");
    expect(lines[0]).toBe("Alpha (alpha)");
    expect(lines[1]).toMatch(
      /^Benchmark\s+Setting\s+Claim\s+Claimed by\s+Measured\s+Config\s+Measured by\s+Difference\s+Verdict$/,
    );
    expect(lines[2]).toMatch(
      /^Quiz\s+default\s+80\.0%\s+maker \+1 \[1\]\s+80\.9% ±0\.5\s+default\s+lab-a \[2\]\s+\+0\.9 \(1\.8 SE\)\s+confirmed$/,
    );
    expect(out).toMatch(
      /^Quiz\s+effort=medium\s+60\.0%\s+maker \[1\]\s+61\.0%\s+effort=low\s+lab-a \[2\]\s+\+1\.0\s+measured higher, at a different configuration$/m,
    );
    expect(out).toMatch(/^Quiz\s+tools=none\s+50\.0%\s+maker \[1\]\s+not measured$/m);
    expect(out).toContain("\nAlpha: 3 claims measured: 1 confirmed, 1 lower, 1 higher; 1 not measured\n");
  });

  it("csv: one row per claim and measurement, the claim repeated on each", async () => {
    const { out } = await muse([...argv, "--format", "csv"]);
    const rows = out.trim().split("\r\n");
    expect(rows[0]).toBe(CLAIMS_CSV_COLUMNS.join(","));
    expect(rows[0]).toBe(
      "model,model_name,benchmark,benchmark_name,unit,claim_value,claim_setting,claim_inferred,claim_source,reported_by," +
        "measured_value,measured_stderr,measured_setting,measured_source,difference,standard_errors,agrees,decides," +
        "verdict,different_configuration",
    );
    expect(rows.slice(1, 3)).toEqual([
      "alpha,Alpha,quiz,Quiz,percent,80.0,,,maker,maker;press,80.9,0.5,,lab-a,0.9,1.8,true,true,confirmed,false",
      "alpha,Alpha,quiz,Quiz,percent,80.0,,,maker,maker;press,69.9,,effort=xhigh,lab-b,-10.1,,false,false,confirmed,false",
    ]);
    // A claim no measurement meets has one record, blank on the measurement side.
    expect(rows).toContain("alpha,Alpha,quiz,Quiz,percent,50.0,tools=none,,maker,maker,,,,,,,,,not measured,false");
  });

  it("no claim: the table says so, JSON is [] and CSV keeps its header", async () => {
    const none = ["--registry", DIR, "claims", "--category", "health"];
    expect((await muse(none)).out).toBe("(no rows)\n\nNo claims match.\n");
    expect((await muse([...none, "--json"])).out).toBe("[]\n");
    expect((await muse([...none, "--format", "csv"])).out).toBe(`${CLAIMS_CSV_COLUMNS.join(",")}\r\n`);
  });

  it("markdown: the inferred mark is escaped and explained", async () => {
    const { out } = await muse(["--registry", DIR, "claims", "--model", "beta", "--format", "markdown"]);
    expect(out).toContain(
      "| Quiz | tools=any\\* | 40.0% | maker[^1] | 41.0% | default | lab-a[^2] | +1.0 | measured higher |",
    );
    expect(out).toContain("\\* inferred by the curator; the source does not state it.");
    expect(out).toContain("Beta: 1 claim measured: 0 confirmed, 0 lower, 1 higher; 0 not measured");
  });
});

describe("checkClaim: equally close measurements that split", () => {
  /** One maker's claim on quiz and a lab's runs of it, on the shared base records. */
  const claimAndRuns = (claim: string, runs: string) =>
    storeFromYaml(`${BASE_RECORDS}
sources:
${sourceYaml("maker", "first-party", "2026-04-01", claim)}
${sourceYaml("lab", "third-party", "2026-04-10", runs)}
`);

  it("rests on the nearest disagreeing run of the closest tier, listed first, when a nearer one agrees", () => {
    const split = claimAndRuns(
      "- { model: alpha, benchmark: quiz, value: 80.8, setting: { effort: max } }",
      [
        "- { model: alpha, benchmark: quiz, value: 78.7, stderr: 1.9, setting: { run: r1 } }",
        "- { model: alpha, benchmark: quiz, value: 75.6, stderr: 2.0, setting: { run: r2 } }",
        "- { model: alpha, benchmark: quiz, value: 90.0, setting: { run: r3, budget: 8k } }",
      ].join("\n"),
    );
    const [check] = checkClaims(split, {}).checks;
    expect(facts(check as ClaimCheck)).toEqual([
      "alpha",
      "quiz",
      80.8,
      ["maker"],
      "measured lower",
      true,
      75.6,
      -5.2,
      -2.6,
    ]);
    expect(check?.measurements.map((m) => [m.score.value, m.agrees, m.decides])).toEqual([
      [75.6, false, true],
      [78.7, true, true],
      [90, false, false],
    ]);
  });

  it("is confirmed when every measurement of the closest tier agrees", () => {
    const agreeing = claimAndRuns(
      "- { model: alpha, benchmark: quiz, value: 80.8 }",
      [
        "- { model: alpha, benchmark: quiz, value: 78.7, stderr: 1.9, setting: { run: r1 } }",
        "- { model: alpha, benchmark: quiz, value: 81.5, stderr: 1.0, setting: { run: r2 } }",
      ].join("\n"),
    );
    const [check] = checkClaims(agreeing, {}).checks;
    expect([check?.verdict, check?.deciding?.score.value]).toEqual(["confirmed", 81.5]);
  });
});

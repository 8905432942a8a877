// Output people can read: terminal width, honest precision, length, one row per model, provenance filters.
import { describe, expect, it } from "vitest";
import { displayWidth, muse, registryDir } from "./compare-helpers.js";

// Long names and settings, published with every digit, from a first-party and a third-party source.
const WIDE = registryDir(`
benchmarks:
  - { id: quiz, name: A Quiz With A Rather Long Display Name, category: reasoning, unit: percent, higher_is_better: true, description: A quiz. }
models:
  - { id: base, name: Base Model, org: Meta, default_baseline: true }
  - { id: gem, name: Gemini Ultra Deep Think Preview Extended Edition, org: Google DeepMind }
  - { id: oai, name: GPT Enormous Reasoning Model With Many Words, org: OpenAI }
  - { id: tiny, name: Tiny, org: Small Lab, note: "Not an identifiable model; recorded as printed so the figure is not lost." }
sources:
  - id: maker-launch-post-with-a-long-identifier
    title: Launch post
    publisher: The Maker
    published: "2026-04-01"
    kind: first-party
    scores:
      - { model: base, benchmark: quiz, value: 89.8, stderr: 2.2 }
      - { model: gem, benchmark: quiz, value: 90.1, setting: { effort: high, harness: an-extremely-long-harness-name-that-never-ends } }
  - id: independent-evaluation-runs-with-a-long-identifier
    title: Independent runs
    publisher: Lab
    published: "2026-04-10"
    kind: third-party
    scores:
      - { model: gem, benchmark: quiz, value: 92.6136, stderr: 1.6527 }
      - { model: gem, benchmark: quiz, value: 88.7626, stderr: 1.9363, setting: { budget: 64k } }
      - { model: oai, benchmark: quiz, value: 87.8173, stderr: 2.3363, setting: { effort: xhigh, snapshot: 2026-03-05 } }
      - { model: tiny, benchmark: quiz, value: 12.5, note: "Read off a chart; not directly comparable." }
`);
const at = (width: number, ...argv: string[]) => muse(["--registry", WIDE, "--no-color", ...argv], true, width);

describe("terminal width", () => {
  for (const width of [60, 80, 200]) {
    it(`no line is wider than ${width} columns: compare, scores, conflicts, a matrix`, async () => {
      for (const argv of [
        ["compare", "--bench", "quiz"],
        ["scores"],
        ["conflicts"],
        ["compare", "--models", "base,gem,oai,tiny"],
        ["compare", "--models", "gem,oai"],
      ]) {
        const { out, code } = await at(width, ...argv);
        expect(code).toBe(0);
        for (const line of out.split("\n"))
          expect(displayWidth(line), `${argv.join(" ")}: ${line}`).toBeLessThanOrEqual(width);
      }
    });
  }

  it("shortens Config and Source before the model's name, with …", async () => {
    const narrow = (await at(80, "compare", "--bench", "quiz")).out;
    // Source and Config are down to a few characters before the model's name gives up any.
    expect(narrow).toMatch(
      /^\s+1\s+Gemini Ultra Deep Think Pre…\s+92\.6% ±1\.7\s+\+2\.8 \[1\]\s+default\s+indep… \[2\]$/m,
    );
    expect(narrow).toMatch(/^\s+2\s+Gemini Ultra Deep Think Pre…\s+90\.1%\s+\+0\.3\s+effort=hi…\s+maker… \[3\]$/m);
    // Footnotes wrap under their mark instead of running off the screen.
    expect(narrow).toContain(
      "[2] independent-evaluation-runs-with-a-long-identifier: Lab, 2026-04-10,\n    third-party.",
    );
    const wide = (await at(200, "compare", "--bench", "quiz")).out;
    expect(wide).toContain("Gemini Ultra Deep Think Preview Extended Edition  ");
    // Only the widest shortenable cell gives up the two columns that 200 lacks.
    expect(wide).toContain("effort=high, harness=an-extremely-long-harness-name-that-never-en…");
    expect(wide).toContain("independent-evaluation-runs-with-a-long-identifier [2]");
  });

  it("piped output is not cut", async () => {
    const piped = await muse(["--registry", WIDE, "compare", "--bench", "quiz"]);
    expect(piped.out).not.toContain("…");
    expect(piped.out).toContain("independent-evaluation-runs-with-a-long-identifier [2]");
  });

  it("takes COLUMNS when the terminal does not say", async () => {
    const { run } = await import("../src/cli/main.js");
    let out = "";
    await run(["--registry", WIDE, "--no-color", "compare", "--bench", "quiz"], {
      out: (t) => {
        out += t;
      },
      err: () => {},
      env: { COLUMNS: "60" },
      cwd: "/",
      stdoutIsTTY: true,
      stderrIsTTY: true,
    });
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });
});

describe("honest precision", () => {
  it("shows a value to the place its uncertainty reaches, Δ alike; JSON keeps every digit", async () => {
    const { out } = await muse(["--registry", WIDE, "compare", "--bench", "quiz"]);
    expect(out).toMatch(/Gemini Ultra Deep Think Preview Extended Edition\s+92\.6% ±1\.7\s+\+2\.8 \[\d+\]/);
    expect(out).not.toContain("92.6136");
    const doc = JSON.parse((await muse(["--registry", WIDE, "compare", "--bench", "quiz", "--json"])).out);
    expect(doc.rows[0]).toMatchObject({ model: "gem", value: 92.6136, stderr: 1.6527, delta: 2.8136 });
  });

  it("--precision full shows every published digit", async () => {
    const { out } = await muse(["--registry", WIDE, "--precision", "full", "compare", "--bench", "quiz"]);
    expect(out).toMatch(/92\.6136% ±1\.6527\s+\+2\.8136/);
  });
});

describe("length and one row per model", () => {
  it("--limit N keeps the first N rows and the baseline's, and says how many more", async () => {
    const { out } = await muse(["--registry", WIDE, "compare", "--bench", "quiz", "--limit", "2"]);
    const rows = out.split("\n").filter((l) => /^\s+\d+\s/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/)[0])).toEqual(["1", "2", "3"]);
    expect(rows[2]).toMatch(/Base Model\s+89\.8% ±2\.2\s+base/);
    const below = (await muse(["--registry", WIDE, "compare", "--bench", "quiz", "--limit", "1"])).out;
    const kept = below.split("\n").filter((l) => /^\s+\d+\s/.test(l));
    expect(kept.map((l) => l.trim().split(/\s+/)[0])).toEqual(["1", "3"]);
    expect(below).toContain("4 more rows not shown.");
    expect(out).toContain("3 more rows not shown.");
    expect(out).toContain("Show them with --limit 0");
  });

  it("a terminal table shows a screenful by default; a pipe, JSON and --limit 0 show all", async () => {
    const doc = JSON.parse((await muse(["--registry", WIDE, "compare", "--bench", "quiz", "--json"])).out);
    expect(doc.rows).toHaveLength(6);
    const limited = JSON.parse(
      (await muse(["--registry", WIDE, "compare", "--bench", "quiz", "--json", "--limit", "1"])).out,
    );
    expect(limited.rows.map((r: { model: string }) => r.model)).toEqual(["gem", "base"]);
    expect((await muse(["--registry", WIDE, "compare", "--bench", "quiz", "--limit", "x"])).code).toBe(2);
  });

  it("scores takes --limit too, and a terminal table shows a screenful", async () => {
    const { out } = await muse(["--registry", WIDE, "scores", "--limit", "2"]);
    expect(out.split("\n\n")[0]?.split("\n")).toHaveLength(3);
    expect(out).toContain("4 more scores not shown.");
    const all = await muse(["scores", "--no-color"], true, 200);
    expect(all.out.split("\n\n")[0]?.split("\n")).toHaveLength(21);
    expect(JSON.parse((await muse(["scores", "--json"])).out).length).toBeGreaterThan(20);
  });

  it("--per-model best keeps each model's highest-scoring configuration, labelled with it", async () => {
    const doc = JSON.parse(
      (await muse(["--registry", WIDE, "compare", "--bench", "quiz", "--per-model", "best", "--json"])).out,
    );
    expect(doc.rows.map((r: { model: string; value: number; rank: number }) => [r.rank, r.model, r.value])).toEqual([
      [1, "gem", 92.6136],
      [2, "base", 89.8],
      [3, "oai", 87.8173],
      [4, "tiny", 12.5],
    ]);
  });
});

describe("provenance filters", () => {
  const models = async (...argv: string[]) =>
    (JSON.parse((await muse(["--registry", WIDE, ...argv, "--json"])).out) as { model: string }[]).map((r) => r.model);

  it("--source-kind, --source and --org narrow scores", async () => {
    expect(await models("scores", "--source-kind", "first-party")).toEqual(["base", "gem"]);
    expect(await models("scores", "--org", "google")).toEqual(["gem", "gem", "gem"]);
    expect(await models("scores", "--org", "deepmind", "--source-kind", "third-party")).toEqual(["gem", "gem"]);
    expect(await models("scores", "--org", "small lab")).toEqual(["tiny"]);
    expect(await models("scores", "--org", "lab")).toEqual(["tiny"]);
    expect(await models("scores", "--org", "goo dee")).toEqual(["gem", "gem", "gem"]);
    expect(await models("scores", "--org", "deepmind google")).toEqual([]);
    expect(await models("scores", "--source", "maker-launch-post-with-a-long-identifier")).toEqual(["base", "gem"]);
  });

  it("compare ranks only what the filters keep: who leads on independent measurements", async () => {
    const doc = JSON.parse(
      (await muse(["--registry", WIDE, "compare", "--bench", "quiz", "--source-kind", "third-party", "--json"])).out,
    );
    expect(doc.rows.map((r: { model: string }) => r.model)).toEqual(["gem", "gem", "oai", "tiny"]);
    expect(doc.groups[0].baseline_reason).toBe("leader");
  });

  it("an unknown --source is a usage error with a suggestion", async () => {
    const r = await muse(["--registry", WIDE, "conflicts", "--source", "maker-launch"]);
    expect(r.code).toBe(2);
  });
});

describe("caveats", () => {
  it("a row whose model or score has a note gets a mark and the note below; JSON rows carry notes", async () => {
    const { out } = await muse(["--registry", WIDE, "compare", "--bench", "quiz"]);
    const mark = /Tiny \[(\d+)\]\s+12\.5% \[(\d+)\]/.exec(out);
    expect(mark).not.toBeNull();
    expect(out).toContain(`[${mark?.[1]}] Tiny: Not an identifiable model; recorded as printed`);
    expect(out).toContain(
      `[${mark?.[2]}] Tiny on A Quiz With A Rather Long Display Name: Read off a chart; not directly comparable.`,
    );
    const doc = JSON.parse((await muse(["--registry", WIDE, "compare", "--bench", "quiz", "--json"])).out);
    expect(doc.rows.at(-1).notes).toEqual([
      { about: "model", text: "Not an identifiable model; recorded as printed so the figure is not lost." },
      { about: "score", text: "Read off a chart; not directly comparable." },
    ]);
  });
});

describe("markdown --sources column on a matrix", () => {
  it("keeps citing sources as plain notes where there is no Source column", async () => {
    const { out } = await muse([
      "--sources",
      "column",
      "compare",
      "--models",
      "muse-spark,gpt-5.4,grok-4.5",
      "--category",
      "health",
      "--format",
      "markdown",
    ]);
    expect(out).not.toContain("[^");
    expect(out).toMatch(
      /^- \\\[\d+\\\] eigent-muse-spark: Eigent, 2026-04-09, repeats figures by Meta \(first-party\)\.$/m,
    );
  });
});

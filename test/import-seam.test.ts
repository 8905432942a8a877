// The importer seam: `muse import` offers one command per registered importer, each with its own
// argument, options, examples and help, taken from the importer's declaration.
import { describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/main.js";
import { IMPORTERS } from "../src/import/importers.js";
import { runMuse } from "./helpers/run-muse.js";

describe("muse import", () => {
  it("lists every registered importer, in registration order", async () => {
    expect(IMPORTERS.map((i) => i.name)).toEqual(["epoch", "lm-eval", "inspect", "eee", "hf"]);
    const r = await runMuse(["import", "--help"]);
    expect(r.code).toBe(EXIT.ok);
    const commands = [...r.out.matchAll(/^ {2}([a-z-]+) \[options\] (<[a-z.]+>)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(commands).toEqual([
      "epoch <dir>",
      "lm-eval <files...>",
      "inspect <files...>",
      "eee <files...>",
      "hf <files...>",
    ]);
  });

  it.each(IMPORTERS.map((i) => [i.name, i] as const))(
    "gives `%s` its options, examples and notes",
    async (name, importer) => {
      const r = await runMuse(["import", name, "--help"]);
      expect(r.code).toBe(EXIT.ok);
      for (const option of [...importer.options.map((o) => o.flags), "--out <dir>", "--force"])
        expect(r.out).toContain(option);
      for (const example of importer.examples) expect(r.out).toContain(`$ ${example}`);
      expect(r.out).toContain(importer.summary);
    },
  );

  it("refuses an importer it does not have", async () => {
    const r = await runMuse(["import", "helm", "x", "--out", "y"]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain("unknown command 'helm'");
  });
});

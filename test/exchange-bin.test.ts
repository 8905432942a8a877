// The built binary (`npm test` builds it first) checks Every Eval Ever records with the schemas bundled into it:
// its exit codes for a record that breaks its schema and for one that passes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "./helpers/run-muse.js";

const work = mkdtempSync(join(tmpdir(), "muse-exchange-bin-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function muse(argv: readonly string[]) {
  const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: work, LANG: "C.UTF-8" };
  const r = spawnSync(process.execPath, [join(REPO, "bin", "muse.cjs"), ...argv], { cwd: REPO, env, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("muse import eee, built", () => {
  it("exits 65 for a record that breaks its schema, naming the schema path, and writes nothing", () => {
    const out = join(work, "broken");
    const r = muse(["import", "eee", "test/fixtures/eee/broken.json", "--out", out]);
    expect(r.code).toBe(65);
    expect(r.err).toContain(
      "test/fixtures/eee/broken.json: at /source_metadata/evaluator_relationship: must be equal to one of the allowed values (schema 0.3.0 #/properties/source_metadata/properties/evaluator_relationship/enum)",
    );
    expect(existsSync(out)).toBe(false);
  });

  it("exits 0 for a valid record", () => {
    const r = muse(["import", "eee", "test/fixtures/eee/agentic.json", "--out", join(work, "ok"), "--json"]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).totals.imported).toBe(2);
  });
});

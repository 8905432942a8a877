// The parse cache the build seeds for the bundled layers (dist/seed-cache/parsed, scripts/build.mjs): a first run
// after install parses nothing, and what it answers (from the linked snapshot of the default layers) is exactly
// what a fresh parse gives. Binary test: the seed
// is keyed by the build's fingerprint, which only the built bundle carries.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "./helpers/run-muse.js";

const BIN = join(REPO, "bin", "muse.cjs");
const work = mkdtempSync(join(tmpdir(), "muse-seed-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function muse(args: string[], cacheHome: string) {
  const env = { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: cacheHome, XDG_DATA_HOME: join(work, "no-data") };
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: "utf8", maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the seeded parse cache of the bundled layers", () => {
  it("is in dist/ (npm test builds first), with the linked snapshot of the two layers together", () => {
    const names = readdirSync(join(REPO, "dist", "seed-cache", "parsed"));
    expect(names.filter((f) => f.endsWith(".jsonl"))).toHaveLength(2);
    expect(names.filter((f) => f.endsWith(".linked.json"))).toHaveLength(1);
  });

  it("answers a first run exactly as a fresh parse does, and covers every bundled file", () => {
    const seeded = muse(["scores", "--json"], join(work, "first-run"));
    const fresh = muse(["--no-cache", "scores", "--json"], join(work, "unused"));
    expect(seeded.code, seeded.err).toBe(0);
    expect(fresh.code, fresh.err).toBe(0);
    expect(JSON.parse(seeded.out)).toEqual(JSON.parse(fresh.out));
    expect(JSON.parse(seeded.out).length).toBeGreaterThan(3000);
    // Every file came from the seed: nothing was parsed, so the user's parse cache was never written (a layer stamp
    // of the bundled files may be: src/core/cache/layer-stamp.ts).
    const parsed = join(work, "first-run", "muse", "parsed");
    const written = existsSync(parsed) ? readdirSync(parsed) : [];
    expect(written.filter((name) => !name.endsWith(".stamp"))).toEqual([]);
  });
});

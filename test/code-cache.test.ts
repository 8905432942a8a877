// V8's code cache (src/cli/code-cache.ts) must only ever make muse start faster: a cache that is damaged, from
// another build or from another V8 is never handed to V8 (which does not check the bytes and can crash on
// them), and --no-cache writes none. Run against the built binary (`npm test` builds it first).
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { codeCacheFile, readCodeCache, writeCodeCache } from "../src/cli/code-cache.js";
import { REPO } from "./helpers/run-muse.js";

const BIN = join(REPO, "bin", "muse.cjs");
const uid = process.getuid?.();
let cacheHome: string;

beforeAll(() => {
  if (!existsSync(join(REPO, "dist", "muse.cjs"))) throw new Error("dist/muse.cjs is missing: run `npm run build`");
});
beforeEach(() => {
  cacheHome = mkdtempSync(join(tmpdir(), "muse-code-cache-"));
});
afterEach(() => rmSync(cacheHome, { recursive: true, force: true }));

function muse(...argv: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    env: { PATH: process.env.PATH, HOME: cacheHome, XDG_CACHE_HOME: cacheHome },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const v8Dir = () => join(cacheHome, "muse", "v8");
const cacheFiles = () => (existsSync(v8Dir()) ? readdirSync(v8Dir()).filter((f) => f.endsWith(".bin")) : []);
const stageOf = (file: string) => readFileSync(join(v8Dir(), file), "latin1").split("\n", 1)[0]?.split(" ")[4];

describe("the code cache of the built program", () => {
  const argv = ["compare", "--bench", "arc-agi-2", "--json"];

  it("is made provisional by the first run, final by the second, then used; the output never changes", () => {
    const first = muse(...argv);
    expect(first.code).toBe(0);
    expect(cacheFiles()).toHaveLength(1);
    const [file] = cacheFiles() as [string];
    expect(file).toMatch(/-compare-/);
    expect(stageOf(file)).toBe("provisional");
    expect(muse(...argv).out).toBe(first.out);
    expect(stageOf(file)).toBe("final");
    const made = readFileSync(join(v8Dir(), file));
    expect(muse(...argv).out).toBe(first.out);
    expect(readFileSync(join(v8Dir(), file)).equals(made)).toBe(true); // used, not made again
  });

  it("ignores and remakes a damaged cache instead of handing it to V8", () => {
    const good = muse(...argv);
    muse(...argv);
    const [file] = cacheFiles() as [string];
    const path = join(v8Dir(), file);
    const bytes = readFileSync(path);
    const dataStart = bytes.indexOf(10) + 1;
    // Bytes V8 itself would accept, or crash on: the checksum catches every one.
    for (const offset of [24, 32, 100, 5000, bytes.length - dataStart - 1]) {
      const damaged = Buffer.from(bytes);
      damaged[dataStart + offset] = (damaged[dataStart + offset] as number) ^ 0xff;
      writeFileSync(path, damaged);
      const run = muse(...argv);
      expect(run.code, `damage at ${offset}`).toBe(0);
      expect(run.out).toBe(good.out);
      expect(readCodeCache(path, file.split("-")[0] as string, uid)).toBeDefined(); // made again
    }
    writeFileSync(path, "not a cache");
    expect(muse(...argv).out).toBe(good.out);
  });

  it("writes no code cache with --no-cache", () => {
    expect(muse("--no-cache", ...argv).code).toBe(0);
    expect(existsSync(v8Dir())).toBe(false);
  });

  it("removes caches of other builds not written for two weeks when it makes one", () => {
    const old = join(v8Dir(), "0123456789abcdef0123-compare-v0.0.0-x64.bin");
    const recent = join(v8Dir(), "3210fedcba9876543210-compare-v0.0.0-x64.bin");
    muse("--version");
    writeFileSync(old, "an old build's cache");
    writeFileSync(recent, "another version's cache, in use");
    const monthAgo = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    utimesSync(old, monthAgo, monthAgo);
    muse(...argv);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });

  it("uses no code cache through a link planted at v8, and deletes nothing in the link's target", () => {
    const target = join(cacheHome, "victim");
    mkdirSync(target);
    const names = ["notes.txt", "0123456789abcdef0123-compare-v20.0.0-x64.bin"];
    const monthAgo = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    for (const name of names) {
      writeFileSync(join(target, name), "someone else's file");
      utimesSync(join(target, name), monthAgo, monthAgo);
    }
    mkdirSync(join(cacheHome, "muse"), { mode: 0o700 });
    symlinkSync(target, v8Dir());
    const first = muse(...argv);
    expect(first.code).toBe(0);
    expect(muse(...argv).out).toBe(first.out);
    expect(readdirSync(target).sort()).toEqual([...names].sort());
  });

  it("gives the bundles beside the program (zod, the YAML parser) caches of their own, kept as this build's", () => {
    const first = muse("schema");
    expect(first.code).toBe(0);
    expect(muse("schema").out).toBe(first.out);
    const files = cacheFiles().filter((f) => f.includes("-schema-"));
    expect(new Set(files.map((f) => f.split("-")[0])).size).toBe(2); // the program's, zod's
    expect(files.map(stageOf)).toEqual(["final", "final"]);
    expect(muse("schema").out).toBe(first.out);
    // A month old, they are still this build's: a run that makes a cache (and prunes) keeps them.
    const monthAgo = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    for (const f of files) utimesSync(join(v8Dir(), f), monthAgo, monthAgo);
    muse("--version");
    expect(cacheFiles().filter((f) => f.includes("-schema-"))).toEqual(files);
  });

  it("keeps one cache per command name", () => {
    muse("--version");
    muse(...argv);
    expect(
      cacheFiles()
        .map((f) => f.split("-")[1])
        .sort(),
    ).toEqual(["compare", "none"]);
  });
});

describe("code cache files", () => {
  it("are used only for the same bundle and V8 and with an intact checksum", () => {
    const file = codeCacheFile(cacheHome, "bundle1", "compare");
    const data = Buffer.from("some bytes V8 made");
    writeCodeCache(file, "bundle1", data, true);
    expect(readCodeCache(file, "bundle1", uid)).toEqual({ data, final: true });
    expect(readCodeCache(file, "bundle2", uid)).toBeUndefined();
    const text = readFileSync(file, "latin1");
    writeFileSync(file, text.replace(process.versions.v8, "0.0.0"), "latin1");
    expect(readCodeCache(file, "bundle1", uid)).toBeUndefined();
    writeFileSync(file, text.replace("some bytes", "Some bytes"), "latin1");
    expect(readCodeCache(file, "bundle1", uid)).toBeUndefined();
    expect(readCodeCache(join(cacheHome, "missing.bin"), "bundle1", uid)).toBeUndefined();
  });

  it("are named by bundle, command, Node version and architecture, with odd command text made safe", () => {
    expect(codeCacheFile("/c", "abc", "compare")).toBe(`/c/abc-compare-${process.version}-${process.arch}.bin`);
    expect(codeCacheFile("/c", "abc", "../x")).not.toContain("/../");
  });
});

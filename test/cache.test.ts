// The parse cache must never change an answer: an edit is seen, a corrupt or unreadable cache is ignored and
// rebuilt, two registries never share entries, and --no-cache reads and writes nothing.

import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { museCacheDir } from "../src/cli/cache-dir.js";
import {
  cachedFile,
  cacheKey,
  openRegistryCache,
  registryCacheFile,
  rememberFile,
  saveRegistryCache,
} from "../src/core/cache/parse-cache.js";
import { RegistryError } from "../src/core/errors.js";
import { type LoadOptions, loadRegistry } from "../src/core/load/load-registry.js";
import { parseRegistryText } from "../src/core/load/parse-file.js";
import { fixture, runMuse } from "./helpers/run-muse.js";

let work: string;
let cacheDir: string;
let registry: string;
const file = () => join(registry, "registry.yaml");
const pack = (dir = registry, root = cacheDir) => registryCacheFile(root, dir);

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "muse-cache-test-"));
  cacheDir = join(work, "cache");
  registry = join(work, "registry");
  cpSync(fixture("valid"), registry, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The paths a registry's cache holds entries for. */
const cachedPaths = (dir = registry, root = cacheDir) => [...openRegistryCache(root, dir).entries.keys()];

/** The value of muse-spark on arc-agi-2 in a loaded registry. */
async function museSparkArc(options: LoadOptions, dirs = [registry]): Promise<number | undefined> {
  const r = await loadRegistry(dirs, options);
  return r.scores.find((s) => s.model === "muse-spark" && s.benchmark === "arc-agi-2")?.value;
}

/** Puts records parsed from `text` into the cache as the entry for the registry file's current bytes. */
function plant(text: string, key = cacheKey(readFileSync(file())), root = cacheDir): void {
  const parsed = parseRegistryText(file(), text);
  if (!parsed.ok) throw new Error("planted text should be valid");
  const cache = openRegistryCache(root, registry);
  rememberFile(cache, parsed.file, key);
  saveRegistryCache(cache, [file()]);
}

describe("the parse cache", () => {
  it("keeps one entry per file; a second load reads it, gives the same records and rewrites nothing", async () => {
    const fresh = await loadRegistry([registry]);
    const first = await loadRegistry([registry], { cacheDir });
    expect(cachedPaths()).toEqual([file()]);
    const written = statSync(pack()).mtimeMs;
    const second = await loadRegistry([registry], { cacheDir });
    expect(statSync(pack()).mtimeMs).toBe(written);
    expect(first).toStrictEqual(fresh);
    expect(second).toStrictEqual(fresh);
  });

  it("serves records from the cache when the file is unchanged (the entry is what is read)", async () => {
    await loadRegistry([registry], { cacheDir });
    // A different, well-formed entry under the right key: if it is used, the cache is really read.
    plant(readFileSync(file(), "utf8").replace("value: 42.5", "value: 41.5"));
    expect(await museSparkArc({ cacheDir })).toBe(41.5);
    expect(await museSparkArc({})).toBe(42.5);
  });

  it("sees an edit at once, even one that keeps the size and modification time", async () => {
    expect(await museSparkArc({ cacheDir })).toBe(42.5);
    const before = statSync(file());
    writeFileSync(file(), readFileSync(file(), "utf8").replace("value: 42.5", "value: 24.5"));
    utimesSync(file(), before.atime, before.mtime);
    expect(statSync(file()).size).toBe(before.size);
    expect(await museSparkArc({ cacheDir })).toBe(24.5);
    expect(cachedPaths()).toEqual([file()]); // the edit replaced the file's entry
  });

  it("reports a file that became invalid after it was cached, at file:line:col", async () => {
    await loadRegistry([registry], { cacheDir });
    const text = readFileSync(file(), "utf8");
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes("value: 42.5"));
    const col = (lines[line] as string).indexOf("42.5") + 1;
    writeFileSync(file(), text.replace("value: 42.5", "value: high"));
    const error = await loadRegistry([registry], { cacheDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).problems).toEqual([expect.objectContaining({ file: file(), line: line + 1, col })]);
  });

  /** Replaces an entry's body and fixes its checksum, so that only the shape check can catch it. */
  const reshaped = (text: string) => {
    const [format, entry] = text.split("\n") as [string, string];
    const tab = entry.indexOf("\t");
    const head = JSON.parse(entry.slice(0, tab)) as { path: string; key: string };
    const body = JSON.stringify({ path: head.path, sources: "not a list" });
    const sum = createHash("sha1").update(body).digest("hex");
    return `${format}\n${JSON.stringify({ ...head, sum })}\t${body}\n`;
  };

  it.each([
    ["truncated", (text: string) => text.slice(0, text.length >> 1)],
    ["empty", () => ""],
    ["not text", () => "\u0000\u0001garbage{{{"],
    ["from another format", (text: string) => text.replace("muse parse cache 2", "muse parse cache 0")],
    ["a changed body (its checksum no longer holds)", (text: string) => text.replace("42.5", "99.5")],
    ["an entry for another key", (text: string) => text.replace(/"key":"[^"]*"/, '"key":"other"')],
    ["an entry for another path", (text: string) => text.replace(/"path":"[^"]*"/, '"path":"/elsewhere.yaml"')],
    ["a damaged entry line", (text: string) => text.replace("\t", " ")],
    ["records of the wrong shape under a valid checksum", reshaped],
  ])("ignores and rebuilds a corrupt cache: %s", async (_, corrupt) => {
    await loadRegistry([registry], { cacheDir });
    const good = readFileSync(pack(), "utf8");
    writeFileSync(pack(), corrupt(good));
    expect(await museSparkArc({ cacheDir })).toBe(42.5);
    expect(readFileSync(pack(), "utf8")).toBe(good); // rebuilt
  });

  it("works, caching nothing, when the cache cannot be read or written", async () => {
    mkdirSync(pack(), { recursive: true }); // a directory where the cache file should be
    expect(await museSparkArc({ cacheDir })).toBe(42.5);
    const notADir = join(work, "plain-file");
    writeFileSync(notADir, "x");
    expect(await museSparkArc({ cacheDir: notADir })).toBe(42.5);
    expect(readFileSync(notADir, "utf8")).toBe("x");
  });

  it("never uses an entry written by another build (another fingerprint)", async () => {
    const key = cacheKey(readFileSync(file()));
    plant(
      readFileSync(file(), "utf8").replace("value: 42.5", "value: 41.5"),
      `another-build${key.slice(key.indexOf(":"))}`,
    );
    expect(cachedFile(openRegistryCache(cacheDir, registry), file(), key)).toBeUndefined();
    expect(await museSparkArc({ cacheDir })).toBe(42.5);
  });

  it("keeps two registries apart, even when their files are byte for byte the same", async () => {
    const twin = join(work, "twin");
    cpSync(registry, twin, { recursive: true });
    const a = await loadRegistry([registry], { cacheDir });
    const b = await loadRegistry([twin], { cacheDir });
    expect(pack(registry)).not.toBe(pack(twin));
    expect(cachedPaths(registry)).toEqual([file()]);
    expect(cachedPaths(twin)).toEqual([join(twin, "registry.yaml")]);
    // Every record says where it is written: in its own registry, never in the twin.
    for (const s of a.scores) expect(s.origin.file.startsWith(registry)).toBe(true);
    for (const s of b.scores) expect(s.origin.file.startsWith(twin)).toBe(true);
    expect(await loadRegistry([twin], { cacheDir })).toStrictEqual(b);
    // An edit to one registry is not seen in the other.
    writeFileSync(join(twin, "registry.yaml"), readFileSync(file(), "utf8").replace("value: 42.5", "value: 1.5"));
    expect(await museSparkArc({ cacheDir }, [twin])).toBe(1.5);
    expect(await museSparkArc({ cacheDir })).toBe(42.5);
  });

  it("parses only the edited file, and drops the entry of a file that left the registry", async () => {
    const extra = join(registry, "extra.yaml");
    writeFileSync(extra, "models:\n  - { id: extra-model, name: Extra, org: X }\n");
    await loadRegistry([registry], { cacheDir });
    expect(cachedPaths().sort()).toEqual([extra, file()].sort());
    // With the entry of registry.yaml planted, an edit to extra.yaml leaves registry.yaml's entry in use.
    plant(readFileSync(file(), "utf8").replace("value: 42.5", "value: 41.5"));
    writeFileSync(extra, "models:\n  - { id: extra-model, name: Extra Two, org: X }\n");
    const r = await loadRegistry([registry], { cacheDir });
    expect(r.models.get("extra-model")?.name).toBe("Extra Two");
    expect(r.scores.find((s) => s.model === "muse-spark" && s.benchmark === "arc-agi-2")?.value).toBe(41.5);
    rmSync(extra);
    await loadRegistry([registry], { cacheDir });
    expect(cachedPaths()).toEqual([file()]);
  });

  it("does not cache a file holding -0 (JSON would make it 0), and still reads it right", async () => {
    writeFileSync(file(), readFileSync(file(), "utf8").replace("value: 42.5", "value: -0"));
    expect(Object.is(await museSparkArc({ cacheDir }), -0)).toBe(true);
    expect(cachedPaths()).toEqual([]);
  });
});

describe("muse and the cache directory", () => {
  it("uses $XDG_CACHE_HOME/muse, else ~/.cache/muse; a relative XDG_CACHE_HOME is ignored", () => {
    expect(museCacheDir({ XDG_CACHE_HOME: "/x/cache", HOME: "/home/u" })).toBe("/x/cache/muse");
    expect(museCacheDir({ XDG_CACHE_HOME: "relative", HOME: "/home/u" })).toBe("/home/u/.cache/muse");
    expect(museCacheDir({ HOME: "/home/u" })).toBe("/home/u/.cache/muse");
  });

  it("caches by default, and --no-cache reads and writes nothing", async () => {
    const env = { XDG_CACHE_HOME: cacheDir, HOME: work };
    const argv = ["--registry", registry, "scores", "--bench", "arc-agi-2", "--json"];
    const off = await runMuse(["--no-cache", ...argv], { env });
    expect(off.code).toBe(0);
    expect(existsSync(cacheDir)).toBe(false);
    expect(existsSync(join(work, ".cache"))).toBe(false);
    const on = await runMuse(argv, { env });
    expect(on.out).toBe(off.out);
    const muse = join(cacheDir, "muse", "parsed");
    expect(cachedPaths(registry, muse)).toEqual([file()]);
    // With a wrong value planted in the cache, --no-cache still answers from the files.
    plant(readFileSync(file(), "utf8").replace("value: 42.5", "value: 41.5"), undefined, muse);
    expect((await runMuse(argv, { env })).out).toContain("41.5");
    expect((await runMuse(["--no-cache", ...argv], { env })).out).toBe(off.out);
  });
});

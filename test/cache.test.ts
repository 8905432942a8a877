// The parse cache must never change an answer: an edit is seen, a corrupt or unreadable cache is ignored and
// rebuilt, two registries never share entries, and --no-cache reads and writes nothing.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
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
import { cacheKey, readCachedFile, registryCacheDir, writeCachedFile } from "../src/core/cache/parse-cache.js";
import { RegistryError } from "../src/core/errors.js";
import { type LoadOptions, loadRegistry } from "../src/core/load/load-registry.js";
import { parseRegistryText } from "../src/core/load/parse-file.js";
import { fixture, runMuse } from "./helpers/run-muse.js";

let work: string;
let cacheDir: string;
let registry: string;
const file = () => join(registry, "registry.yaml");

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "muse-cache-test-"));
  cacheDir = join(work, "cache");
  registry = join(work, "registry");
  cpSync(fixture("valid"), registry, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Every entry file under a cache directory. */
function entries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The value of muse-spark on arc-agi-2 in a loaded registry. */
async function museSparkArc(options: LoadOptions, dirs = [registry]): Promise<number | undefined> {
  const r = await loadRegistry(dirs, options);
  return r.scores.find((s) => s.model === "muse-spark" && s.benchmark === "arc-agi-2")?.value;
}

describe("the parse cache", () => {
  it("writes one entry per file, and a second load gives the very same records", async () => {
    const fresh = await loadRegistry([registry]);
    const first = await loadRegistry([registry], { cacheDir });
    expect(entries(cacheDir)).toHaveLength(1);
    const entry = readFileSync(entries(cacheDir)[0] as string, "utf8");
    const second = await loadRegistry([registry], { cacheDir });
    expect(readFileSync(entries(cacheDir)[0] as string, "utf8")).toBe(entry); // read, not rewritten
    expect(first).toStrictEqual(fresh);
    expect(second).toStrictEqual(fresh);
  });

  it("serves records from the cache when the file is unchanged (the entry is what is read)", async () => {
    await loadRegistry([registry], { cacheDir });
    const [path] = entries(cacheDir);
    // Plant a different, well-formed entry under the right key: if it is used, the cache is really read.
    const bytes = readFileSync(file());
    const planted = parseRegistryText(file(), readFileSync(file(), "utf8").replace("value: 42.5", "value: 41.5"));
    if (!planted.ok) throw new Error("planted text should be valid");
    rmSync(path as string);
    await writeCachedFile(registryCacheDir(cacheDir, registry), planted.file, cacheKey(bytes));
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
    expect(entries(cacheDir)).toHaveLength(1); // the edit replaced the file's entry
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

  it.each([
    ["truncated", (text: string) => text.slice(0, text.length >> 1)],
    ["empty", () => ""],
    ["not JSON", () => "\u0000\u0001garbage{{{"],
    ["a changed body (checksum no longer holds)", (text: string) => text.replace("42.5", "99.5")],
    ["a header for another key", (text: string) => text.replace(/"key":"[^"]*"/, '"key":"other"')],
    ["a header for another path", (text: string) => text.replace(/"path":"[^"]*"/, '"path":"/elsewhere.yaml"')],
    ["valid JSON of the wrong shape", () => `${JSON.stringify({ key: "x", path: "y", sum: "z" })}\n[]`],
  ])("ignores and rebuilds a corrupt entry: %s", async (_, corrupt) => {
    await loadRegistry([registry], { cacheDir });
    const [path] = entries(cacheDir) as [string];
    const good = readFileSync(path, "utf8");
    writeFileSync(path, corrupt(good));
    expect(await museSparkArc({ cacheDir })).toBe(42.5);
    expect(readFileSync(path, "utf8")).toBe(good); // rebuilt
  });

  it("works, caching nothing, when an entry is a directory or the cache directory is a file", async () => {
    await loadRegistry([registry], { cacheDir });
    const [path] = entries(cacheDir) as [string];
    rmSync(path);
    mkdirSync(path);
    expect(await museSparkArc({ cacheDir })).toBe(42.5);
    const notADir = join(work, "plain-file");
    writeFileSync(notADir, "x");
    expect(await museSparkArc({ cacheDir: notADir })).toBe(42.5);
    expect(readFileSync(notADir, "utf8")).toBe("x");
  });

  it("never uses an entry written by another build (another fingerprint)", async () => {
    const folder = registryCacheDir(cacheDir, registry);
    const parsed = parseRegistryText(file(), readFileSync(file(), "utf8").replace("value: 42.5", "value: 41.5"));
    if (!parsed.ok) throw new Error("should be valid");
    const key = cacheKey(readFileSync(file()));
    await writeCachedFile(folder, parsed.file, `another-build${key.slice(key.indexOf(":"))}`);
    expect(await readCachedFile(folder, file(), key)).toBeUndefined();
    expect(await museSparkArc({ cacheDir })).toBe(42.5);
  });

  it("keeps two registries apart, even when their files are byte for byte the same", async () => {
    const twin = join(work, "twin");
    cpSync(registry, twin, { recursive: true });
    const a = await loadRegistry([registry], { cacheDir });
    const b = await loadRegistry([twin], { cacheDir });
    expect(registryCacheDir(cacheDir, registry)).not.toBe(registryCacheDir(cacheDir, twin));
    expect(entries(cacheDir)).toHaveLength(2);
    // Every record says where it is written: in its own registry, never in the twin.
    for (const s of a.scores) expect(s.origin.file.startsWith(registry)).toBe(true);
    for (const s of b.scores) expect(s.origin.file.startsWith(twin)).toBe(true);
    const again = await loadRegistry([twin], { cacheDir });
    expect(again).toStrictEqual(b);
    // An edit to one registry is not seen in the other.
    writeFileSync(join(twin, "registry.yaml"), readFileSync(file(), "utf8").replace("value: 42.5", "value: 1.5"));
    expect(await museSparkArc({ cacheDir }, [twin])).toBe(1.5);
    expect(await museSparkArc({ cacheDir })).toBe(42.5);
  });

  it("drops the entry of a file that left the registry", async () => {
    writeFileSync(join(registry, "extra.yaml"), "models:\n  - { id: extra-model, name: Extra, org: X }\n");
    await loadRegistry([registry], { cacheDir });
    expect(entries(cacheDir)).toHaveLength(2);
    rmSync(join(registry, "extra.yaml"));
    writeFileSync(file(), `${readFileSync(file(), "utf8")}# edited\n`); // a change, so the registry is re-read
    await loadRegistry([registry], { cacheDir });
    expect(entries(cacheDir)).toHaveLength(1);
  });

  it("does not cache a file holding -0 (JSON would make it 0), and still reads it right", async () => {
    writeFileSync(file(), readFileSync(file(), "utf8").replace("value: 42.5", "value: -0"));
    expect(Object.is(await museSparkArc({ cacheDir }), -0)).toBe(true);
    expect(entries(cacheDir)).toHaveLength(0);
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
    expect(entries(join(cacheDir, "muse"))).toHaveLength(1);
    // With the cache planted with a wrong value, --no-cache still answers from the files.
    const [path] = entries(join(cacheDir, "muse")) as [string];
    const folder = join(path, "..");
    const bytes = readFileSync(file());
    const planted = parseRegistryText(file(), readFileSync(file(), "utf8").replace("value: 42.5", "value: 41.5"));
    if (!planted.ok) throw new Error("should be valid");
    await writeCachedFile(folder, planted.file, cacheKey(bytes));
    expect((await runMuse(argv, { env })).out).toContain("41.5");
    expect((await runMuse(["--no-cache", ...argv], { env })).out).toBe(off.out);
  });
});

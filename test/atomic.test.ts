// Nothing half-written: a child process writing a registry directory with the atomic writer that `muse import`
// uses (src/cli/write-atomic.ts) is SIGKILLed mid-write; the old state must be whole and nothing new visible.
import { type ChildProcess, spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverRegistryFiles } from "../src/core/load/discover.js";
import { REPO } from "./helpers/run-muse.js";

// The child: writes `count` files of `size` bytes each into `target` with writeDirectoryAtomic (with --force).
const CHILD_SOURCE = `
import { writeDirectoryAtomic } from ${JSON.stringify(join(REPO, "src", "cli", "write-atomic.ts"))};
const [target, count, size] = process.argv.slice(2);
const text = "# ".concat("x".repeat(Number(size) - 3), "\\n");
const files = Array.from({ length: Number(count) }, (_, i) => ({ path: \`sources/file-\${i}.yaml\`, text }));
await writeDirectoryAtomic(target, files, { force: true });
process.stdout.write("done\\n");
`;

let work: string;
let child: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "muse-atomic-"));
  const entry = join(work, "child.ts");
  writeFileSync(entry, CHILD_SOURCE);
  child = join(work, "child.mjs");
  await build({
    entryPoints: [entry],
    outfile: child,
    bundle: true,
    platform: "node",
    format: "esm",
    // the loader's YAML library requires node built-ins, which an ES module bundle can only do through this
    banner: {
      js: 'import { createRequire as bannerRequire } from "node:module"; const require = bannerRequire(import.meta.url);',
    },
    logLevel: "error",
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The old registry: three small files whose exact content the test knows. */
function oldRegistry(dir: string): Record<string, string> {
  const files = {
    "benchmarks.yaml": "benchmarks: []\n",
    "models.yaml": "models: []\n",
    "sources/old.yaml": "sources: []\n# the old state\n",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return files;
}

/** Every file under a directory with its content, by relative path; muse's own lock and marker files aside. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === ".muse-lock" || entry.name === ".muse-registry") continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = readFileSync(path, "utf8");
  }
  return out;
}

/** The writer's temporary directories beside `target`. */
function temporaries(target: string): string[] {
  const parent = join(target, "..");
  const base = target.slice(parent.length + 1);
  return readdirSync(parent)
    .filter((name) => name.startsWith(`.${base}.muse-tmp-`) || name.startsWith(`.${base}.muse-old-`))
    .map((name) => join(parent, name));
}

/** Bytes written so far into the temporary directories. */
function bytesInTemporaries(target: string): number {
  let total = 0;
  for (const dir of temporaries(target)) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
    }
  }
  return total;
}

/** Starts the writer, waits until it has written `threshold` bytes, and kills it with SIGKILL. */
async function killMidWrite(target: string, count: number, size: number, threshold: number): Promise<number> {
  const proc: ChildProcess = spawn(process.execPath, [child, target, String(count), String(size)], { stdio: "pipe" });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on("exit", (_code, signal) => resolve(signal)));
  let finished = false;
  proc.stdout?.on("data", () => {
    finished = true;
  });
  for (;;) {
    const written = bytesInTemporaries(target);
    if (written >= threshold || finished) break;
    await new Promise((r) => setTimeout(r, 2));
  }
  proc.kill("SIGKILL");
  const signal = await exited;
  expect(finished, "the writer finished before it could be killed: make the test's write bigger").toBe(false);
  expect(signal).toBe("SIGKILL");
  return bytesInTemporaries(target);
}

describe("atomic directory writes", () => {
  it("a run killed while writing many files leaves the old registry whole", async () => {
    const target = join(work, "many", "registry");
    const old = oldRegistry(target);
    const written = await killMidWrite(target, 400, 256 * 1024, 1024 * 1024);
    // It really was mid-write: some, not all, of the new bytes were on disk when it died.
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(400 * 256 * 1024);
    expect(snapshot(target)).toEqual(old);
    // The half-written temporary directory is left beside it, hidden: loading the parent as a registry skips it.
    const parent = join(target, "..");
    expect(temporaries(target).length).toBeGreaterThan(0);
    const found = await discoverRegistryFiles(parent);
    expect(found.map((f) => f.slice(parent.length + 1)).sort()).toEqual(
      Object.keys(old)
        .map((f) => `registry/${f}`)
        .sort(),
    );
  });

  it("a run killed while writing one big file leaves the old registry whole", async () => {
    const target = join(work, "big", "registry");
    const old = oldRegistry(target);
    const size = 256 * 1024 * 1024;
    const written = await killMidWrite(target, 1, size, 1024 * 1024);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(size);
    expect(snapshot(target)).toEqual(old);
    // The next run takes over the lock the killed one left, removes its debris, and writes.
    expect(existsSync(join(target, ".muse-lock"))).toBe(true);
    const next = spawn(process.execPath, [child, target, "2", "100"], { stdio: "pipe" });
    expect(await new Promise((resolve) => next.on("exit", resolve))).toBe(0);
    expect(Object.keys(snapshot(target)).sort()).toEqual(["sources/file-0.yaml", "sources/file-1.yaml"]);
    expect(readdirSync(target).sort()).toEqual([".muse-registry", "sources"]);
    expect(temporaries(target)).toEqual([]);
  });

  it("a first run killed mid-write leaves no registry where there was none", async () => {
    const target = join(work, "fresh", "registry");
    mkdirSync(join(target, ".."), { recursive: true });
    await killMidWrite(target, 400, 256 * 1024, 1024 * 1024);
    expect(existsSync(target)).toBe(false);
  });

  it("a run left to finish replaces the old registry (so the tests above can fail)", async () => {
    const target = join(work, "finished", "registry");
    oldRegistry(target);
    const proc = spawn(process.execPath, [child, target, "3", "100"], { stdio: "pipe" });
    const code = await new Promise<number | null>((resolve) => proc.on("exit", (c) => resolve(c)));
    expect(code).toBe(0);
    const files = snapshot(target);
    expect(Object.keys(files).sort()).toEqual(["sources/file-0.yaml", "sources/file-1.yaml", "sources/file-2.yaml"]);
    expect(readdirSync(target).sort()).toEqual([".muse-registry", "sources"]);
    expect(temporaries(target)).toEqual([]);
  });
});

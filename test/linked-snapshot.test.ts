// The linked snapshot (src/core/cache/linked-snapshot.ts): a load that takes it gives exactly what a fresh load
// gives, and any other registry (other directories, a file edited, added or removed, a damaged snapshot) loads
// as usual. Whether the snapshot was taken shows in the user's parse cache: a load that takes it writes nothing.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  LINKED_SNAPSHOT_FORMAT,
  linkedSnapshotFile,
  linkedSnapshotKey,
  linkedSnapshotText,
  readLinkedSnapshot,
} from "../src/core/cache/linked-snapshot.js";
import type { LinkedRegistry } from "../src/core/load/link.js";
import { loadRegistry, readLayerBytes } from "../src/core/load/load-registry.js";
import { REPO } from "./helpers/run-muse.js";

const work = mkdtempSync(join(tmpdir(), "muse-linked-snapshot-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

/** Writes the snapshot of `dirs` into a new seed directory, as the build does; returns that directory. */
async function snapshot(dirs: string[]): Promise<string> {
  const seedDir = join(work, `seed-${++runs}`);
  const layers = await readLayerBytes(dirs);
  if (layers === undefined) throw new Error("unreadable registry");
  const text = linkedSnapshotText(linkedSnapshotKey(layers), await loadRegistry(dirs));
  if (text === undefined) throw new Error("no snapshot");
  mkdirSync(seedDir);
  writeFileSync(linkedSnapshotFile(seedDir, dirs), text);
  return seedDir;
}

/** Loads with a new, empty user cache and the seed; says whether the user's parse cache was written (a parse, not the snapshot). */
async function load(dirs: string[], seedDir: string): Promise<{ registry: LinkedRegistry; parsed: boolean }> {
  const cacheDir = join(work, `cache-${++runs}`);
  const registry = await loadRegistry(dirs, { cacheDir, seedDir });
  return { registry, parsed: existsSync(cacheDir) && readdirSync(cacheDir).some((name) => name.endsWith(".jsonl")) };
}

/** A copy of the layering fixture (base, then overlay) to change. */
function layeredCopy(): string[] {
  const root = join(work, `layering-${++runs}`);
  cpSync(join(REPO, "test", "fixtures", "registries", "layering"), root, { recursive: true });
  return [join(root, "base"), join(root, "overlay")];
}

/** A registry's records as plain data (a snapshot's scores are read when asked for; this asks for them all). */
const plain = (r: LinkedRegistry) => ({
  benchmarks: r.benchmarks,
  models: r.models,
  sources: r.sources,
  scores: r.scores,
});
const keys = (r: LinkedRegistry) => [[...r.benchmarks.keys()], [...r.models.keys()], [...r.sources.keys()]];

describe("the linked snapshot", () => {
  it("gives the bundled layers (launch, then Epoch's data) exactly as a fresh load, records and order", async () => {
    const dirs = [join(REPO, "data"), join(REPO, "data", "epoch")];
    const seedDir = await snapshot(dirs);
    const fresh = await loadRegistry(dirs);
    const { registry, parsed } = await load(dirs, seedDir);
    expect(parsed).toBe(false);
    expect(plain(registry)).toStrictEqual(plain(fresh));
    expect(keys(registry)).toEqual(keys(fresh));
    expect(registry.scores.length).toBeGreaterThan(3000);
  });

  it("gives each benchmark's scores, in load order, as the same records the whole list holds", async () => {
    const dirs = [join(REPO, "data"), join(REPO, "data", "epoch")];
    const seedDir = await snapshot(dirs);
    const fresh = await loadRegistry(dirs);
    const { registry } = await load(dirs, seedDir);
    const arc = registry.scoresOfBenchmark?.("arc-agi-2") ?? [];
    expect(arc).toStrictEqual(fresh.scores.filter((s) => s.benchmark === "arc-agi-2"));
    expect(arc.length).toBeGreaterThan(100);
    expect(registry.scoresOfBenchmark?.("no-such-benchmark")).toEqual([]);
    // Read before the whole list, the records are the very ones the list then holds (one object per score).
    expect(registry.scores.filter((s) => s.benchmark === "arc-agi-2").every((s, i) => s === arc[i])).toBe(true);
    for (const id of fresh.benchmarks.keys()) {
      expect(registry.scoresOfBenchmark?.(id)).toStrictEqual(fresh.scores.filter((s) => s.benchmark === id));
    }
  });

  it("is taken for the same directories and bytes, and missed when a file is edited, added or removed", async () => {
    const dirs = layeredCopy();
    const seedDir = await snapshot(dirs);
    expect((await load(dirs, seedDir)).parsed).toBe(false);

    const file = join(dirs[1] as string, "mine.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, `${original}\n# an edit that changes no record\n`);
    const edited = await load(dirs, seedDir);
    expect(edited.parsed).toBe(true);
    expect(plain(edited.registry)).toStrictEqual(plain(await loadRegistry(dirs)));

    writeFileSync(file, original);
    expect((await load(dirs, seedDir)).parsed).toBe(false);
    writeFileSync(join(dirs[1] as string, "more.yaml"), "models: []\n");
    expect((await load(dirs, seedDir)).parsed).toBe(true);
    rmSync(join(dirs[1] as string, "more.yaml"));
    rmSync(file);
    const removed = await load(dirs, seedDir);
    expect(removed.parsed).toBe(true);
    expect(plain(removed.registry)).toStrictEqual(plain(await loadRegistry(dirs)));
  });

  it("answers only for the directories it was made for, in their order, and never without a cache", async () => {
    const dirs = layeredCopy();
    const seedDir = await snapshot(dirs);
    expect((await load([dirs[0] as string], seedDir)).parsed).toBe(true);
    const reversed = [dirs[1] as string, dirs[0] as string];
    expect(plain((await load(reversed, seedDir)).registry)).toStrictEqual(plain(await loadRegistry(reversed)));
    expect((await load(reversed, seedDir)).parsed).toBe(true);
    // --no-cache (no cache directory) reads no snapshot: an edit made behind its back is still seen.
    const file = join(dirs[0] as string, "registry.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("name: ARC-AGI-2", "name: ARC-AGI-2 (edited)"));
    const snapshotFile = linkedSnapshotFile(seedDir, dirs);
    const [format, , sum] = (readFileSync(snapshotFile, "utf8").split("\n")[0] as string).split("\t");
    const body = readFileSync(snapshotFile, "utf8").split("\n").slice(1).join("\n");
    const key = linkedSnapshotKey((await readLayerBytes(dirs)) ?? []);
    writeFileSync(snapshotFile, `${format}\t${key}\t${sum}\n${body}`);
    expect((await load(dirs, seedDir)).parsed).toBe(false); // the snapshot, now stale, is taken with a cache
    const uncached = await loadRegistry(dirs, { seedDir });
    expect(uncached.benchmarks.get("arc-agi-2")?.name).toBe("ARC-AGI-2 (edited)");
    expect(plain(uncached)).toStrictEqual(plain(await loadRegistry(dirs)));
  });

  it("is refused when damaged: another key, another format, a changed body, cut short, or not JSON", () => {
    const file = join(work, "damaged.linked.json");
    const registry: LinkedRegistry = { benchmarks: new Map(), models: new Map(), sources: new Map(), scores: [] };
    const text = linkedSnapshotText("k1", registry) as string;
    writeFileSync(file, text);
    expect(plain(readLinkedSnapshot(file, "k1") as LinkedRegistry)).toStrictEqual(registry);
    expect(readLinkedSnapshot(file, "k2")).toBeUndefined();
    writeFileSync(file, text.replace(LINKED_SNAPSHOT_FORMAT, "muse linked snapshot 0"));
    expect(readLinkedSnapshot(file, "k1")).toBeUndefined();
    writeFileSync(file, text.replace('"groups":[]', '"groups":[ ]'));
    expect(readLinkedSnapshot(file, "k1")).toBeUndefined();
    writeFileSync(file, text.slice(0, -3));
    expect(readLinkedSnapshot(file, "k1")).toBeUndefined();
    writeFileSync(file, text.split("\n")[0] as string);
    expect(readLinkedSnapshot(file, "k1")).toBeUndefined();
    expect(readLinkedSnapshot(join(work, "missing.linked.json"), "k1")).toBeUndefined();
  });

  it("is ASCII, and gives back text outside ASCII as it was; a registry holding -0 gets none", () => {
    const origin = { file: "/r/x.yaml", line: 1, col: 1 };
    const model = { id: "m", name: "Modèle 中文 😀", org: "Ünï", aliases: [], origin };
    const registry = {
      benchmarks: new Map(),
      models: new Map([["m", model]]),
      sources: new Map(),
      scores: [],
    } as unknown as LinkedRegistry;
    const text = linkedSnapshotText("k", registry) as string;
    expect(/^[\t\n\x20-\x7e]*$/.test(text)).toBe(true);
    const file = join(work, "unicode.linked.json");
    writeFileSync(file, text);
    expect(plain(readLinkedSnapshot(file, "k") as LinkedRegistry)).toStrictEqual(registry);
    const score = { model: "m", benchmark: "b", value: -0, setting: {}, source: "s", origin };
    expect(linkedSnapshotText("k", { ...registry, scores: [score] } as unknown as LinkedRegistry)).toBeUndefined();
  });
});

// The layer stamp (src/core/cache/layer-stamp.ts): a snapshot key noted with each file's stats is taken back only
// while every file keeps those stats and the list is the same; a file changed just before it was read is never
// noted; and in a load, a stamp saves reading the files but never hides an edit.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { layerStampFile, RACY_MS, type ReadStats, stampedKey, writeLayerStamp } from "../src/core/cache/layer-stamp.js";
import {
  linkedSnapshotFile,
  linkedSnapshotKey,
  linkedSnapshotText,
  readLinkedSnapshot,
} from "../src/core/cache/linked-snapshot.js";
import { loadRegistry, readLayerBytes } from "../src/core/load/load-registry.js";
import { REPO } from "./helpers/run-muse.js";

const work = mkdtempSync(join(tmpdir(), "muse-layer-stamp-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const uid = process.getuid?.();
let runs = 0;

/** Files with content, and how they were read: `lateMs` after their last change (well past the racy window). */
function files(count: number, lateMs = RACY_MS * 10): { paths: string[]; read: ReadStats[] } {
  const dir = join(work, `files-${++runs}`);
  mkdirSync(dir);
  const paths = Array.from({ length: count }, (_, i) => join(dir, `f${i}.yaml`));
  for (const path of paths) writeFileSync(path, `models: [] # ${path}\n`);
  const read = paths.map((path) => {
    const stats = statSync(path, { bigint: true });
    const changedMs = Math.max(Number(stats.ctimeNs / 1_000_000n), Number(stats.mtimeNs / 1_000_000n));
    return { path, stats, readAtMs: changedMs + lateMs };
  });
  return { paths, read };
}

describe("a layer stamp", () => {
  it("gives back its key for the same files with the same stats, and nothing when one is edited", () => {
    const { paths, read } = files(3);
    const stamp = join(work, "a.stamp");
    writeLayerStamp(stamp, "key-1", read);
    expect(stampedKey(stamp, uid, paths)).toBe("key-1");
    writeFileSync(paths[1] as string, "models: [] # edited, same length?\n");
    expect(stampedKey(stamp, uid, paths)).toBeUndefined();
  });

  it("gives nothing for another list: a file more, a file less, another order", () => {
    const { paths, read } = files(3);
    const stamp = join(work, "b.stamp");
    writeLayerStamp(stamp, "key-2", read);
    const extra = join(work, "extra.yaml");
    writeFileSync(extra, "models: []\n");
    expect(stampedKey(stamp, uid, [...paths, extra])).toBeUndefined();
    expect(stampedKey(stamp, uid, paths.slice(0, 2))).toBeUndefined();
    expect(stampedKey(stamp, uid, [...paths].reverse())).toBeUndefined();
    expect(stampedKey(stamp, uid, paths)).toBe("key-2");
  });

  it("gives nothing when any noted stat differs (device, inode, size, modified, changed) or a file is gone", () => {
    const { paths, read } = files(2);
    const stamp = join(work, "c.stamp");
    writeLayerStamp(stamp, "key-3", read);
    const text = readFileSync(stamp, "utf8");
    const [head, line, ...rest] = text.split("\n");
    const fields = (line as string).split("\t");
    for (let field = 1; field < fields.length; field++) {
      const changed = fields.map((f, i) => (i === field ? `${f}1` : f)).join("\t");
      writeFileSync(stamp, [head, changed, ...rest].join("\n"));
      expect(stampedKey(stamp, uid, paths)).toBeUndefined();
    }
    writeFileSync(stamp, text);
    expect(stampedKey(stamp, uid, paths)).toBe("key-3");
    rmSync(paths[0] as string);
    expect(stampedKey(stamp, uid, paths)).toBeUndefined();
  });

  it("is not written when a file changed (ctime or mtime) less than RACY_MS before it was read", () => {
    const { read } = files(2, RACY_MS - 1);
    const stamp = join(work, "d.stamp");
    writeLayerStamp(stamp, "key-4", read);
    expect(() => statSync(stamp)).toThrow(/ENOENT/);
    // A modification time in the future (a filesystem keeping no true change time) counts as a change too.
    const [first, second] = files(2).read as [ReadStats, ReadStats];
    const future = { ...first.stats, mtimeNs: first.stats.ctimeNs + BigInt(RACY_MS * 100) * 1_000_000n };
    writeLayerStamp(stamp, "key-4", [{ ...first, stats: future as typeof first.stats }, second]);
    expect(() => statSync(stamp)).toThrow(/ENOENT/);
    writeLayerStamp(stamp, "key-4", [first, second]);
    expect(statSync(stamp).isFile()).toBe(true);
  });

  it("is not read when it is another user's, a link, or not a stamp", () => {
    const { paths, read } = files(1);
    const stamp = join(work, "e.stamp");
    writeLayerStamp(stamp, "key-5", read);
    expect(stampedKey(stamp, (uid ?? 0) + 4242, paths)).toBeUndefined();
    const link = join(work, "link.stamp");
    symlinkSync(stamp, link);
    expect(stampedKey(link, uid, paths)).toBeUndefined();
    writeFileSync(stamp, readFileSync(stamp, "utf8").replace("muse layer stamp 1", "muse layer stamp 0"));
    expect(stampedKey(stamp, uid, paths)).toBeUndefined();
    writeFileSync(stamp, readFileSync(stamp, "utf8").replace("muse layer stamp 0", "muse layer stamp 1").slice(0, -1));
    expect(stampedKey(stamp, uid, paths)).toBeUndefined();
  });
});

describe("a load with a layer stamp", () => {
  /** A copy of the layering fixture, its snapshot in a seed directory, and an empty cache directory. */
  async function setup() {
    const root = join(work, `layering-${++runs}`);
    cpSync(join(REPO, "test", "fixtures", "registries", "layering"), root, { recursive: true });
    const dirs = [join(root, "base"), join(root, "overlay")];
    const seedDir = join(root, "seed");
    const cacheDir = join(root, "cache");
    mkdirSync(seedDir);
    mkdirSync(cacheDir);
    const layers = (await readLayerBytes(dirs)) ?? [];
    const file = linkedSnapshotFile(seedDir, dirs);
    writeFileSync(file, linkedSnapshotText(linkedSnapshotKey(layers), await loadRegistry(dirs)) as string);
    const read = layers.flatMap((l) =>
      l.files.map(({ path }) => {
        const stats = statSync(path, { bigint: true });
        return { path, stats, readAtMs: Number(stats.ctimeNs / 1_000_000n) + RACY_MS * 10 };
      }),
    );
    return { dirs, seedDir, cacheDir, file, read, paths: read.map((r) => r.path) };
  }

  it("takes the noted key without hashing the files (a stamp naming another snapshot's key is believed)", async () => {
    const { dirs, seedDir, cacheDir, file, read } = await setup();
    // Another snapshot at the same place, keyed "noted": only a load that takes the stamp's word can find it.
    const other = await loadRegistry([dirs[0] as string]);
    writeFileSync(file, linkedSnapshotText("noted", other) as string);
    writeLayerStamp(layerStampFile(cacheDir, file), "noted", read);
    const loaded = await loadRegistry(dirs, { cacheDir, seedDir, cacheOwner: uid });
    expect([...loaded.models.keys()]).toEqual([...other.models.keys()]);
    expect(readLinkedSnapshot(file, "noted")).toBeDefined();
  });

  it("reads and hashes the files again once one is edited, and answers with the edit", async () => {
    const { dirs, seedDir, cacheDir, file, read, paths } = await setup();
    writeLayerStamp(layerStampFile(cacheDir, file), linkedSnapshotKey((await readLayerBytes(dirs)) ?? []), read);
    const edited = paths.find((p) => readFileSync(p, "utf8").includes("name: ARC-AGI-2")) as string;
    writeFileSync(edited, readFileSync(edited, "utf8").replace("name: ARC-AGI-2", "name: ARC-AGI-2 (edited)"));
    const loaded = await loadRegistry(dirs, { cacheDir, seedDir, cacheOwner: uid });
    expect(loaded.benchmarks.get("arc-agi-2")?.name).toBe("ARC-AGI-2 (edited)");
    expect(stampedKey(layerStampFile(cacheDir, file), uid, paths)).toBeUndefined();
  });
});

// The built binary: concurrent writers (nothing lost, one winner), a busy registry (exit 75), a full disk
// (exit 1 with a message), a failing stderr (the exit code kept), and a signal during import --force.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "./helpers/run-muse.js";

const BIN = join(REPO, "bin", "muse.cjs");
const FIXTURE = join(REPO, "test", "fixtures", "add-registry");
const work = mkdtempSync(join(tmpdir(), "muse-writers-"));
const env = { PATH: process.env.PATH, XDG_CACHE_HOME: join(work, "cache") };

beforeAll(() => {
  if (!existsSync(join(REPO, "dist", "start.cjs"))) throw new Error("dist/start.cjs is missing: run `npm run build`");
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs the binary without waiting for it; resolves when it ends. */
function start(args: readonly string[], extraEnv: Record<string, string> = {}): Promise<Ended> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...env, ...extraEnv } });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    err += d;
  });
  return new Promise((done) => child.on("close", (code, signal) => done({ code, signal, out, err })));
}

let registryCount = 0;
function freshRegistry(): string {
  const dir = join(work, `reg-${++registryCount}`);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe("concurrent writers", () => {
  it("five `muse add` at once on one file: all exit 0 and all five scores are in it", async () => {
    const reg = freshRegistry();
    const runs = [1, 2, 3, 4, 5].map((i) =>
      start([
        "add",
        "--registry",
        reg,
        "--source",
        "odd-source",
        "--model",
        "gpt-5.4",
        "--bench",
        "gdpval-aa",
        "--value",
        String(1000 + i),
        "--setting",
        `run=r${i}`,
      ]),
    );
    const ended = await Promise.all(runs);
    expect(ended.map((e) => e.code)).toEqual([0, 0, 0, 0, 0]);
    const text = readFileSync(join(reg, "sources", "odd.yaml"), "utf8");
    for (const i of [1, 2, 3, 4, 5]) expect(text).toContain(`value: ${1000 + i}`);
    expect(readdirSync(reg).filter((n) => n.startsWith(".muse"))).toEqual([]);
  }, 120_000);

  it("two `muse add source --id x` at once: exactly one creates it, the other exits 2 saying so", async () => {
    const reg = freshRegistry();
    const args = (title: string) => [
      "add",
      "source",
      "--registry",
      reg,
      "--id",
      "dup",
      "--title",
      title,
      "--publisher",
      "P",
      "--published",
      "2026",
      "--kind",
      "third-party",
    ];
    const ended = await Promise.all([start(args("One")), start(args("Two"))]);
    expect(ended.map((e) => e.code).sort()).toEqual([0, 2]);
    const winner = ended.findIndex((e) => e.code === 0);
    const loser = ended[1 - winner] as Ended;
    expect(loser.err).toMatch(/^muse: source 'dup' already exists, at .*dup\.yaml:3:5; nothing was written\n$/);
    expect(readFileSync(join(reg, "sources", "dup.yaml"), "utf8")).toContain(`title: ${["One", "Two"][winner]}`);
  }, 60_000);

  it("a registry locked by a live process: exit 75 after MUSE_LOCK_TIMEOUT, with a message, nothing written", async () => {
    const reg = freshRegistry();
    const lock = { pid: process.pid, host: hostname(), started: "2026-01-01T00:00:00.000Z", token: "t" };
    writeFileSync(join(reg, ".muse-lock"), JSON.stringify(lock));
    const before = readFileSync(join(reg, "sources", "odd.yaml"), "utf8");
    const args = ["add", "--registry", reg, "--source", "odd-source", "--model", "gpt-5.4", "--bench", "gdpval-aa"];
    const r = await start([...args, "--value", "1"], { MUSE_LOCK_TIMEOUT: "0.2" });
    expect(r.code).toBe(75);
    expect(r.err).toBe(
      `muse: registry ${reg} is busy: muse process ${process.pid} on ${hostname()} (running since 2026-01-01T00:00:00.000Z) holds the lock ${join(reg, ".muse-lock")}; gave up after 0.2 s, nothing was written. Try again (MUSE_LOCK_TIMEOUT sets the wait, in seconds); delete the lock file only if that process is gone\n`,
    );
    expect(readFileSync(join(reg, "sources", "odd.yaml"), "utf8")).toBe(before);
  }, 60_000);
});

describe("failing output streams", () => {
  const hasDevFull = existsSync("/dev/full");

  it.skipIf(!hasDevFull)("stdout on a full disk: exit 1 with the reason on stderr", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" list models > /dev/full`], {
      env,
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("muse: cannot write the output: no space left on device (ENOSPC)\n");
  });

  it.skipIf(!hasDevFull)(
    "stderr on a full disk or closed keeps the exit code: 2 for usage, 65 for a bad registry",
    () => {
      const bad = join(work, "bad");
      cpSync(FIXTURE, bad, { recursive: true });
      writeFileSync(join(bad, "broken.yaml"), "models:\n  - { id: X }\n");
      const sh = (command: string) => spawnSync("sh", ["-c", command], { env, encoding: "utf8" }).status;
      const muse = `"${process.execPath}" "${BIN}"`;
      expect(sh(`${muse} list nothing 2>/dev/full`)).toBe(2);
      expect(sh(`${muse} list nothing 2>&-`)).toBe(2);
      expect(sh(`${muse} validate --registry "${bad}" 2>/dev/full`)).toBe(65);
    },
  );
});

describe("a signal during import --force", () => {
  it("SIGTERM while the new registry is being built: the old one stays whole, no temporary directory is left", async () => {
    const download = join(work, "download");
    cpSync(join(REPO, "test", "fixtures", "epoch", "basic"), download, { recursive: true });
    // 30,000 different models: identical rows would collapse into a few scores and end the import too soon.
    const rows = Array.from({ length: 30_000 }, (_, i) => `model-${i},0.${i % 10},2026-01-01,Org`);
    writeFileSync(
      join(download, "big_external.csv"),
      `Model version,mean_score,Release date,Organization\n${rows.join("\n")}\n`,
    );
    const out = join(work, "imported");
    const first = await start(["import", "epoch", join(REPO, "test", "fixtures", "epoch", "basic"), "--out", out]);
    expect(first.code).toBe(0);
    const before = readFileSync(join(out, "sources", "epoch-gpqa-diamond.yaml"), "utf8");
    const child = spawn(process.execPath, [BIN, "import", "epoch", download, "--out", out, "--force"], { env });
    const ended = new Promise<NodeJS.Signals | null>((done) => child.on("close", (_c, signal) => done(signal)));
    const temporaries = () => readdirSync(work).filter((n) => n.startsWith(".imported.muse-"));
    const building = () => temporaries().some((n) => n.startsWith(".imported.muse-tmp-"));
    while (!building() && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGTERM");
    expect(await ended).toBe("SIGTERM");
    expect(temporaries()).toEqual([]);
    expect(readFileSync(join(out, "sources", "epoch-gpqa-diamond.yaml"), "utf8")).toBe(before);
  }, 120_000);
});

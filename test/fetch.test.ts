// `muse fetch epoch` against a local HTTP server on 127.0.0.1 (no test reaches the internet): first
// download, an unchanged release not downloaded again, and a broken or hostile zip leaving the old data.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/main.js";
import { leavesDirectory, readEpochZip } from "../src/import/epoch/zip.js";
import { runMuse } from "./helpers/run-muse.js";

const FIXTURE = new URL("./fixtures/epoch/basic/", import.meta.url);
const file = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURE)));
const GOOD = zipSync({
  "benchmark_data/gpqa_diamond.csv": file("gpqa_diamond.csv"),
  "benchmark_data/terminalbench_external.csv": file("terminalbench_external.csv"),
  "benchmark_data/README.md": file("README.md"),
});

/** What the server serves at /data.zip, and the requests it saw. */
let body: Uint8Array = GOOD;
let etag = '"v1"';
const requests: { ifNoneMatch?: string; status: number }[] = [];
let server: Server;
let url = "";
const work = mkdtempSync(join(tmpdir(), "muse-fetch-"));
const env = { XDG_DATA_HOME: work };
const layer = join(work, "muse", "epoch");

beforeAll(async () => {
  server = createServer((req, res) => {
    const ifNoneMatch = req.headers["if-none-match"];
    if (req.url === "/truncated.zip") {
      // Promises the whole zip, sends half, then drops the connection.
      res.writeHead(200, { "content-length": String(GOOD.length), etag: '"t"' });
      res.write(GOOD.subarray(0, GOOD.length >> 1));
      res.destroy();
      requests.push({ status: 200 });
      return;
    }
    const status = ifNoneMatch === etag ? 304 : 200;
    requests.push({ ...(ifNoneMatch === undefined ? {} : { ifNoneMatch }), status });
    if (status === 304) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/zip", "content-length": String(body.length), etag });
    res.end(Buffer.from(body));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(work, { recursive: true, force: true });
});

const sourcesOf = async () => {
  const r = await runMuse(["list", "sources", "--registry", "epoch", "--json"], { env });
  return (JSON.parse(r.out) as { id: string }[]).map((s) => s.id);
};

describe("muse fetch epoch", () => {
  it("downloads, imports into $XDG_DATA_HOME/muse/epoch, and that layer replaces the bundled one", async () => {
    const r = await runMuse(["fetch", "epoch", "--url", `${url}/data.zip`, "--json"], { env });
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(JSON.parse(r.out)).toEqual({
      status: "updated",
      release: "2026-04",
      url: `${url}/data.zip`,
      dir: layer,
      files: 2,
      scores: 11,
    });
    expect(requests).toEqual([{ status: 200 }]);
    expect(existsSync(join(layer, ".muse-layer"))).toBe(true);
    expect(await sourcesOf()).toEqual(["epoch-gpqa-diamond", "epoch-terminalbench-external"]);
    const layered = await runMuse(["validate", "--json"], { env: { ...env, MUSE_REGISTRY: undefined } });
    expect(JSON.parse(layered.out)).toMatchObject({ valid: true, sources: 7 });
  });

  it("asks again with the ETag and downloads nothing when the release is unchanged", async () => {
    const r = await runMuse(["fetch", "epoch", "--url", `${url}/data.zip`], { env });
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(r.out).toContain("Epoch AI data: release 2026-04 is up to date");
    expect(requests.at(-1)).toEqual({ ifNoneMatch: '"v1"', status: 304 });
    expect(await sourcesOf()).toEqual(["epoch-gpqa-diamond", "epoch-terminalbench-external"]);
  });

  it("keeps the previous data whole when the download is cut short", async () => {
    const r = await runMuse(["fetch", "epoch", "--url", `${url}/truncated.zip`], { env });
    expect(r.code).toBe(EXIT.failure);
    expect(r.err).toMatch(
      /^muse: fetch failed, previous data kept: (cannot download|download of) http:\/\/127\.0\.0\.1:\d+\/truncated\.zip/,
    );
    expect(r.out).toBe("");
    expect(await sourcesOf()).toEqual(["epoch-gpqa-diamond", "epoch-terminalbench-external"]);
  });

  it("keeps the previous data whole when the zip is corrupt or names a path outside its directory", async () => {
    etag = '"v2"';
    body = GOOD.subarray(0, GOOD.length - 30); // the end of central directory is gone
    const corrupt = await runMuse(["fetch", "epoch", "--url", `${url}/data.zip`], { env });
    expect(corrupt.code).toBe(EXIT.failure);
    expect(corrupt.err).toMatch(/^muse: fetch failed, previous data kept: not a readable zip/);
    body = zipSync({ "../../evil.csv": file("gpqa_diamond.csv") });
    const hostile = await runMuse(["fetch", "epoch", "--url", `${url}/data.zip`], { env });
    expect(hostile.err).toBe(
      "muse: fetch failed, previous data kept: the zip names a path outside its directory: ../../evil.csv\n",
    );
    expect(await sourcesOf()).toEqual(["epoch-gpqa-diamond", "epoch-terminalbench-external"]);
  });

  it("reads a local zip given as a path, and refuses an unknown scheme", async () => {
    const local = join(work, "local.zip");
    await import("node:fs/promises").then((fs) =>
      fs.writeFile(local, zipSync({ "gpqa_diamond.csv": file("gpqa_diamond.csv") })),
    );
    const r = await runMuse(["fetch", "epoch", "--url", local, "--json"], { env });
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(JSON.parse(r.out)).toMatchObject({ status: "updated", files: 1 });
    expect(await sourcesOf()).toEqual(["epoch-gpqa-diamond"]);
    const ftp = await runMuse(["fetch", "epoch", "--url", "ftp://example.invalid/x.zip"], { env });
    expect(ftp.code).toBe(EXIT.usage);
  });

  it("draws its progress in a terminal as a status line that it clears, not as visible escape marks", async () => {
    body = GOOD;
    const fresh = { XDG_DATA_HOME: mkdtempSync(join(tmpdir(), "muse-fetch-tty-")) };
    const r = await runMuse(["fetch", "epoch", "--url", `${url}/data.zip`], { env: fresh, tty: true });
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(r.err).toMatch(/^\r\u001b\[2Kmuse: downloading \d+ KB of \d+ KB/);
    expect(r.err).not.toContain("<U+001B>");
    expect(r.err.endsWith("\r\u001b[2K")).toBe(true);
    rmSync(fresh.XDG_DATA_HOME, { recursive: true, force: true });
  });
});

describe("readEpochZip", () => {
  it("refuses names that leave the directory, and data past the size limits", () => {
    expect(["../x.csv", "a/../../x.csv", "/etc/x.csv", "C:/x.csv", "a\\..\\x.csv"].map(leavesDirectory)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(leavesDirectory("data/x..y.csv")).toBe(false);
    const big = zipSync({ "a.csv": new Uint8Array(5000) });
    expect(() => readEpochZip(big, { entries: 10, fileBytes: 1000, totalBytes: 10_000 })).toThrow(
      "a.csv unpacks to 5000 bytes, more than 1000",
    );
    expect(() => readEpochZip(big, { entries: 10, fileBytes: 10_000, totalBytes: 4000 })).toThrow(
      "the zip unpacks to more than 4000 bytes",
    );
    expect(() => readEpochZip(zipSync({ "notes.txt": new Uint8Array(3) }))).toThrow("the zip holds no CSV file");
  });
});

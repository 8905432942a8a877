// The bundled Epoch AI layer (data/epoch/): what the default registry answers with it, and, when the April
// 2026 release is at ../shared (always under CI=true), that `muse import epoch` regenerates it byte for byte.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/main.js";
import { runMuse } from "./helpers/run-muse.js";
import { sharedData } from "./helpers/shared-data.js";

const { path: APRIL, present, skip } = sharedData("epoch-benchmarking-hub-2026-04/");
const LAYER = fileURLToPath(new URL("../data/epoch/", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "muse-epoch-layer-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a directory (hidden ones too), as relative paths, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The default layers: no MUSE_REGISTRY, no fetched data. */
const DEFAULT = { MUSE_REGISTRY: undefined };

describe("the default registry: launch articles, then Epoch AI's April 2026 release", () => {
  it("shows Epoch's Muse Spark on GPQA Diamond (89.8% ±2.2) with Meta's 89.5% beside it", async () => {
    const r = await runMuse(["compare", "--bench", "gpqa-diamond", "--json"], { env: DEFAULT });
    expect(r.code, r.err).toBe(EXIT.ok);
    const row = JSON.parse(r.out).rows.find((x: { model: string }) => x.model === "muse-spark");
    expect(row).toMatchObject({ value: 89.8, stderr: 2.2, source: "epoch-gpqa-diamond", setting: {} });
    expect(row.alternatives.map((a: Record<string, unknown>) => [a.source, a.value, a.source_kind, a.agrees])).toEqual([
      ["eigent-muse-spark", 89.5, "first-party", true],
      ["pop-muse-spark", 89.5, "first-party", true],
    ]);
  });

  it("keeps the launch articles alone one flag away, and Epoch's data alone another", async () => {
    const launch = await runMuse(["compare", "--bench", "gpqa-diamond", "--json", "--registry", "launch"]);
    const sources = new Set(JSON.parse(launch.out).rows.map((x: { source: string }) => x.source));
    expect([...sources].some((s) => String(s).startsWith("epoch-"))).toBe(false);
    const epoch = await runMuse(["validate", "--registry", "epoch", "--json"]);
    expect(epoch.code, epoch.err).toBe(EXIT.ok);
    expect(JSON.parse(epoch.out)).toMatchObject({ valid: true, sources: 50, registries: [LAYER.replace(/\/$/, "")] });
  });

  it("validates layered: no name or alias that two models answer to", async () => {
    const r = await runMuse(["validate", "--json"], { env: DEFAULT });
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(JSON.parse(r.out)).toMatchObject({ valid: true, sources: 55 });
  });

  it("reads the launch directory without the Epoch layer nested in it (marked by .muse-layer)", async () => {
    const r = await runMuse(["validate", "--json", "--registry", fileURLToPath(new URL("../data/", import.meta.url))]);
    expect(JSON.parse(r.out)).toMatchObject({ sources: 5 });
    expect(existsSync(join(LAYER, ".muse-layer"))).toBe(true);
  });

  it("credits Epoch AI (CC BY 4.0) and names the release and the command in every generated file", () => {
    for (const file of filesUnder(LAYER).filter((f) => f.endsWith(".yaml"))) {
      const head = readFileSync(join(LAYER, file), "utf8").split("\n").slice(0, 4).join("\n");
      expect(head, file).toContain("release 2026-04");
      expect(head, file).toContain("muse import epoch epoch-benchmarking-hub-2026-04 --registry launch --out epoch");
      expect(head, file).toContain("Epoch AI, ‘AI Benchmarking Hub’");
      expect(head, file).toContain("CC BY 4.0");
    }
  });
});

describe.skipIf(skip)(`data/epoch regenerated from ${APRIL} (skipped when absent)`, () => {
  it("is what `muse import epoch` writes today, byte for byte", async () => {
    expect(present, `${APRIL} must exist under CI=true`).toBe(true);
    const out = join(work, "epoch");
    const r = await runMuse(["import", "epoch", APRIL, "--registry", "launch", "--out", out, "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(filesUnder(out)).toEqual(filesUnder(LAYER));
    for (const file of filesUnder(LAYER)) {
      expect(readFileSync(join(out, file), "utf8"), `data/epoch/${file} is stale: regenerate it (docs/epoch.md)`).toBe(
        readFileSync(join(LAYER, file), "utf8"),
      );
    }
  });
});

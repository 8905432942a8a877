// Ids from names outside ASCII (issue 11, item 8): distinct names keep distinct ids, nothing is
// dropped, a Latin word with look-alike Cyrillic or Greek letters is kept apart and warned about, and
// input that is not UTF-8 is reported instead of silently replaced.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/main.js";
import { toModelId, toToken } from "../src/import/shared/ids.js";
import { mixedScriptWarning } from "../src/import/shared/look-alike.js";
import { decodeUtf8 } from "../src/import/shared/text.js";
import { runMuse } from "./helpers/run-muse.js";

const work = mkdtempSync(join(tmpdir(), "muse-ids-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("toModelId outside ASCII", () => {
  it.each([
    ["Qwen-通义", "qwen-u901a-u4e49"],
    ["Qwen-千问", "qwen-u5343-u95ee"],
    ["Qwen", "qwen"],
    ["文心一言", "u6587-u5fc3-u4e00-u8a00"],
    ["gрt-5.4", "g-u440-t-5.4"],
    ["Gödel-7B", "godel-7b"],
    ["ГигаЧат", "u433-u438-u433-u430-u447-u430-u442"],
    ["гигачат", "u433-u438-u433-u430-u447-u430-u442"],
  ])("%s → %s", (name, id) => {
    expect(toModelId(name)).toBe(id);
  });

  it("spells setting tokens the same way", () => {
    expect(toToken("通义 run")).toBe("u901a-u4e49-run");
  });
});

describe("mixedScriptWarning", () => {
  it("names the look-alike letters of a mixed word and the Latin name it passes for", () => {
    expect(mixedScriptWarning("gрt-5.4")).toBe(
      "model name 'gрt-5.4' mixes Latin with Cyrillic or Greek letters in one word (р U+0440); it reads like 'gpt-5.4' but is kept apart from it",
    );
  });

  it.each(["gpt-5.4", "ГигаЧат", "Qwen-通义", "Claude Ωmega"])("leaves %s alone", (name) => {
    expect(mixedScriptWarning(name)).toBeUndefined();
  });
});

describe("decodeUtf8", () => {
  it("decodes UTF-8 (a BOM kept for the CSV reader) and reports where bytes stop being UTF-8", () => {
    expect(decodeUtf8(Buffer.from("\uFEFFa,é\n"))).toEqual({ ok: true, text: "\uFEFFa,é\n" });
    expect(decodeUtf8(Buffer.from([0x61, 0x62, 0xc3, 0x28]))).toEqual({
      ok: false,
      reason: "not valid UTF-8 (first bad byte at offset 2)",
    });
  });
});

describe("muse import epoch with names outside ASCII", () => {
  const header = "Model version,mean_score,stderr,Started at,id\n";
  const rows = ["Qwen-通义", "Qwen-千问", "Qwen", "文心一言", "gрt-5.4"].map(
    (name, i) => `${name},0.${50 + i},0.01,,r${i}`,
  );

  it("gives each name its own model, drops none, and warns about the look-alike", async () => {
    const dir = join(work, "names");
    mkdirSync(dir);
    writeFileSync(join(dir, "gpqa_diamond.csv"), header + rows.join("\n"));
    const out = join(work, "names-out");
    const r = await runMuse(["import", "epoch", dir, "--out", out, "--release", "2026-04", "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(JSON.parse(r.out).files[0]).toMatchObject({ rows: 5, imported: 5, reported: 0 });
    const models = readFileSync(join(out, "models.yaml"), "utf8");
    const ids = [...models.matchAll(/^ {2}- id: (.+)$/gm)].map((m) => m[1]);
    expect(ids).toEqual(["g-u440-t-5.4", "qwen", "qwen-u5343-u95ee", "qwen-u901a-u4e49", "u6587-u5fc3-u4e00-u8a00"]);
    expect(r.err).toContain(
      `${join(dir, "gpqa_diamond.csv")}:6: warning: model name 'gрt-5.4' mixes Latin with Cyrillic or Greek letters in one word (р U+0440); it reads like 'gpt-5.4' but is kept apart from it: imported as 'g-u440-t-5.4'`,
    );
  });

  it("reports a file that is not UTF-8 and writes nothing (exit 65)", async () => {
    const dir = join(work, "latin1");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "gpqa_diamond.csv"),
      Buffer.concat([Buffer.from(header), Buffer.from([0x47, 0xf6, 0x64, 0x65, 0x6c]), Buffer.from(",0.5,0.01,,r1\n")]),
    );
    const out = join(work, "latin1-out");
    const r = await runMuse(["import", "epoch", dir, "--out", out, "--release", "2026-04"]);
    expect(r.code).toBe(EXIT.invalidRegistry);
    expect(r.err).toContain(
      `${join(dir, "gpqa_diamond.csv")}: not valid UTF-8 (first bad byte at offset ${header.length + 1})\n`,
    );
    expect(r.err).toContain("muse: import failed: 1 problem in the input; nothing written");
  });
});

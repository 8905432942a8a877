// muse add --inferred: marks a --setting key as inferred by the curator, in the written entry.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { flowEntry, scoreData } from "../src/core/edit/score-entry.js";
import { runMuse } from "./helpers/run-muse.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/add-registry/", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "muse-add-inferred-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let copies = 0;
const fresh = () => {
  const dir = join(scratch, `r${copies++}`);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
};
const base = ["--source", "empty-source", "--model", "gpt-5.4", "--bench", "gdpval-aa", "--value", "1672"];

describe("muse add --inferred", () => {
  it("writes `inferred: [key]` after the setting, and the score reads back marked", async () => {
    const dir = fresh();
    const r = await runMuse(["--registry", dir, "add", ...base, "--setting", "effort=xhigh", "--inferred", "Effort"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(readFileSync(join(dir, "sources", "odd.yaml"), "utf8")).toContain(
      [
        "    scores:    # filled in later",
        "      - model: gpt-5.4",
        "        benchmark: gdpval-aa",
        "        value: 1672",
        "        setting: { effort: xhigh }",
        "        inferred: [effort]",
        "",
      ].join("\n"),
    );
    const rows = JSON.parse((await runMuse(["--registry", dir, "scores", "--source", "empty-source", "--json"])).out);
    expect(rows.map((x: { setting: object; inferred: string[] }) => [x.setting, x.inferred])).toEqual([
      [{ effort: "xhigh" }, ["effort"]],
    ]);
  });

  it("refuses a key the setting does not have, or one outside the vocabulary, and writes nothing", async () => {
    const dir = fresh();
    const before = readFileSync(join(dir, "sources", "odd.yaml"), "utf8");
    const missing = await runMuse(["--registry", dir, "add", ...base, "--inferred", "effort"]);
    expect([missing.code, missing.err]).toEqual([
      2,
      "muse: --inferred: 'effort' is marked inferred but the setting has no effort\n",
    ]);
    const unknown = await runMuse(["--registry", dir, "add", ...base, "--setting", "tools=any", "--inferred", "tool"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^muse: --inferred: Invalid option: expected one of "mode"\|"tools"/);
    expect(readFileSync(join(dir, "sources", "odd.yaml"), "utf8")).toBe(before);
  });

  it("the entry text and the data it reads back as agree", () => {
    const score = { model: "m", benchmark: "b", value: "1", setting: { tools: "any" }, inferred: ["tools"] };
    expect(flowEntry(score)).toBe("{ model: m, benchmark: b, value: 1, setting: { tools: any }, inferred: [tools] }");
    expect(scoreData(score)).toEqual({
      model: "m",
      benchmark: "b",
      value: 1,
      setting: { tools: "any" },
      inferred: ["tools"],
    });
  });
});

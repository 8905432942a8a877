// The registry file shown in docs/registry.md is a valid registry file: layered over the bundled data it loads,
// and its scores read back as written.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, runMuse } from "./helpers/run-muse.js";

const scratch = mkdtempSync(join(tmpdir(), "muse-docs-registry-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("docs/registry.md", () => {
  it("shows a registry file that validates over the bundled data, every score as written", async () => {
    const page = readFileSync(`${REPO}docs/registry.md`, "utf8");
    const yaml = /## The format\n\n```yaml\n([\s\S]*?)```/.exec(page)?.[1];
    expect(yaml).toBeDefined();
    writeFileSync(join(scratch, "notes.yaml"), yaml ?? "");
    const layered = ["--registry", "default", "--registry", scratch];
    const valid = await runMuse([...layered, "validate"]);
    expect([valid.code, valid.err]).toEqual([0, ""]);
    const scores = await runMuse([...layered, "scores", "--source", "my-notes", "--json"]);
    expect(
      JSON.parse(scores.out).map((s: { benchmark: string; value: number; setting: object; approx: boolean }) => [
        s.benchmark,
        s.value,
        s.setting,
        s.approx,
      ]),
    ).toEqual([
      ["arc-agi-2", 42.5, {}, false],
      ["humanitys-last-exam", 58.5, { mode: "contemplating", tools: "any", agents: 16 }, true],
    ]);
  });
});

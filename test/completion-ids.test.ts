// Shell completion offers the ids a registry defines, and only text that is an id by the schema's one pattern.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registryIds } from "../src/cli/completion/ids.js";
import { idSchema } from "../src/core/schema/id.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "muse-completion-ids-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("registryIds", () => {
  it("offers exactly the ids the schema accepts", async () => {
    const ids = ["gpt-5.4", "arc-agi-2", "a--b", "-x", "x.", "Upper", "ok.1-2", "sp ace"];
    const models = ids.map((id) => `  - { id: ${JSON.stringify(id)}, name: N, org: O }`).join("\n");
    writeFileSync(join(dir, "models.yaml"), `models:\n${models}\n`);
    const accepted = ids.filter((id) => idSchema.safeParse(id).success).sort();
    expect(accepted).toEqual(["arc-agi-2", "gpt-5.4", "ok.1-2"]);
    expect(await registryIds([dir], ["models"])).toEqual(accepted);
  });
});

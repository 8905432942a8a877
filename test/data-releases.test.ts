// Which releases of outside data answered a compare (src/cli/data-releases.ts): every source a report's JSON names,
// at any depth (rows, alternatives, claim checks), whose publisher releases its data by layer (Epoch AI).
import { describe, expect, it } from "vitest";
import { withDataReleases } from "../src/cli/data-releases.js";
import type { Report } from "../src/render/index.js";
import { BASE_RECORDS, storeFromYaml } from "./compare-helpers.js";

const store = storeFromYaml(`${BASE_RECORDS}
sources:
  - { id: epoch-march, title: Hub, publisher: Epoch AI, published: "2026-03", kind: third-party, scores: [] }
  - { id: epoch-april, title: Hub, publisher: Epoch AI, published: "2026-04", kind: third-party, scores: [] }
  - { id: epoch-april-b, title: Hub, publisher: Epoch AI, published: "2026-04", kind: third-party, scores: [] }
  - { id: meta, title: Launch, publisher: Meta, published: "2026-04-08", kind: first-party, scores: [] }
`);

/** A report whose JSON names sources where compare's rows do: top level, in alternatives and a claim check. */
function report(json: unknown): Report {
  return { json, view: { sections: [], notes: ["first note"] } };
}

describe("withDataReleases", () => {
  it("names each Epoch release a source anywhere in the JSON comes from, once, in order", () => {
    const json = {
      rows: [
        {
          source: "meta",
          alternatives: [{ source: "epoch-april" }],
          claim_check: { measurement: { source: "epoch-march" } },
        },
        { source: "epoch-april-b", setting: { source: "not-a-source-id-but-a-setting" } },
      ],
    };
    const out = withDataReleases(report(json), store);
    expect((out.json as { data_releases: unknown }).data_releases).toEqual([
      { publisher: "Epoch AI", release: "2026-03" },
      { publisher: "Epoch AI", release: "2026-04" },
    ]);
    expect(out.view.notes).toEqual(["first note", "Epoch AI data: release 2026-03", "Epoch AI data: release 2026-04"]);
  });

  it("gives an empty list and no note when no source is Epoch's", () => {
    const out = withDataReleases(report({ rows: [{ source: "meta", value: 1 }], source: 42 }), store);
    expect((out.json as { data_releases: unknown }).data_releases).toEqual([]);
    expect(out.view.notes).toEqual(["first note"]);
  });
});

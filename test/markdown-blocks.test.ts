// renderMarkdown's blocks in process: preamble, tables, notes and footnotes, each once, in order, one blank line apart.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/render/markdown.js";
import { cell, type Section, type View } from "../src/render/view.js";

const SECTION: Section = {
  columns: [
    { key: "model", header: "Model" },
    { key: "value", header: "Value", align: "right" },
  ],
  rows: [
    [cell("GPT-5"), cell("42.5")],
    [cell("Claude"), cell("40.1")],
  ],
};
const TABLE = ["| Model | Value |", "| --- | ---: |", "| GPT-5 | 42.5 |", "| Claude | 40.1 |"].join("\n");

/** The same table, its values citing footnotes `b`, then `a` and `b`. */
const CITING: Section = {
  ...SECTION,
  rows: [
    [cell("GPT-5"), { text: "42.5", refs: ["b"] }],
    [cell("Claude"), { text: "40.1", refs: ["a", "b"] }],
  ],
};
// One reference per cell: `a` and `b` together become one footnote joining their texts, numbered as first cited.
const CITING_TABLE = TABLE.replace("42.5 |", "42.5[^1] |").replace("40.1 |", "40.1[^2] |");

describe("renderMarkdown", () => {
  it("renders a lone table with no empty blocks around it", () => {
    expect(renderMarkdown({ sections: [SECTION] })).toBe(`${TABLE}\n`);
    expect(renderMarkdown({ sections: [SECTION], preamble: [], notes: [], footnotes: [] })).toBe(`${TABLE}\n`);
  });

  it("puts the preamble, the tables, the notes and the footnotes in that order, a blank line between blocks", () => {
    const view: View = {
      preamble: ["Scores for *two* models", "From one source"],
      sections: [CITING, { ...SECTION, title: "Again", rows: [] }],
      notes: ["# not a heading", "second note"],
      footnotes: [
        { id: "a", text: "Launch post" },
        { id: "b", text: "Lab run | v2" },
      ],
    };
    const blocks = [
      "Scores for \\*two\\* models\n\nFrom one source",
      CITING_TABLE,
      "### Again\n\n| Model | Value |\n| --- | ---: |",
      "\\# not a heading\n\nsecond note",
      "[^1]: Lab run \\| v2\n[^2]: Launch post Lab run \\| v2",
    ];
    expect(renderMarkdown(view)).toBe(`${blocks.join("\n\n")}\n`);
  });

  it("renders each of preamble, notes and footnotes alone as its own block", () => {
    expect(renderMarkdown({ sections: [SECTION], preamble: ["Intro"] })).toBe(`Intro\n\n${TABLE}\n`);
    expect(renderMarkdown({ sections: [SECTION], notes: ["Note"] })).toBe(`${TABLE}\n\nNote\n`);
    const footnotes = [
      { id: "a", text: "A" },
      { id: "b", text: "B" },
    ];
    expect(renderMarkdown({ sections: [CITING], footnotes })).toBe(`${CITING_TABLE}\n\n[^1]: B\n[^2]: A B\n`);
  });

  it("leaves out command hints, which only a terminal shows", () => {
    expect(renderMarkdown({ sections: [SECTION], notes: ["Note"], hints: ["Run muse --help"] })).toBe(
      `${TABLE}\n\nNote\n`,
    );
  });
});

describe("renderMarkdown --sources", () => {
  const SOURCED: View = {
    sections: [
      {
        columns: [
          { key: "model", header: "Model" },
          { key: "value", header: "Value", align: "right" },
          { key: "source", header: "Source" },
        ],
        rows: [
          [cell("GPT-5"), { text: "42.5", refs: ["alt"] }, { text: "lab", refs: ["source:lab"] }],
          [cell("Claude"), cell("40.1"), { text: "blog", refs: ["source:blog"] }],
        ],
      },
    ],
    footnotes: [
      { id: "alt", text: "blog gives 42.0 (agrees)." },
      { id: "source:lab", text: "lab: Lab, 2026-04, third-party.", kind: "source" },
      { id: "source:blog", text: "blog: Blog, 2026-03, first-party.", kind: "source" },
    ],
  };

  it("footnotes: every source a GFM footnote", () => {
    expect(renderMarkdown(SOURCED, "footnotes")).toBe(
      [
        "| Model | Value | Source |",
        "| --- | ---: | --- |",
        "| GPT-5 | 42.5[^1] | lab[^2] |",
        "| Claude | 40.1 | blog[^3] |",
        "",
        "[^1]: blog gives 42.0 (agrees).",
        "[^2]: lab: Lab, 2026-04, third-party.",
        "[^3]: blog: Blog, 2026-03, first-party.",
        "",
      ].join("\n"),
    );
  });

  it("column: the Source cell says who published it; other notes as plain [n] marks, no footnote syntax", () => {
    expect(renderMarkdown(SOURCED, "column")).toBe(
      [
        "| Model | Value | Source |",
        "| --- | ---: | --- |",
        "| GPT-5 | 42.5 \\[1\\] | lab: Lab, 2026-04, third-party. |",
        "| Claude | 40.1 | blog: Blog, 2026-03, first-party. |",
        "",
        "- \\[1\\] blog gives 42.0 (agrees).",
        "",
      ].join("\n"),
    );
  });

  it("none: no Source column and no source notes", () => {
    expect(renderMarkdown(SOURCED, "none")).toBe(
      [
        "| Model | Value |",
        "| --- | ---: |",
        "| GPT-5 | 42.5 \\[1\\] |",
        "| Claude | 40.1 |",
        "",
        "- \\[1\\] blog gives 42.0 (agrees).",
        "",
      ].join("\n"),
    );
  });

  it("renders a view without tables as its other blocks only", () => {
    expect(renderMarkdown({ sections: [], preamble: ["Intro"], notes: ["Note"] })).toBe("Intro\n\nNote\n");
    expect(renderMarkdown({ sections: [] })).toBe("\n");
  });
});

// The fast YAML writer of imports against the `yaml` library it stands in for: byte for byte the same
// text for registry-shaped data with any strings (quotes, line breaks, indicators, numbers as text,
// non-ASCII, control characters), numbers and booleans, at every nesting depth imports use.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { Document } from "yaml";
import { emitYaml } from "../src/import/shared/yaml-emit.js";

const viaLibrary = (data: Record<string, unknown>, comment: string): string => {
  const doc = new Document(data);
  doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0 });
};

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom("a", "1", " ", ":", "#", "-", "'", '"', "\n", ".", "e", "x", "é", "\t"),
    maxLength: 12,
  }),
  fc.constantFrom(
    "",
    "true",
    "null",
    "~",
    "1e3",
    "0x1F",
    "0o7",
    ".inf",
    "-",
    "---",
    "...",
    "2026-04-08",
    "12",
    "1.50",
    "a: b",
    "a #b",
    "https://x.org/a?b=c#d",
  ),
);
const value = fc.oneof(text, fc.double(), fc.integer(), fc.boolean());
const score = fc.dictionary(fc.constantFrom("model", "value", "note", "as_named", "url"), value);
const source = fc.record({
  id: text,
  title: text,
  aliases: fc.array(text, { maxLength: 3 }),
  setting: fc.dictionary(fc.constantFrom("shots", "effort", "run"), value, { maxKeys: 3 }),
  scores: fc.array(score, { maxLength: 3 }),
});

describe("emitYaml", () => {
  test.prop(
    [
      fc.array(source, { maxLength: 3 }),
      fc.array(text, { maxLength: 3 }),
      fc.constantFrom("", " Generated.\n Re-run."),
    ],
    {
      numRuns: 400,
    },
  )("writes what the yaml library writes", (sources, names, comment) => {
    const data = { benchmarks: names, sources };
    expect(emitYaml(data, comment)).toBe(viaLibrary(data, comment));
  });

  it("lays out empty lists and mappings, and a sequence in a sequence through the library", () => {
    const data = { models: [{ id: "a", aliases: [], setting: {} }], sources: [[1, 2]] };
    expect(emitYaml(data, "")).toBe(viaLibrary(data, ""));
    expect(emitYaml({ models: [{ id: "a", aliases: [], setting: {} }] }, "")).toBe(
      "models:\n  - id: a\n    aliases: []\n    setting: {}\n",
    );
  });

  it("writes a file of many thousand lines whole, across the chunks it joins them in", () => {
    const scores = Array.from({ length: 3000 }, (_, i) => ({
      model: `m-${i}`,
      value: i / 7,
      setting: { run: `r${i}` },
    }));
    const data = { sources: [{ id: "s", scores }] };
    const text = emitYaml(data, " Generated.");
    expect(text.split("\n").length).toBe(5 + 4 * 3000 + 1);
    expect(text).toBe(viaLibrary(data, " Generated."));
  });
});

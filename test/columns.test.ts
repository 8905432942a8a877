// The column layout must be cli-table3's (blank borders, no padding, compact), which the table renderer used:
// compared here on random cells with wide characters, emoji, combining marks and colour codes.
import { Chalk } from "chalk";
import Table from "cli-table3";
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import {
  type Align,
  alignColumns,
  DIRECT_LAYOUT_ROWS,
  displayWidth,
  layoutColumnsDirectly,
} from "../src/render/columns.js";
import { textWidth } from "../src/render/text-width.js";

const BLANK = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: "  ",
};

/** What cli-table3 prints for the same rows (the first is the header). */
function cliTable3(rows: string[][], aligns: Align[]): string[] {
  const [head, ...body] = rows;
  const table = new Table({
    chars: BLANK,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0, compact: true },
    colAligns: aligns,
    head,
  });
  for (const row of body) table.push(row);
  return table.toString().split("\n");
}

const chalk = new Chalk({ level: 1 });
const PIECES = [
  "a",
  "Z",
  "42.5%",
  " ",
  "-",
  "|",
  "é",
  "e\u0301",
  "中文",
  "ｱ",
  "😀",
  "👍🏽",
  "🇫🇷",
  "#️⃣",
  "©",
  "\u200b",
  "↵",
  "<U+001B>",
  "",
];
const cellText = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }), fc.constantFrom("none", "bold", "dim", "red"))
  .map(([parts, style]) => {
    const text = parts.join("");
    return style === "none" ? text : chalk[style as "bold" | "dim" | "red"](text);
  });

describe("alignColumns", () => {
  it("lays out rows directly exactly as cli-table3 does", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((columns) =>
            fc.tuple(
              fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), { minLength: 2, maxLength: 6 }),
              fc.array(fc.constantFrom<Align>("left", "right"), { minLength: columns, maxLength: columns }),
            ),
          ),
        ([rows, aligns]) => {
          const oracle = cliTable3(rows, aligns);
          expect(layoutColumnsDirectly(rows, aligns)).toEqual(oracle);
          expect(alignColumns(rows, aligns)).toEqual(oracle);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("measures text as string-width does (displayWidth with colour codes stripped as cli-table3 strips them)", () => {
    const chars = fc.oneof(
      fc.integer({ min: 0, max: 0x3000 }),
      fc.integer({ min: 0x20, max: 0x1100 }),
      fc.constantFrom(0x1b, 0x9b, 0x300, 0x36f, 0x370, 0x10ff, 0x1100, 0x20e3, 0xfe0f, 0x1f600, 0x1f1eb),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (codes) => {
        const text = String.fromCodePoint(...codes);
        expect(displayWidth(text)).toBe(stringWidth(text.replace(/\u001b\[(?:\d*;){0,5}\d*m/g, "")));
        expect(textWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("measures printable ASCII by length and wide characters as two columns, colour codes as none", () => {
    expect(displayWidth("arc-agi-2")).toBe(9);
    expect(displayWidth("中文")).toBe(4);
    expect(displayWidth(chalk.bold("ab"))).toBe(2);
    expect(displayWidth("e\u0301")).toBe(1);
  });

  it("draws a terminal's table with cli-table3 and a longer section directly, as one cli-table3 table would", () => {
    const rows = Array.from({ length: 2_450 }, (_, i) => [
      i === 0 ? "Model" : `model-${"x".repeat(i % 37)}`,
      i === 0 ? "Value" : String((i * 7919) % 100003),
      i === 33 || i === 333 ? "中文 wide" : "src",
    ]);
    const aligns: Align[] = ["left", "right", "left"];
    for (const length of [DIRECT_LAYOUT_ROWS, DIRECT_LAYOUT_ROWS + 1, 450, rows.length]) {
      expect(alignColumns(rows.slice(0, length), aligns)).toEqual(cliTable3(rows.slice(0, length), aligns));
    }
  });

  it("lays out many rows (a 100k-score registry gives thousands) in one pass", () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [`model-${i}`, String(i % 97), "x"]);
    const lines = alignColumns([["Model", "Value", "Source"], ...rows], ["left", "right", "left"]);
    expect(lines).toHaveLength(50_001);
    expect(lines[1]).toBe("model-0          0  x     ");
  });
});

// The plain CSV reader (src/import/shared/csv-fast.ts) against csv-parse with readCsv's options: the same
// header, records and lines on every text it accepts, and it gives way on the texts it does not read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv, readCsvWithParser } from "../src/import/shared/csv.js";
import { readPlainCsv } from "../src/import/shared/csv-fast.js";

// Pieces that exercise every rule: separators, line ends, quotes, escaped quotes, BOMs, spaces, non-ASCII.
const PIECES = [
  "a",
  "0.5",
  " ",
  ",",
  "\n",
  "\n\n",
  "\r",
  "\r\n",
  '"',
  '""',
  '"x,y"',
  '"l1\nl2"',
  "\uFEFF",
  "é",
  "通",
  "\uD800",
];
const csvText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
// Well-formed plain CSV: rows of plain or quoted cells, so that most cases take the plain reader.
const cell = fc.oneof(
  fc.constantFrom("", "a", "0.5", " x ", "通义", "é"),
  fc.constantFrom('"a,b"', '"say ""hi"""', '"two\nlines"', '""', '"\n"'),
);
const plainText = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
    fc.constantFrom("", "\n", "\n\n"),
  )
  .map(([bom, rows, end]) => `${bom ? "\uFEFF" : ""}${rows.map((r) => r.join(",")).join("\n")}${end}`);

describe("readPlainCsv", () => {
  it("reads what csv-parse reads, on any text made of CSV's pieces", () => {
    fc.assert(
      fc.property(csvText, (text) => {
        expect(readCsv(text)).toEqual(readCsvWithParser(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("takes well-formed plain CSV itself, with the same records and lines as csv-parse", () => {
    fc.assert(
      fc.property(plainText, (text) => {
        fc.pre(text.replace(/^\uFEFF/, "").length >= 3);
        expect(readPlainCsv(text)).not.toBeUndefined();
        expect(readCsv(text)).toEqual(readCsvWithParser(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("numbers rows by the line they start on, after quoted line breaks and skipped empty lines", () => {
    expect(readPlainCsv('\uFEFFh1,h2\n"a\nb",1\n\n\nc,"x ""y"""\nd,')).toEqual({
      rows: [
        ["h1", "h2"],
        ["a\nb", "1"],
        ["c", 'x "y"'],
        ["d", ""],
      ],
      lines: [1, 2, 6, 7],
    });
  });

  it("gives way to csv-parse on CR line ends, stray or unclosed quotes, text after a quote, lone surrogates", () => {
    for (const text of ["a,b\r\n1,2\r\n", 'a,b\n1,x"y\n', 'a,b\n"open,1\n', 'a,b\n"q"x,1\n', "a,b\n\uD800,1\n"])
      expect(readPlainCsv(text)).toBeUndefined();
  });
});

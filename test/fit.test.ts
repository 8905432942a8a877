// Fitting text to a terminal: shortening with …, sharing width between columns, wrapping.
import { describe, expect, it } from "vitest";
import { displayWidth } from "../src/render/columns.js";
import { fitColumns, truncate, wrapLine } from "../src/render/fit.js";

describe("truncate", () => {
  it("keeps text that fits, and ends cut text with … at exactly the width", () => {
    expect(truncate("abcdef", 6)).toBe("abcdef");
    expect(truncate("abcdef", 5)).toBe("abcd…");
    expect(truncate("abcdef", 1)).toBe("…");
    expect(truncate("abcdef", 0)).toBe("");
  });

  it("counts wide characters as two columns and never splits one", () => {
    const cut = truncate("通义千问模型", 5);
    expect(cut).toBe("通义…");
    expect(displayWidth(cut)).toBe(5);
  });

  it("keeps colour codes whole, counts them as no width, and resets colour after a cut", () => {
    expect(truncate("\u001b[1mabcdef\u001b[22m", 4)).toBe("\u001b[1mabc…\u001b[0m");
    expect(truncate("\u001b[1mabc\u001b[22m", 3)).toBe("\u001b[1mabc\u001b[22m");
  });
});

describe("fitColumns", () => {
  it("leaves natural widths when they fit", () => {
    expect(fitColumns([10, 20], [0, 1], 32)).toEqual([10, 20]);
  });

  it("takes width from the widest early column first, down to 10, before the model's", () => {
    // model (shrink 9), value (never), config (0), source (1); gaps of 2 → 6.
    expect(fitColumns([30, 10, 40, 30], [9, undefined, 0, 1], 86)).toEqual([30, 10, 20, 20]);
    expect(fitColumns([30, 10, 40, 30], [9, undefined, 0, 1], 56)).toEqual([20, 10, 10, 10]);
  });

  it("then the model's name to 10, then the early columns to 6, and the model's name last", () => {
    expect(fitColumns([30, 10, 40, 30], [9, undefined, 0, 1], 48)).toEqual([12, 10, 10, 10]);
    expect(fitColumns([30, 10, 40, 30], [9, undefined, 0, 1], 40)).toEqual([10, 10, 7, 7]);
    expect(fitColumns([30, 10, 40, 30], [9, undefined, 0, 1], 36)).toEqual([8, 10, 6, 6]);
  });

  it("never shortens a column without a shrink order, even when nothing else can give", () => {
    expect(fitColumns([10, 10], [undefined, undefined], 5)).toEqual([10, 10]);
  });
});

describe("wrapLine", () => {
  it("wraps at spaces, continuing under the indent, splitting a word longer than the line", () => {
    expect(wrapLine("[1] one two three four", 10, "    ")).toEqual(["[1] one", "    two", "    three", "    four"]);
    expect(wrapLine("abcdefghijkl", 5)).toEqual(["abcde", "fghij", "kl"]);
    expect(wrapLine("short", 10)).toEqual(["short"]);
  });
});

// How values, uncertainties and differences are written in every text format.
import { describe, expect, it } from "vitest";
import { UNITS } from "../src/core/schema/vocabulary.js";
import { formatDelta, formatScore, formatUncertainty, formatValue, round } from "../src/render/format-value.js";

describe("formatValue", () => {
  it.each([
    ["percent", "42.5%"],
    ["elo", "42.5 Elo"],
    ["points", "42.5 pts"],
    ["tokens", "42.5 tok"],
    ["million-tokens", "42.5M tok"],
    ["ratio", "42.5×"],
    ["count", "42.5"],
    ["hours", "42.5 h"],
    ["usd", "42.5 USD"],
  ] as const)("writes a %s value with its unit: %s", (unit, expected) => {
    expect(formatValue(42.5, unit)).toBe(expected);
  });

  it("has a suffix for every unit of the schema", () => {
    for (const unit of UNITS) expect(formatValue(1, unit)).toMatch(/^1(?:\D.*)?$/);
  });

  it("keeps a value as published unless decimals are asked for", () => {
    expect(formatValue(58, "percent")).toBe("58%");
    expect(formatValue(58, "percent", false, 1)).toBe("58.0%");
    expect(formatValue(89.75, "percent", false, 0)).toBe("90%");
    expect(formatValue(1, "count", false, 99)).toBe(`1.${"0".repeat(20)}`);
  });

  it("marks a value read off a chart with ~", () => {
    expect(formatValue(56, "percent", true)).toBe("~56%");
    expect(formatValue(56, "percent", false)).toBe("56%");
  });
});

describe("formatUncertainty", () => {
  it("writes a standard error as ±, rounded", () => {
    expect(formatUncertainty(1.94)).toBe("±1.94");
    expect(formatUncertainty(0.1 + 0.2)).toBe("±0.3");
  });

  it("writes an interval in brackets", () => {
    expect(formatUncertainty(undefined, [40.1, 44.9])).toBe("[40.1, 44.9]");
  });

  it("prefers the standard error when both are given, and is empty when neither is", () => {
    expect(formatUncertainty(2, [1, 3])).toBe("±2");
    expect(formatUncertainty()).toBe("");
  });
});

describe("formatScore", () => {
  it("writes a value with its uncertainty when the source gives one", () => {
    expect(formatScore({ value: 89.8, decimals: 1, stderr: 2.2 }, "percent")).toBe("89.8% ±2.2");
    expect(formatScore({ value: 42.1, ci: [40.1, 44.9] }, "percent")).toBe("42.1% [40.1, 44.9]");
    expect(formatScore({ value: 58, approx: true }, "percent")).toBe("~58%");
    expect(formatScore({ value: 1427 }, "elo")).toBe("1427 Elo");
  });
});

describe("formatDelta", () => {
  it("signs a positive difference, keeps the minus of a negative one, and leaves zero bare", () => {
    expect(formatDelta(3.2)).toBe("+3.2");
    expect(formatDelta(-0.4)).toBe("-0.4");
    expect(formatDelta(0)).toBe("0");
  });

  it("rounds away float noise, so a difference that rounds to zero is written as 0", () => {
    expect(formatDelta(76.5 - 42.5)).toBe("+34");
    expect(formatDelta(0.1 + 0.2)).toBe("+0.3");
    expect(formatDelta(0.00001)).toBe("0");
  });
});

describe("round", () => {
  it("keeps at most four decimals", () => {
    expect(round(0.30000000000000004)).toBe(0.3);
    expect(round(1.23456)).toBe(1.2346);
    expect(round(-2.5)).toBe(-2.5);
  });
});

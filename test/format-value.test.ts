// How values, uncertainties and differences are written in every text format.
import { describe, expect, it } from "vitest";
import { UNITS } from "../src/core/schema/vocabulary.js";
import {
  deltaDecimals,
  difference,
  formatDelta,
  formatScore,
  formatUncertainty,
  formatValue,
  shownDecimals,
  significantPlaces,
  writtenDecimals,
} from "../src/render/format-value.js";

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
  it("writes a standard error as ±, to two significant figures, never more decimals than published", () => {
    expect(formatUncertainty(1.94)).toBe("±1.9");
    expect(formatUncertainty(1.6527)).toBe("±1.7");
    expect(formatUncertainty(0.0123)).toBe("±0.012");
    expect(formatUncertainty(2)).toBe("±2");
    expect(formatUncertainty(0.1 + 0.2)).toBe("±0.30");
    expect(formatUncertainty(1.6527, undefined, "full")).toBe("±1.6527");
  });

  it("writes an interval in brackets, to two significant figures of its half-width", () => {
    expect(formatUncertainty(undefined, [40.1, 44.9])).toBe("[40.1, 44.9]");
    expect(formatUncertainty(undefined, [1542.73, 1567.97])).toBe("[1543, 1568]");
    expect(formatUncertainty(undefined, [1542.73, 1567.97], "full")).toBe("[1542.73, 1567.97]");
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

  it("shows a value to the decimal its uncertainty justifies, never more than published", () => {
    expect(formatScore({ value: 92.6136, decimals: 4, stderr: 1.6527 }, "percent")).toBe("92.6% ±1.7");
    expect(formatScore({ value: 87, decimals: 0, stderr: 2 }, "percent")).toBe("87% ±2");
    expect(formatScore({ value: 1555.35, decimals: 2, ci: [1542.73, 1567.97] }, "elo")).toBe("1555 Elo [1543, 1568]");
    expect(formatScore({ value: 42.5, decimals: 1, stderr: 0.012 }, "percent")).toBe("42.5% ±0.012");
  });

  it("shows every published digit with --precision full", () => {
    expect(formatScore({ value: 92.6136, decimals: 4, stderr: 1.6527 }, "percent", "full")).toBe("92.6136% ±1.6527");
    expect(shownDecimals({ value: 92.6136, decimals: 4, stderr: 1.6527 }, "full")).toBe(4);
  });
});

describe("formatDelta and deltaDecimals", () => {
  it("signs a positive difference, keeps the minus of a negative one, and leaves zero bare", () => {
    expect(formatDelta(3.2, 1)).toBe("+3.2");
    expect(formatDelta(-0.4, 1)).toBe("-0.4");
    expect(formatDelta(0, 1)).toBe("0");
    expect(formatDelta(34, 1)).toBe("+34.0");
    expect(formatDelta(-17, 0, false)).toBe("17");
  });

  it("writes a difference to the finer of the two values as shown", () => {
    const a = { value: 92.6136, decimals: 4, stderr: 1.6527 };
    const b = { value: 89.8, decimals: 1, stderr: 2.2 };
    expect(deltaDecimals(a, b)).toBe(1);
    expect(formatDelta(difference(a, b), deltaDecimals(a, b))).toBe("+2.8");
    expect(formatDelta(difference(a, b), deltaDecimals(a, b, "full"))).toBe("+2.8136");
    expect(difference({ value: 76.5, decimals: 1 }, { value: 42.5, decimals: 1 })).toBe(34);
    expect(difference({ value: 0.3, decimals: 1 }, { value: 0.1, decimals: 1 })).toBe(0.2);
  });
});

describe("significantPlaces and writtenDecimals", () => {
  it("counts the places two significant figures need, and the decimals a number is written with", () => {
    expect(significantPlaces(1.6527)).toBe(1);
    expect(significantPlaces(12.6)).toBe(0);
    expect(significantPlaces(0.05)).toBe(3);
    expect(writtenDecimals(1.65)).toBe(2);
    expect(writtenDecimals(2)).toBe(0);
    expect(writtenDecimals(1e-7)).toBe(7);
  });
});

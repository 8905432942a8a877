import { describe, expect, it } from "vitest";
import { figuresAgree, plausibleInterval, roundingInterval, withinUncertainty } from "../src/core/compare/agreement.js";

const fig = (value: number, decimals: number, extra: { stderr?: number; ci?: [number, number] } = {}) => ({
  value,
  decimals,
  ...extra,
});

describe("rounding intervals", () => {
  it("58 written without decimals covers [57.5, 58.5)", () => {
    expect(roundingInterval(fig(58, 0))).toEqual({ low: 57.5, high: 58.5 });
  });

  it("42.5 written with one decimal covers [42.45, 42.55)", () => {
    const { low, high } = roundingInterval(fig(42.5, 1));
    expect(low).toBeCloseTo(42.45, 10);
    expect(high).toBeCloseTo(42.55, 10);
  });

  it("a stated uncertainty widens the plausible interval beyond the rounding", () => {
    expect(plausibleInterval(fig(40, 0, { ci: [38, 43] }))).toEqual({ low: 38, high: 43 });
    const se = plausibleInterval(fig(40, 0, { stderr: 1 }));
    expect(se.low).toBeCloseTo(38.04, 10);
    expect(se.high).toBeCloseTo(41.96, 10);
  });
});

describe("figuresAgree", () => {
  it.each([
    [fig(58, 0), fig(58.4, 1), true, "a rounded claim and its precise form"],
    [fig(38, 0), fig(38.3, 1), true, "38 and 38.3"],
    [fig(58, 0), fig(58.5, 1), true, "58.5 can be a rounding of 58.46, which rounds to 58"],
    [fig(58, 0), fig(58.6, 1), false, "58.6 is outside 58's rounding"],
    [fig(42.8, 1), fig(42.9, 1), false, "two values of the same precision a step apart"],
    [fig(42.5, 1), fig(42.5, 1), true, "the same value twice"],
    [fig(1427, 0), fig(1444, 0), false, "the GDPval-AA pair"],
    [fig(1427, 0, { ci: [1410, 1445] }), fig(1444, 0), true, "within the stated interval of one side"],
    [fig(1427, 0, { ci: [1410, 1440] }), fig(1444, 0), false, "outside the stated interval"],
    [fig(1427, 0, { stderr: 5 }), fig(1444, 0), false, "±1.96 stderr reaches 1436.8, not 1443.5"],
    [fig(1427, 0, { stderr: 9 }), fig(1444, 0), true, "±1.96 stderr reaches 1444.64"],
  ])("%o vs %o → %s (%s)", (a, b, expected) => {
    expect(figuresAgree(a, b)).toBe(expected);
    expect(figuresAgree(b, a)).toBe(expected);
  });
});

describe("withinUncertainty", () => {
  it("needs an uncertainty on both sides", () => {
    expect(withinUncertainty(fig(50, 0, { stderr: 5 }), fig(51, 0))).toBe(false);
    expect(withinUncertainty(fig(50, 0), fig(50, 0))).toBe(false);
  });

  it("is true when the intervals overlap and false when they do not", () => {
    expect(withinUncertainty(fig(50, 0, { ci: [48, 52] }), fig(53, 0, { ci: [51, 55] }))).toBe(true);
    expect(withinUncertainty(fig(50, 0, { ci: [48, 52] }), fig(60, 0, { ci: [58, 62] }))).toBe(false);
    expect(withinUncertainty(fig(50, 0, { stderr: 1 }), fig(53, 0, { stderr: 1 }))).toBe(true);
    expect(withinUncertainty(fig(50, 0, { stderr: 0.5 }), fig(53, 0, { stderr: 0.5 }))).toBe(false);
  });
});

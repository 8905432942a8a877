import { describe, expect, it } from "vitest";
import { claimKindOf } from "../src/core/claims/kind.js";
import { type Prefer, precedenceOrder } from "../src/core/compare/precedence.js";
import { resolveShown } from "../src/core/compare/shown.js";
import { BASE_RECORDS, sourceYaml, storeFromYaml } from "./compare-helpers.js";

// One identity (alpha on quiz, no setting) given by five sources of every kind.
const store = storeFromYaml(`${BASE_RECORDS}
sources:
${sourceYaml("maker", "first-party", "2026-04-01", "- { model: alpha, benchmark: quiz, value: 50 }")}
${sourceYaml("lab", "third-party", "2026-03-01", "- { model: alpha, benchmark: quiz, value: 47.0 }")}
${sourceYaml("news-lab", "press", "2026-05-01", "- { model: alpha, benchmark: quiz, value: 47 }", "third-party")}
${sourceYaml("news-maker", "press", "2026-04-02", "- { model: alpha, benchmark: quiz, value: 50.2 }")}
${sourceYaml("blog", "press", "2026-04", "- { model: alpha, benchmark: quiz, value: 50.2 }")}
`);

const order = (prefer: Prefer) =>
  resolveShown(store, store.scores, prefer).map((c) => [c.score.source, ...c.alternatives.map((a) => a.score.source)]);

describe("source precedence", () => {
  it("gives press sources the kind of whoever produced the figures they repeat", () => {
    expect(claimKindOf(store.sources.get("news-lab"))).toBe("third-party");
    expect(claimKindOf(store.sources.get("news-maker"))).toBe("first-party");
    expect(claimKindOf(store.sources.get("maker"))).toBe("first-party");
  });

  it("by default: third-party over first-party, original over press, more decimals, later, then id", () => {
    // lab and news-lab are third-party (lab the original); among first-party: maker is the original,
    // then the two press reports with one decimal: news-maker (2026-04-02) is later than blog (2026-04).
    expect(order({ rule: "third-party" })).toEqual([["lab", "news-lab", "maker", "news-maker", "blog"]]);
  });

  it("--prefer first-party puts the maker's claims first", () => {
    expect(order({ rule: "first-party" })).toEqual([["maker", "news-maker", "blog", "lab", "news-lab"]]);
  });

  it("--prefer latest puts the latest publication first", () => {
    expect(order({ rule: "latest" })[0]?.[0]).toBe("news-lab");
    expect(order({ rule: "latest" })[0]?.slice(1)).toEqual(["news-maker", "maker", "blog", "lab"]); // "2026-04" sorts before "2026-04-01"
  });

  it("--prefer SOURCE-ID puts that source first and keeps the default order behind it", () => {
    expect(order({ rule: "source", source: "blog" })).toEqual([["blog", "lab", "news-lab", "maker", "news-maker"]]);
  });

  it("is a total order: no two different sources compare equal", () => {
    const compareWith = precedenceOrder(store, { rule: "third-party" });
    for (const a of store.scores) {
      for (const b of store.scores) {
        if (a !== b) expect(compareWith(a, b)).not.toBe(0);
      }
    }
  });

  it("marks which alternatives agree with the value shown (rounding counts)", () => {
    const [shown] = resolveShown(store, store.scores, { rule: "third-party" });
    expect(shown?.score.value).toBe(47);
    expect(shown?.alternatives.map((a) => [a.score.source, a.agrees])).toEqual([
      ["news-lab", true],
      ["maker", false],
      ["news-maker", false],
      ["blog", false],
    ]);
    expect(shown?.disagreement).toBe(true);
  });
});

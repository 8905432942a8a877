// Name folding and "did you mean" suggestions.
import { describe, expect, it } from "vitest";
import { foldName, nearest } from "../src/core/suggest.js";

describe("foldName", () => {
  it("lowercases and drops everything that is not a letter or a digit", () => {
    expect(foldName("GPT-5.4 Pro")).toBe("gpt54pro");
    expect(foldName("Humanity's Last Exam")).toBe("humanityslastexam");
    expect(foldName("τ²-Bench")).toBe("τ2bench");
  });

  it("drops accents", () => {
    expect(foldName("Café Élan")).toBe("cafeelan");
  });
});

describe("nearest", () => {
  const ids = ["gpt-5.4", "gpt-5.4-pro", "gemini-3.1-pro", "muse-spark", "grok-4.5", "arc-agi-2"];

  it("suggests a near miss, closest first", () => {
    expect(nearest("muse-sprak", ids)).toEqual(["muse-spark"]);
    expect(nearest("grok-4.6", ids)).toEqual(["grok-4.5"]);
  });

  it("suggests names that start with what was typed, even two characters", () => {
    expect(nearest("gp", ids)).toEqual(["gpt-5.4", "gpt-5.4-pro"]);
  });

  it("suggests names containing what was typed from three characters on, not fewer", () => {
    expect(nearest("spark", ids)).toEqual(["muse-spark"]);
    expect(nearest("pro", ids)).toEqual(["gemini-3.1-pro", "gpt-5.4-pro"]);
    expect(nearest("54", ids)).toEqual([]);
  });

  it("allows a third of the folded length in edits, and at least two", () => {
    // "arcagi2" is 7 characters: two edits allowed
    expect(nearest("arcxgy2", ids)).toEqual(["arc-agi-2"]);
    expect(nearest("xrcxgy2", ids)).toEqual([]);
    // 12 characters typed: four edits allowed (four away is suggested, five is not)
    expect(nearest("gxmxnixx1pro", ["gemini-3.1-pro"])).toEqual(["gemini-3.1-pro"]);
    expect(nearest("gxmxnxxx1pro", ["gemini-3.1-pro"])).toEqual([]);
  });

  it("returns at most `limit` names, ties in name order, each once", () => {
    const many = ["model-b", "model-a", "model-c", "model-d", "model-a"];
    expect(nearest("model", many)).toEqual(["model-a", "model-b", "model-c"]);
    expect(nearest("model", many, 2)).toEqual(["model-a", "model-b"]);
  });

  it("suggests nothing when nothing is near", () => {
    expect(nearest("zzzzzzzz", ids)).toEqual([]);
  });
});

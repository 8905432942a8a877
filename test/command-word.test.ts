// The command's name is found in one place before commander parses the line (src/cli/command-word.ts): the
// start-up entry picks its code cache by it and the program loads only that command.
import { describe, expect, it } from "vitest";
import { commandWord, GLOBAL_OPTIONS_WITH_VALUE } from "../src/cli/command-word.js";
import { buildProgram } from "../src/cli/program.js";

describe("commandWord", () => {
  it("knows every global option that takes a value, as the program defines them", async () => {
    const io = { out: () => {}, err: () => {}, env: {}, cwd: "/", stdoutIsTTY: false, stderrIsTTY: false };
    const program = await buildProgram(io, () => async () => {}, ["--version"]);
    const withValue = program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.long, o.short]);
    expect(withValue.filter((name) => name !== undefined).sort()).toEqual([...GLOBAL_OPTIONS_WITH_VALUE].sort());
  });

  it("skips global options and their values, and stops at --", () => {
    expect(commandWord(["--registry", "compare", "scores", "--bench", "x"])).toBe("scores");
    expect(commandWord(["--registry=compare", "show", "m"])).toBe("show");
    expect(commandWord(["--format", "json", "--no-cache", "list"])).toBe("list");
    expect(commandWord(["--debug", "--", "diff"])).toBe("diff");
    expect(commandWord(["--version"])).toBe(undefined);
    expect(commandWord([])).toBe(undefined);
    expect(commandWord(["-", "x"])).toBe("-");
  });
});

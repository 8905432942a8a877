// The status line (src/cli/io.ts): redrawn in place on a terminal's stderr, so it must never wrap (a wrapped line
// cannot be cleared by the next redraw) and must never pass control characters from data through.
import { describe, expect, it } from "vitest";
import { capturingIo, diagnosticsIo } from "../src/cli/io.js";

/** A terminal's diagnostics of `columns` width, and what was written to it. */
function terminal(columns?: number) {
  const { io, err } = capturingIo({}, "/", true);
  return { io: diagnosticsIo(columns === undefined ? io : { ...io, stderrColumns: columns }), err };
}

describe("the status line", () => {
  it("is shortened to one column less than the terminal, with an ellipsis", () => {
    const { io, err } = terminal(20);
    io.status?.("muse: importing 1/50 ../shared/datasets/epoch-benchmarking-hub-2026-04/gpqa_diamond.csv");
    expect(err()).toBe("\r\u001b[2Kmuse: importing 1/…");
  });

  it("is drawn whole when the terminal's width is unknown, and cleared with an empty text", () => {
    const { io, err } = terminal();
    io.status?.("muse: downloading 12 KB of 300 KB");
    io.status?.("");
    expect(err()).toBe("\r\u001b[2Kmuse: downloading 12 KB of 300 KB\r\u001b[2K");
  });

  it("shows control characters from data as visible marks", () => {
    const { io, err } = terminal(80);
    io.status?.("muse: importing 1/1 evil\u001b[31m.csv");
    expect(err()).toBe("\r\u001b[2Kmuse: importing 1/1 evil<U+001B>[31m.csv");
  });
});

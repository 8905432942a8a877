import { fc, it } from "@fast-check/vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { marked, type Token, type Tokens } from "marked";
import { describe, expect } from "vitest";
import { run } from "../src/cli/main.js";
import { csvField, renderCsv } from "../src/render/csv.js";
import { renderJson } from "../src/render/json.js";
import { escapeMarkdownText, renderMarkdown } from "../src/render/markdown.js";
import { plain } from "../src/render/paint.js";
import { sanitizeTerminal } from "../src/render/sanitize.js";
import { renderTable } from "../src/render/table.js";
import type { CellStyle, View } from "../src/render/view.js";

// `npm run mutate` asks for fewer runs (test/helpers/mutation-setup.ts); CI uses the defaults and a new seed each run.
const MUTATION_RUNS = Number(process.env.MUSE_PROPERTY_RUNS ?? 0);

// Written out here on purpose (not imported): what must never reach a terminal or document from data.
const UNSAFE_CLASS = "\\u007f-\\u009f\\u061c\\u200b\\u200e\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff\\ufff9-\\ufffb";
const CONTROL_OR_BIDI = new RegExp(`[\\u0000-\\u001f${UNSAFE_CLASS}]`, "u");
const CONTROL_OR_BIDI_BUT_NEWLINE = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f${UNSAFE_CLASS}]`, "u");

/** The visible mark the renderers promise for a control or bidi character. */
const mark = (ch: string) => `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`;

/** Single characters and short strings that break naive escaping, mixed with any code unit at all. */
const hostileUnit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ..."|\\*_`~[]<>&!#-=+@'\",;:().^$".split(""),
      "\n",
      "\r",
      "\r\n",
      "\t",
      " ",
      "\u00a0",
      "\u001b",
      "\u001b[31m",
      "\u001b]8;;http://x\u0007",
      "\u009b",
      "\u007f",
      "\u0000",
      "\u202e",
      "\u2066",
      "\u200b",
      "\u200d",
      "\u2028",
      "\ufeff",
      "&amp;",
      "&lt;",
      "&#60;",
      "<br>",
      "<script>",
      "http://example.com",
      "www.example.com",
      "a@b.co",
      "1.",
      "[^1]",
      "![x](y)",
      "**",
      "~~",
      "👩‍💻",
      "思考",
    ),
  },
);
const hostileText = fc.string({ unit: hostileUnit, maxLength: 40 });

function tableView(cells: readonly string[], style?: CellStyle): View {
  return {
    sections: [
      {
        columns: cells.map((_, i) => ({ key: `c${i}`, header: `H${i}` })),
        rows: [cells.map((text) => (style === undefined ? { text } : { text, style }))],
      },
    ],
  };
}

/** The text a reader sees in a rendered GFM cell; fails on any markup other than `<br>` and autolinks. */
function cellText(tokens: readonly Token[]): string {
  return tokens
    .map((t) => {
      if (t.type === "text") return decodeEntities((t as Tokens.Text).text);
      if (t.type === "escape") return (t as Tokens.Escape).text;
      if (t.type === "html" && /^<br>$/i.test(t.raw)) return "\n";
      // URLs may become links (`<url>` autolinks, GFM bare URLs and e-mail addresses): the text shown stays the same.
      if (t.type === "link" && t.raw === `<${(t as Tokens.Link).text}>`) return (t as Tokens.Link).text;
      if (t.type === "link" && t.raw === (t as Tokens.Link).text) return decodeEntities(t.raw);
      throw new Error(`markup survived escaping: ${t.type} ${JSON.stringify(t.raw)}`);
    })
    .join("");
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };
  return text.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => named[name] ?? "");
}

/** What a markdown cell promises to show for a text: each non-blank line, trimmed, controls as visible marks. */
function expectedMarkdownCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => sanitizeTerminal(line).trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** What the CSV writer promises: a lone CR as LF, other controls (but tab, CR, LF) marked, formula-like text neutralised. */
function expectedCsvField(text: string): string {
  const lines = text.replace(/\r(?!\n)/g, "\n");
  const shown = [...lines].map((ch) => (/[\t\r\n]/.test(ch) || !CONTROL_OR_BIDI.test(ch) ? ch : mark(ch))).join("");
  return /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
}

describe("terminal sanitiser", () => {
  it.prop([hostileText])("is idempotent", (text) => {
    const once = sanitizeTerminal(text);
    expect(sanitizeTerminal(once)).toBe(once);
  });

  it.prop([hostileText])("leaves no control or bidi character", (text) => {
    expect(sanitizeTerminal(text)).not.toMatch(CONTROL_OR_BIDI);
  });

  it.prop([hostileText])("shows each character itself, or a visible mark for a control or bidi one", (text) => {
    const expected = [...text].map((ch) => {
      if (ch === "\n") return "\u21b5";
      if (ch === "\t") return " ";
      return CONTROL_OR_BIDI.test(ch) ? mark(ch) : ch;
    });
    expect(sanitizeTerminal(text)).toBe(expected.join(""));
  });

  it.prop([fc.array(hostileText, { minLength: 1, maxLength: 4 })])(
    "keeps a table to one line per row, free of controls",
    (cells) => {
      const out = renderTable(tableView(cells), plain);
      expect(out.replace(/\n/g, "")).not.toMatch(CONTROL_OR_BIDI);
      expect(out.split("\n")).toHaveLength(3); // header, row, and the final newline
    },
  );
});

describe("markdown cells", () => {
  it.prop([hostileText, fc.integer({ min: 0, max: 2 }), fc.boolean()])(
    "keep the row's column count and render back to the same text in a GFM parser",
    (text, at, bold) => {
      const cells = ["left", "middle", "right"];
      cells[at] = text;
      const view = tableView(cells, bold ? "bold" : undefined);
      const tables = marked.lexer(renderMarkdown(view)).filter((t): t is Tokens.Table => t.type === "table");
      expect(tables).toHaveLength(1);
      const table = tables[0] as Tokens.Table;
      expect(table.header).toHaveLength(3);
      expect(table.rows).toHaveLength(1);
      const row = table.rows[0] ?? [];
      expect(row).toHaveLength(3);
      const shown = row.map((c) => {
        if (!bold || c.tokens.length === 0) return cellText(c.tokens);
        expect(c.tokens.map((t) => t.type)).toEqual(["strong"]);
        return cellText((c.tokens[0] as Tokens.Strong).tokens);
      });
      expect(shown).toEqual(cells.map(expectedMarkdownCell));
    },
  );

  it.prop([hostileText])("notes stay one plain paragraph with the same text", (text) => {
    const expected = sanitizeTerminal(text.replace(/\r\n|\r|\n/g, " ")).trim();
    const tokens = marked.lexer(`${escapeMarkdownText(text)}\n`).filter((t) => t.type !== "space");
    if (expected === "") {
      expect(tokens).toHaveLength(0);
      return;
    }
    expect(tokens.map((t) => t.type)).toEqual(["paragraph"]);
    expect(cellText((tokens[0] as Tokens.Paragraph).tokens)).toBe(expected);
  });
});

describe("CSV fields", () => {
  it.prop([hostileText, fc.integer({ min: 0, max: 2 })])(
    "round-trip through the CSV writer and csv-parse (formula-like text gains a leading ')",
    (text, at) => {
      const cells = ["left", "middle", "right"];
      cells[at] = text;
      const records = parseCsv(renderCsv(tableView(cells))) as string[][];
      expect(records).toEqual([["c0", "c1", "c2"], cells.map(expectedCsvField)]);
    },
  );

  it.prop([fc.oneof(fc.double(), fc.integer(), fc.boolean())])("writes numbers and booleans as they are", (v) => {
    expect(csvField(v)).toBe(String(v));
  });
});

/** JSON has no negative zero: `-0` is written `0`. */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)]));
  }
  return value;
}

describe("JSON output", () => {
  const row = fc.record({
    model: hostileText,
    benchmark: hostileText,
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    setting: fc.dictionary(hostileText, fc.oneof(hostileText, fc.integer())),
    note: fc.option(hostileText),
  });

  it.prop([fc.array(row, { maxLength: 5 })])("parses back to the same rows", (rows) => {
    const out = renderJson(rows);
    expect(JSON.parse(out)).toEqual(withoutNegativeZero(rows));
    expect(out).not.toMatch(CONTROL_OR_BIDI_BUT_NEWLINE);
  });

  it.prop([fc.jsonValue({ stringUnit: hostileUnit })])("parses back to any JSON value", (value) => {
    expect(JSON.parse(renderJson(value))).toEqual(withoutNegativeZero(value));
  });
});

describe("run(argv, io)", () => {
  // Writing commands (import, add) are left out: random argv must not write files; they have their own tests.
  const word = fc.constantFrom(
    "scores",
    "show",
    "list",
    "validate",
    "compare",
    "conflicts",
    "diff",
    "schema",
    "help",
    "models",
    "benchmarks",
    "sources",
    "--json",
    "--format",
    "table",
    "json",
    "markdown",
    "csv",
    "xml",
    "--model",
    "-m",
    "--models",
    "--bench",
    "-b",
    "--source",
    "--setting",
    "effort=high",
    "tools=python",
    "agents=0",
    "=",
    "--no-color",
    "--color",
    "--debug",
    "--help",
    "-h",
    "--version",
    "-V",
    "--registry",
    "default",
    "muse-spark",
    "gpt-5.4",
    "arc-agi-2",
    "ARC AGI 2",
    "muse-spark,gpt-5.4",
    "--",
    "-",
    "",
  );
  const arg = fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: hostileText });
  // `--registry` only ever names the bundled data, so a random value never walks a real directory tree.
  const argv = fc
    .array(arg, { maxLength: 7 })
    .map((args) => args.map((a, i) => (args[i - 1] === "--registry" && a !== "--registry" ? "default" : a)))
    .filter((args) => !args.some((a) => a.startsWith("--registry=")));

  it.prop([argv, fc.boolean(), fc.constantFrom({}, { NO_COLOR: "1" }, { FORCE_COLOR: "3" }, { TERM: "dumb" })], {
    numRuns: MUTATION_RUNS || 150,
  })("never throws and returns a documented exit code", async (args, tty, env) => {
    let err = "";
    const code = await run(args, {
      out: () => {},
      err: (text) => {
        err += text;
      },
      env,
      cwd: "/nonexistent-muse-cwd",
      stdoutIsTTY: tty,
      stderrIsTTY: tty,
    });
    expect([0, 1, 2, 65]).toContain(code);
    // 1 is documented for unexpected failures; random arguments must never cause one.
    expect(err).not.toContain("muse: unexpected error");
  });
});

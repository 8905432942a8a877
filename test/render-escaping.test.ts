// Exact outputs of the escaping helpers, next to the properties in properties.test.ts that cover any text.
import { describe, expect, it } from "vitest";
import { csvField, renderCsv } from "../src/render/csv.js";
import { renderJson } from "../src/render/json.js";
import { escapeMarkdownCell, escapeMarkdownText, renderMarkdown } from "../src/render/markdown.js";
import {
  codePointMark,
  escapeUnsafeForJson,
  markUnsafeKeepingLines,
  sanitizeTerminal,
  stripUnsafe,
} from "../src/render/sanitize.js";

describe("sanitize", () => {
  it("marks a character by its code point, four hex digits at least", () => {
    expect(codePointMark("\u0007")).toBe("<U+0007>");
    expect(codePointMark("\u202e")).toBe("<U+202E>");
    expect(codePointMark("\ufeff")).toBe("<U+FEFF>");
  });

  it("shows terminal text with visible marks, newline as ↵ and tab as a space", () => {
    expect(sanitizeTerminal("a\u001b[31mb\nc\td\re\u0000")).toBe("a<U+001B>[31mb\u21b5c d<U+000D>e<U+0000>");
    expect(sanitizeTerminal("\u007f\u0085\u009b")).toBe("<U+007F><U+0085><U+009B>");
    expect(sanitizeTerminal("\u061c\u200b\u200e\u200f\u2028\u2029\u202a\u202e")).toBe(
      "<U+061C><U+200B><U+200E><U+200F><U+2028><U+2029><U+202A><U+202E>",
    );
    expect(sanitizeTerminal("\u2060\u2066\u2069\ufeff\ufff9\ufffb")).toBe(
      "<U+2060><U+2066><U+2069><U+FEFF><U+FFF9><U+FFFB>",
    );
  });

  it("leaves ordinary text alone, joiners in emoji included", () => {
    const text = "Muse Spark 思考 👩‍💻 é ‌ x\u00a0y <b>|</b>";
    expect(sanitizeTerminal(text)).toBe(text);
    expect(sanitizeTerminal("\u200c\u200d\u2030\u205f\u206a\ufffc")).toBe("\u200c\u200d\u2030\u205f\u206a\ufffc");
  });

  it("keeps tabs and line breaks for CSV, turning a lone CR into LF", () => {
    expect(markUnsafeKeepingLines("a\tb\r\nc\nd\re\u001bf")).toBe("a\tb\r\nc\nd\ne<U+001B>f");
    expect(markUnsafeKeepingLines("\r")).toBe("\n");
  });

  it("strips unsafe characters, turning newline and tab into spaces", () => {
    expect(stripUnsafe("a\nb\tc\u001bd\u202ee\r")).toBe("a b cde");
  });

  it("escapes in JSON text only what JSON.stringify leaves raw", () => {
    expect(escapeUnsafeForJson('"a\u202eb\u0085c"\n')).toBe('"a\\u202eb\\u0085c"\n');
    expect(escapeUnsafeForJson('{\n  "a": "\\u001b"\n}')).toBe('{\n  "a": "\\u001b"\n}');
  });
});

describe("JSON", () => {
  it("is indented by two spaces, ends with a newline, and carries bidi characters as escapes", () => {
    expect(renderJson({ a: ["x\u202ey", 1] })).toBe('{\n  "a": [\n    "x\\u202ey",\n    1\n  ]\n}\n');
  });
});

describe("markdown", () => {
  it("escapes markup, pipes and HTML in a cell", () => {
    expect(escapeMarkdownCell("a|b *c* _d_ `e` [f] ~g~ \\h")).toBe(
      "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\~g\\~ \\\\h",
    );
    expect(escapeMarkdownCell("<b>&amp;</b>")).toBe("&lt;b&gt;&amp;amp;&lt;/b&gt;");
  });

  it("joins lines with <br>, dropping blank ones and trimming each", () => {
    expect(escapeMarkdownCell(" a \r\n\r\n b\rc\n")).toBe("a<br>b<br>c");
    expect(escapeMarkdownCell("   ")).toBe("");
  });

  it("shows control characters as visible marks", () => {
    expect(escapeMarkdownCell("\u001b[31mred\u202e")).toBe("&lt;U+001B&gt;\\[31mred&lt;U+202E&gt;");
  });

  it("writes URLs as <autolinks>, keeping trailing punctuation outside", () => {
    expect(escapeMarkdownCell("see https://x.org/a_b?c=1&d=2.")).toBe("see <https://x.org/a_b?c=1&d=2>.");
    expect(escapeMarkdownCell("(ftp://h/p), http://")).toBe("(<ftp://h/p>), http://");
    expect(escapeMarkdownCell("HTTP://X.ORG|y")).toBe("<HTTP://X.ORG>\\|y");
    expect(escapeMarkdownCell("www.x.org and WWW.y")).toBe("www\\.x.org and WWW\\.y");
  });

  it("keeps paragraph text from starting a heading, list, rule or quote", () => {
    expect(escapeMarkdownText("# a")).toBe("\\# a");
    expect(escapeMarkdownText("- a")).toBe("\\- a");
    expect(escapeMarkdownText("+ a")).toBe("\\+ a");
    expect(escapeMarkdownText("=== a")).toBe("\\=== a");
    expect(escapeMarkdownText("12. a")).toBe("12\\. a");
    expect(escapeMarkdownText("3) a")).toBe("3\\) a");
    expect(escapeMarkdownText("> a")).toBe("&gt; a");
    expect(escapeMarkdownText("a # b 1. c")).toBe("a # b 1. c");
    expect(escapeMarkdownText("line one\nline two\r\nthree")).toBe("line one line two three");
  });

  it("renders a view: title, header, alignment, bold cells, footnote marks and notes", () => {
    const md = renderMarkdown({
      preamble: ["# intro"],
      sections: [
        {
          title: "Scores | all",
          columns: [
            { key: "m", header: "Model" },
            { key: "v", header: "Value", align: "right" },
          ],
          rows: [
            [
              { text: "a|b", style: "bold", refs: ["s1"] },
              { text: "", style: "bold" },
            ],
          ],
          summary: ["- summary"],
        },
      ],
      footnotes: [{ id: "s1", text: "Source <1>" }],
      notes: ["1. note"],
    });
    expect(md).toBe(
      [
        "\\# intro",
        "",
        "### Scores \\| all",
        "",
        "| Model | Value |",
        "| --- | ---: |",
        "| **a\\|b**[^1] |  |",
        "",
        "\\- summary",
        "",
        "1\\. note",
        "",
        "[^1]: Source &lt;1&gt;",
        "",
      ].join("\n"),
    );
  });
});

describe("CSV", () => {
  it("writes empty, number and boolean values as they are", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(-1.5)).toBe("-1.5");
    expect(csvField(false)).toBe("false");
    expect(csvField("")).toBe("");
  });

  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("a\rb")).toBe('"a\nb"');
  });

  it("neutralises text a spreadsheet would run, and marks controls", () => {
    expect(csvField("=1+2")).toBe("'=1+2");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField("\r\nx")).toBe('"\'\r\nx"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("\u001b[31m")).toBe("<U+001B>[31m");
  });

  it("renders one header and CRLF rows; several sections gain a section column", () => {
    const columns = [
      { key: "m", header: "Model" },
      { key: "v", header: "Value" },
    ];
    expect(renderCsv({ sections: [] })).toBe("");
    expect(renderCsv({ sections: [{ columns, rows: [[{ text: "a" }, { text: "1.0", raw: 1 }]] }] })).toBe(
      "m,v\r\na,1\r\n",
    );
    expect(
      renderCsv({
        sections: [
          { title: "one", columns, rows: [[{ text: "a" }, { text: "x", raw: null }]] },
          { columns, rows: [[{ text: "b" }, { text: "y" }]] },
        ],
      }),
    ).toBe("section,m,v\r\none,a,\r\n,b,y\r\n");
  });
});

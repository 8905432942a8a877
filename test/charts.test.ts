// The chart renderers on typed series of our own: terminal bars and steps, SVG, Mermaid, and the value axis.
import { describe, expect, it } from "vitest";
import { quoted, renderMermaidChart } from "../src/render/chart/mermaid.js";
import { scaleFor } from "../src/render/chart/scale.js";
import { renderSvgChart } from "../src/render/chart/svg.js";
import { xmlText } from "../src/render/chart/svg-text.js";
import { renderTerminalChart } from "../src/render/chart/terminal.js";
import type { ChartData } from "../src/render/chart/types.js";
import { plain } from "../src/render/paint.js";

const BARS: ChartData = {
  panels: [
    {
      kind: "bars",
      title: "Quiz",
      subtitle: "setting: default",
      unit: "percent",
      higherIsBetter: true,
      bars: [
        { label: "Alpha", value: 80, text: "80%", origin: "measurement", baseline: false, low: 70, high: 90 },
        { label: "Beta", value: 50, text: "50%", origin: "claim", baseline: true },
        { label: "A very long model name", value: 20, text: "~20%", origin: "claim", baseline: false },
      ],
    },
  ],
  credits: ["Sources: a, b."],
};

/** A paint that wraps text in visible tags, so a test can see what was coloured how. */
const tags = {
  bold: (t: string) => `<b>${t}</b>`,
  dim: (t: string) => `<d>${t}</d>`,
  green: (t: string) => `<g>${t}</g>`,
  red: (t: string) => `<r>${t}</r>`,
  yellow: (t: string) => `<y>${t}</y>`,
};

describe("terminal bars", () => {
  it("fits the width, labels values, draws whiskers and the baseline, and shades claims without colour", () => {
    expect(renderTerminalChart(BARS, { paint: plain, width: 50 })).toBe(
      [
        "Quiz",
        "setting: default",
        "Alpha             │██████████████├█─┤   80%",
        "Beta              │▒▒▒▒▒▒▒▒▒▒┆          50% (base)",
        "A very long mode… │▒▒▒▒      ┆          ~20%",
        "                  └┬───┬───┬───┬───┬──┬",
        "                   0  20  40  60  80 100 %",
        "█ measurement (third-party)",
        "▒ claim (first-party, or press repeating it)",
        "├─┤ stated uncertainty   ┆ baseline: Beta",
        "",
        "Sources: a, b.",
        "",
      ].join("\n"),
    );
  });

  it("colours claims yellow and measurements green, one escape per run of cells", () => {
    const lines = renderTerminalChart(BARS, { paint: tags, width: 50 }).split("\n");
    expect(lines[2]).toBe("Alpha             │<g>██████████████</g>├<g>█</g>─┤   80%");
    expect(lines[3]).toBe("<b>Beta</b>              │<y>██████████</y><d>┆</d>          50% (base)");
    expect(lines[4]).toBe("A very long mode… │<y>████</y>      <d>┆</d>          ~20%");
    expect(lines.slice(7, 10)).toEqual([
      "<d><g>█</g> measurement (third-party)</d>",
      "<d><y>█</y> claim (first-party, or press repeating it)</d>",
      "<d>├─┤ stated uncertainty   ┆ baseline: Beta</d>",
    ]);
  });
});

const STEPS: ChartData = {
  panels: [
    {
      kind: "steps",
      title: "Quiz: best score so far",
      unit: "percent",
      higherIsBetter: true,
      steps: [
        { date: "2025-01-01", label: "Alpha", value: 40, text: "40%", origin: "measurement" },
        { date: "2025-07-01", label: "Beta", value: 60, text: "60%", origin: "claim" },
        { date: "2026-01-01", label: "Gamma", value: 90, text: "90%", origin: "measurement" },
      ],
    },
  ],
  credits: [],
};

describe("terminal bars through zero", () => {
  it("draws negative values leftwards from zero", () => {
    const chart: ChartData = {
      panels: [
        {
          kind: "bars",
          title: "Gain",
          unit: "points",
          higherIsBetter: true,
          bars: [
            { label: "up", value: 10, text: "+10", origin: "measurement", baseline: false },
            { label: "down", value: -10, text: "-10", origin: "measurement", baseline: false },
          ],
        },
      ],
      credits: [],
    };
    expect(renderTerminalChart(chart, { paint: plain, width: 30 }).split("\n").slice(1, 3)).toEqual([
      "up   │          ██████████ +10",
      "down │██████████           -10",
    ]);
  });
});

describe("terminal steps", () => {
  it("draws the best so far stepping up at each date, a dot per step, then lists the steps", () => {
    expect(renderTerminalChart(STEPS, { paint: plain, width: 40 }).split("\n")).toEqual([
      "Quiz: best score so far",
      "100 ┤",
      "    ┤                                 ●",
      " 75 ┤                                 │",
      "    ┤                                 │",
      " 50 ┤                ○────────────────┘",
      "    ┤●───────────────┘",
      "    ┤",
      " 25 ┤",
      "    ┤",
      "  0 ┤",
      "    └──────────────────────────────────",
      "     2025-01-01              2026-01-01",
      "     (%; each dot is a new best)",
      "● 2025-01-01 40% Alpha",
      "○ 2025-07-01 60% Beta",
      "● 2026-01-01 90% Gamma",
      "● measurement (third-party)",
      "○ claim (first-party, or press repeating it)",
      "",
    ]);
  });
});

describe("SVG", () => {
  const hostile: ChartData = {
    panels: [
      {
        ...(BARS.panels[0] as Extract<ChartData["panels"][number], { kind: "bars" }>),
        title: `<script>alert(1)</script> & "x" 'y'`,
        bars: [
          {
            label: `<a href="https://evil.example/">x</a>\u0007\u202e`,
            value: 10,
            text: "10%",
            origin: "claim",
            baseline: false,
          },
        ],
      },
    ],
    credits: ["Data: <img src=x onerror=alert(1)>"],
  };
  const svg = renderSvgChart(hostile);

  it("is one standalone SVG document with a title, whose only elements are drawing elements", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="760" height="')).toBe(true);
    expect(svg.endsWith("</svg>\n")).toBe(true);
    const elements = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...elements].sort()).toEqual(["line", "rect", "svg", "text", "title"]);
    const markup = svg.replace(/>[^<]*</g, "><");
    expect(markup).not.toMatch(/\shref=|xlink|url\(|<script|\son\w+=|javascript:/i);
  });

  it("keeps hostile text inert: escaped markup, no control or bidi characters", () => {
    expect(svg).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;</title>");
    expect(svg).toContain("&lt;a hre");
    expect(svg).toContain("Data: &lt;img src=x onerror=alert(1)&gt;");
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
    expect(xmlText("a\u0000b\ud800c\r\nd")).toBe("abc d");
  });

  it("draws a step panel with a path, dots and the steps listed", () => {
    const steps = renderSvgChart(STEPS);
    expect(steps).toContain('<path d="M');
    expect([...steps.matchAll(/<circle /g)].length).toBe(6);
    expect(steps).toContain(">2026-01-01</text>");
    expect(steps).toContain(">Gamma</text>");
  });
});

describe("Mermaid", () => {
  it("renders a horizontal xychart-beta bar block, claims marked, then the notes and credits", () => {
    expect(renderMermaidChart(BARS)).toBe(
      [
        "```mermaid",
        "xychart-beta horizontal",
        '    title "Quiz · setting: default"',
        '    x-axis ["Alpha", "Beta †", "A very long model name †"]',
        '    y-axis "score (%)" 0 --> 100',
        "    bar [80, 50, 20]",
        "```",
        "",
        "† a claim: the model maker's own figure (first-party, or press repeating it); others are third-party measurements.",
        "",
        "Stated uncertainties are not drawn here; see \\`--format svg\\`.",
        "",
        "Sources: a, b.",
        "",
      ].join("\n"),
    );
  });

  it("renders steps as a line over their dates, and lists who set each", () => {
    const text = renderMermaidChart(STEPS);
    expect(text).toContain(
      'xychart-beta\n    title "Quiz: best score so far"\n    x-axis ["2025-01-01", "2025-07-01 †", "2026-01-01"]',
    );
    expect(text).toContain(
      "    line [40, 60, 90]\n```\n\n1. 2025-01-01: Alpha, 40%\n2. 2025-07-01: Beta, 60% †\n3. 2026-01-01: Gamma, 90%\n",
    );
  });

  it("keeps data inside its quoted strings as entity codes: no quote, fence, directive, markup or line break gets out", () => {
    expect(quoted('a "b" `c` %%{init: {}}%% #quot; <script> & \n x\u202e')).toBe(
      `"a #quot;b#quot; #96;c#96; #37;#37;#123;init: #123;#125;#125;#37;#37; #35;quot; #lt;script#gt; #amp;   x"`,
    );
  });
});

describe("scaleFor", () => {
  const mark = (value: number, low?: number, high?: number) => ({
    value,
    text: "",
    origin: "claim" as const,
    low,
    high,
  });
  it("starts percent at zero and ends at a round number, never past 100 for values within it", () => {
    expect(scaleFor([mark(42.5), mark(76.5)], "percent")).toEqual({ min: 0, max: 80, ticks: [0, 20, 40, 60, 80] });
    expect(scaleFor([mark(97, 95, 99)], "percent")).toEqual({ min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
  });
  it("starts Elo near its lowest value, and takes whiskers in", () => {
    expect(scaleFor([mark(1055), mark(1676)], "elo")).toEqual({
      min: 1000,
      max: 1800,
      ticks: [1000, 1200, 1400, 1600, 1800],
    });
    expect(scaleFor([mark(10, 5, 31)], "points")).toEqual({ min: 0, max: 40, ticks: [0, 10, 20, 30, 40] });
  });
});

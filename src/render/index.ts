import { UsageError } from "../core/errors.js";
import { renderMermaidChart } from "./chart/mermaid.js";
import { renderSvgChart } from "./chart/svg.js";
import { renderTerminalChart } from "./chart/terminal.js";
import type { ChartData } from "./chart/types.js";
import { renderCsv } from "./csv.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import type { Paint } from "./paint.js";
import { renderTable } from "./table.js";
import type { Format, Report } from "./view.js";

/** Renders a command's report in one format; colour applies to the table and chart formats only. */
export function renderReport(report: Report, format: Format, paint: Paint, width = 80): string {
  switch (format) {
    case "chart":
      return renderTerminalChart(chartOf(report, format), { paint, width });
    case "svg":
      return renderSvgChart(chartOf(report, format));
    case "mermaid":
      return renderMermaidChart(chartOf(report, format));
    case "json":
      return renderJson(report.json);
    case "markdown":
      return renderMarkdown(report.view);
    case "csv":
      return renderCsv(report.view);
    case "table":
      return renderTable(report.view, paint);
  }
}

/** The chart a report carries; asking a chart format of a report without one is a usage error. */
function chartOf(report: Report, format: Format): ChartData {
  if (report.chart === undefined) {
    throw new UsageError(`--format ${format} draws a ranking (compare --bench), a --by series or a frontier`);
  }
  return report.chart;
}

export { type Paint, plain } from "./paint.js";
export * from "./view.js";

import { UsageError } from "../core/errors.js";
import { renderMermaidChart } from "./chart/mermaid.js";
import { renderSvgChart } from "./chart/svg.js";
import { renderTerminalChart } from "./chart/terminal.js";
import type { ChartData } from "./chart/types.js";
import { renderCsv, renderCsvTable } from "./csv.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import type { Paint } from "./paint.js";
import type { SourcesMode } from "./refs.js";
import { renderTable } from "./table.js";
import type { Format, Report } from "./view.js";

/** How a report is drawn: colour (table and chart), the terminal's width (table only; none when piped), the width a
 * terminal chart fits (80 when not known), markdown's sources. */
export interface RenderOptions {
  paint: Paint;
  width?: number;
  chartWidth?: number;
  sources?: SourcesMode;
}

/** Renders a command's report in one format. */
export function renderReport(report: Report, format: Format, options: RenderOptions): string {
  switch (format) {
    case "chart":
      return renderTerminalChart(chartOf(report, format), { paint: options.paint, width: options.chartWidth ?? 80 });
    case "svg":
      return renderSvgChart(chartOf(report, format));
    case "mermaid":
      return renderMermaidChart(chartOf(report, format));
    case "json":
      return renderJson(report.json);
    case "markdown":
      return renderMarkdown(report.view, options.sources);
    case "csv":
      return report.csv === undefined ? renderCsv(report.view) : renderCsvTable(report.csv());
    case "table":
      return renderTable(report.view, options.paint, options.width);
  }
}

/** The chart a report carries; asking a chart format of a report without one is a usage error. */
function chartOf(report: Report, format: Format): ChartData {
  if (report.chart === undefined) {
    throw new UsageError(`--format ${format} draws a ranking (compare --bench), a --by series or a frontier`);
  }
  return report.chart();
}

export { type Paint, plain } from "./paint.js";
export { SOURCES_MODES, type SourcesMode } from "./refs.js";
export * from "./view.js";

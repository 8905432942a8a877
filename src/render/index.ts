import { renderCsv, renderCsvTable } from "./csv.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import type { Paint } from "./paint.js";
import type { SourcesMode } from "./refs.js";
import { renderTable } from "./table.js";
import type { Format, Report } from "./view.js";

/** How a report is drawn: colour (table only), the terminal's width (table only; none when piped), markdown's sources. */
export interface RenderOptions {
  paint: Paint;
  width?: number;
  sources?: SourcesMode;
}

/** Renders a command's report in one format. */
export function renderReport(report: Report, format: Format, options: RenderOptions): string {
  switch (format) {
    case "json":
      return renderJson(report.json);
    case "markdown":
      return renderMarkdown(report.view, options.sources);
    case "csv":
      return report.csv === undefined ? renderCsv(report.view) : renderCsvTable(report.csv);
    case "table":
      return renderTable(report.view, options.paint, options.width);
  }
}

export { type Paint, plain } from "./paint.js";
export { SOURCES_MODES, type SourcesMode } from "./refs.js";
export * from "./view.js";

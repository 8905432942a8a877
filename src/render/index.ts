import { renderCsv } from "./csv.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import type { Paint } from "./paint.js";
import { renderTable } from "./table.js";
import type { Format, Report } from "./view.js";

/** Renders a command's report in one format; colour applies to the table format only. */
export function renderReport(report: Report, format: Format, paint: Paint): string {
  switch (format) {
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

export { type Paint, plain } from "./paint.js";
export * from "./view.js";

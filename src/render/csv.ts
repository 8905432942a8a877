import { markUnsafeKeepingLines } from "./sanitize.js";
import type { Cell, CsvTable, Section, View } from "./view.js";

/**
 * Quotes a CSV field per RFC 4180 and neutralises text a spreadsheet would run as a formula (a leading `'`).
 * Control and bidi characters other than tab and line breaks become visible `<U+XXXX>` marks; a lone CR becomes LF.
 */
export function csvField(value: Cell["raw"]): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = markUnsafeKeepingLines(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Renders records as RFC 4180 CSV (CRLF line ends): one header of the table's columns, one line per record. */
export function renderCsvTable(table: CsvTable): string {
  const lines = [table.columns.map(csvField).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row[c] ?? null)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** Renders a view as RFC 4180 CSV (CRLF line ends); several sections gain a leading `section` column. */
export function renderCsv(view: View): string {
  const first = view.sections[0];
  if (first === undefined) return "";
  const many = view.sections.length > 1;
  const header = [...(many ? ["section"] : []), ...first.columns.map((c) => c.key)];
  const lines = [header.map(csvField).join(",")];
  for (const section of view.sections) lines.push(...sectionLines(section, many));
  return `${lines.join("\r\n")}\r\n`;
}

function sectionLines(section: Section, withTitle: boolean): string[] {
  return section.rows.map((row) => {
    const fields = row.map((c) => csvField(c.raw === undefined ? c.text : c.raw));
    return (withTitle ? [csvField(section.title ?? ""), ...fields] : fields).join(",");
  });
}

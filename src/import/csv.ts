import { parse } from "csv-parse/sync";

/** One data record of a CSV file, with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A record the parser could not read, with the line where the trouble was found. */
export interface CsvProblem {
  line: number;
  reason: string;
}

/** A parsed CSV table: the header row, the data records, and the records that could not be read. */
export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  problems: CsvProblem[];
}

/**
 * Parses CSV text with csv-parse: a leading BOM is dropped, quoted fields may hold line breaks,
 * ragged rows are kept as they are, and a record that breaks the CSV rules is skipped and reported
 * (with its line) instead of ending the whole file.
 */
export function readCsv(text: string): CsvTable {
  const problems: CsvProblem[] = [];
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error !== undefined)
          problems.push({ line: lineOf(error), reason: `unreadable CSV record: ${error.message}` });
        return undefined;
      },
    }) as unknown as typeof parsed;
  } catch (error) {
    // Errors that skip_records_with_error does not cover (e.g. bad options) end the file, still with a line.
    return {
      header: [],
      records: [],
      problems: [{ line: lineOf(error), reason: `unreadable CSV: ${(error as Error).message}` }],
    };
  }
  const [first, ...rest] = parsed;
  if (first === undefined) return { header: [], records: [], problems };
  const records = rest.map(({ record, info }) => ({ line: startLine(info.lines, record), cells: record }));
  return { header: first.record.map((h) => h.trim()), records, problems };
}

/** The line a csv-parse error points at (1 when it names none). */
function lineOf(error: unknown): number {
  const lines = (error as { lines?: unknown }).lines;
  return typeof lines === "number" && lines > 0 ? lines : 1;
}

/** The line a record starts on: the line it ends on, less the line breaks inside its quoted fields. */
function startLine(endLine: number, cells: readonly string[]): number {
  let breaks = 0;
  for (const cell of cells) breaks += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  return endLine - breaks;
}

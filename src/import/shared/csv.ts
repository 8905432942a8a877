import { parse } from "csv-parse/sync";
import { readPlainCsv } from "./csv-fast.js";

/** One data record of a CSV file, with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A record the parser could not read, with the line where it starts. */
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
 * Parses CSV text with csv-parse (plain text by the faster reader of csv-fast.ts, which gives the same
 * records): a leading BOM is dropped, quoted fields may hold line breaks, ragged rows are kept as they
 * are, and a record that breaks the CSV rules is skipped and reported (with its line) instead of ending
 * the whole file.
 */
export function readCsv(text: string): CsvTable {
  const plain = readPlainCsv(text);
  if (plain === undefined) return readCsvWithParser(text);
  const [first, ...rest] = plain.rows;
  if (first === undefined) return { header: [], records: [], problems: [] };
  const records = rest.map((cells, i) => ({ line: plain.lines[i + 1] ?? 0, cells }));
  return { header: first.map((h) => h.trim()), records, problems: [] };
}

/** `readCsv` by csv-parse alone: any CSV text (and the reference the plain reader is tested against). */
export function readCsvWithParser(text: string): CsvTable {
  const bytes = Buffer.from(text, "utf8");
  const lineAt = lineIndex(bytes);
  const problems: CsvProblem[] = [];
  // Where the last good record ended (a byte offset), so that each record is placed by where it starts;
  // `ends[i]` is where record i ended (taken in on_record: csv-parse's `info` option would build a second
  // info object and a wrapper per record).
  let end = 0;
  const ends: number[] = [];
  let parsed: string[][];
  try {
    parsed = parse(bytes, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_record: (record, context) => {
        end = context.bytes;
        ends.push(end);
        return record;
      },
      on_skip: (error) => {
        if (error === undefined) return undefined;
        problems.push({ line: lineAt(end), reason: `unreadable CSV record: ${error.message}` });
        if (typeof error.bytes === "number") end = error.bytes;
        return undefined;
      },
    }) as string[][];
  } catch (error) {
    // Errors that skip_records_with_error does not cover end the file, still with a line.
    return {
      header: [],
      records: [],
      problems: [{ line: lineAt(end), reason: `unreadable CSV: ${(error as Error).message}` }],
    };
  }
  const first = parsed[0];
  if (first === undefined) return { header: [], records: [], problems };
  const records: CsvRecord[] = new Array(parsed.length - 1);
  for (let i = 1; i < parsed.length; i++) records[i - 1] = { line: lineAt(ends[i - 1] ?? 0), cells: parsed[i] ?? [] };
  return { header: first.map((h) => h.trim()), records, problems };
}

/**
 * Maps a byte offset where a record may start (after the previous one's line end) to the 1-based
 * line of its first character, skipping blank lines; CRLF, LF and CR each end one line.
 */
function lineIndex(bytes: Uint8Array): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let at = offset;
    while (at < bytes.length && (bytes[at] === 0x0a || bytes[at] === 0x0d)) at++;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

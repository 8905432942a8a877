import type { ScoreRecord, Store } from "../../core/store.js";
import type { Report } from "../view.js";
import { DEFAULT_DISPLAY, type Display } from "./display.js";
import { FootnoteBook } from "./footnote-book.js";
import { inferredNote } from "./inferred.js";
import { SCORE_COLUMNS, SCORE_CSV_COLUMNS, scoreCells, scoreCsv, scoreRowJson } from "./score-row.js";

/** The flat score listing: a JSON array of score rows, one table of them, one CSV record each; `limit` cuts all three. */
export function scoresReport(
  store: Store,
  all: readonly ScoreRecord[],
  display: Display = DEFAULT_DISPLAY,
  limit?: number,
): Report {
  const scores = limit === undefined ? all : all.slice(0, limit);
  const hidden = all.length - scores.length;
  const book = new FootnoteBook(store, display);
  const rows = scores.map((s) => scoreCells(store, s, book, display));
  const notes = all.length === 0 ? ["No scores match."] : inferredNote(scores);
  if (hidden > 0) notes.push(`${hidden} more score${hidden === 1 ? "" : "s"} not shown.`);
  return {
    json: scores.map((s) => scoreRowJson(store, s)),
    view: {
      sections: [{ columns: SCORE_COLUMNS, rows }],
      footnotes: book.footnotes,
      notes,
      hints: hidden > 0 ? ["Show them with --limit 0 (or --limit N), or narrow with --bench, --model or --org."] : [],
    },
    csv: () => ({ columns: SCORE_CSV_COLUMNS, rows: scores.map((s) => scoreCsv(store, s)) }),
  };
}

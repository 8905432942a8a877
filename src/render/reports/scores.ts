import type { ScoreRecord, Store } from "../../core/store.js";
import type { Report } from "../view.js";
import { DEFAULT_DISPLAY, type Display } from "./display.js";
import { FootnoteBook } from "./footnote-book.js";
import { SCORE_COLUMNS, SCORE_CSV_COLUMNS, scoreCells, scoreCsv, scoreRowJson } from "./score-row.js";

/** The flat score listing: a JSON array of score rows, one table of them, one CSV record each. */
export function scoresReport(store: Store, scores: readonly ScoreRecord[], display: Display = DEFAULT_DISPLAY): Report {
  const book = new FootnoteBook(store, display);
  const rows = scores.map((s) => scoreCells(store, s, book, display));
  return {
    json: scores.map((s) => scoreRowJson(store, s)),
    view: {
      sections: [{ columns: SCORE_COLUMNS, rows }],
      footnotes: book.footnotes,
      notes: scores.length === 0 ? ["No scores match."] : [],
    },
    csv: { columns: SCORE_CSV_COLUMNS, rows: scores.map((s) => scoreCsv(store, s)) },
  };
}

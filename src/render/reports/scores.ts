import type { ScoreRecord, Store } from "../../core/store.js";
import type { Report } from "../view.js";
import { inferredNote } from "./inferred.js";
import { SCORE_COLUMNS, scoreCells, scoreRowJson } from "./score-row.js";

/** The flat score listing: a JSON array of score rows, and one table of them. */
export function scoresReport(store: Store, scores: readonly ScoreRecord[]): Report {
  return {
    json: scores.map((s) => scoreRowJson(store, s)),
    view: {
      sections: [{ columns: SCORE_COLUMNS, rows: scores.map((s) => scoreCells(store, s)) }],
      notes: scores.length === 0 ? ["No scores match."] : inferredNote(scores),
    },
  };
}

import type { ScoreRecord, Store } from "../../core/store.js";

/**
 * What a caveat is about: the row's model or the figure itself. A source's note describes the whole document (who,
 * how, what was left out), not one number: `muse list sources` carries it, and each row names its source.
 */
export type CaveatSubject = "model" | "score";

/** A curator's note that a reader of a row should see beside its number. */
export interface Caveat {
  about: CaveatSubject;
  text: string;
}

/** Every note carried by a score's model and by the score itself, in that order. */
export function caveatsOf(store: Store, score: ScoreRecord): Caveat[] {
  const notes: Caveat[] = [];
  const model = store.models.get(score.model)?.note;
  if (model !== undefined) notes.push({ about: "model", text: model });
  if (score.note !== undefined) notes.push({ about: "score", text: score.note });
  return notes;
}

/** Caveats as one CSV field: `model: ...; score: ...` (empty when none). */
export function caveatsText(caveats: readonly Caveat[]): string {
  return caveats.map((c) => `${c.about}: ${c.text}`).join(" | ");
}

import type { ScoreRecord, Store } from "../../core/store.js";

/** What a caveat is about: the row's model, the figure itself, or the source that published it. */
export type CaveatSubject = "model" | "score" | "source";

/** A curator's note that a reader of a row should see beside its number. */
export interface Caveat {
  about: CaveatSubject;
  text: string;
}

/** Every note carried by a score's model, the score and its source, in that order. */
export function caveatsOf(store: Store, score: ScoreRecord): Caveat[] {
  const notes: Caveat[] = [];
  const model = store.models.get(score.model)?.note;
  if (model !== undefined) notes.push({ about: "model", text: model });
  if (score.note !== undefined) notes.push({ about: "score", text: score.note });
  const source = store.sources.get(score.source)?.note;
  if (source !== undefined) notes.push({ about: "source", text: source });
  return notes;
}

/** Caveats as one CSV field: `model: ...; score: ...` (empty when none). */
export function caveatsText(caveats: readonly Caveat[]): string {
  return caveats.map((c) => `${c.about}: ${c.text}`).join(" | ");
}

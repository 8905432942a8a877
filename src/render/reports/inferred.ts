import { INFERRED_MARK } from "../../core/setting.js";

/** The note under a table or markdown view that shows a setting key marked as inferred; none when no row has one. */
export function inferredNote(scores: Iterable<{ inferred?: readonly string[] }>): string[] {
  for (const s of scores) {
    if (s.inferred !== undefined && s.inferred.length > 0) {
      return [`${INFERRED_MARK} inferred by the curator; the source does not state it.`];
    }
  }
  return [];
}

/** The inferred keys of a score as the JSON contract carries them: a list, `[]` when none. */
export function inferredJson(score: { inferred?: readonly string[] }): string[] {
  return [...(score.inferred ?? [])];
}

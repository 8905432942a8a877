import { scoreKey } from "./identity.js";
import type { ScoreRecord } from "./load/link.js";
import { compareScores } from "./query.js";

/** The fields of a score that `diff` compares; any difference makes the score "changed". */
export const DIFF_FIELDS = ["value", "stderr", "ci", "approx", "inferred", "as_named", "note", "url"] as const;

/** A field `diff` compares. */
export type DiffField = (typeof DIFF_FIELDS)[number];

/** A score present in both registries with at least one field different. */
export interface ScoreChange {
  before: ScoreRecord;
  after: ScoreRecord;
  fields: DiffField[];
}

/** What changed between two registries' scores: added, removed and changed, each in the stable score order. */
export interface ScoreDiff {
  added: ScoreRecord[];
  removed: ScoreRecord[];
  changed: ScoreChange[];
  unchanged: number;
}

/** The identity of a score across registries: source, model, benchmark and setting. */
export function scoreIdentity(s: ScoreRecord): string {
  return `${s.source}\u0000${scoreKey(s)}`;
}

/** Compares the scores of two registries by identity (source + model + benchmark + setting). */
export function diffScores(before: readonly ScoreRecord[], after: readonly ScoreRecord[]): ScoreDiff {
  const old = new Map(before.map((s) => [scoreIdentity(s), s]));
  const added: ScoreRecord[] = [];
  const changed: ScoreChange[] = [];
  let unchanged = 0;
  for (const score of after) {
    const id = scoreIdentity(score);
    const previous = old.get(id);
    if (previous === undefined) {
      added.push(score);
      continue;
    }
    old.delete(id);
    const fields = DIFF_FIELDS.filter((f) => !sameField(previous, score, f));
    if (fields.length === 0) unchanged++;
    else changed.push({ before: previous, after: score, fields });
  }
  return {
    added: added.sort(compareScores),
    removed: [...old.values()].sort(compareScores),
    changed: changed.sort((a, b) => compareScores(a.after, b.after)),
    unchanged,
  };
}

function sameField(a: ScoreRecord, b: ScoreRecord, field: DiffField): boolean {
  if (field === "ci") return a.ci?.[0] === b.ci?.[0] && a.ci?.[1] === b.ci?.[1];
  if (field === "approx") return (a.approx ?? false) === (b.approx ?? false);
  if (field === "inferred")
    return [...(a.inferred ?? [])].sort().join(",") === [...(b.inferred ?? [])].sort().join(",");
  return a[field] === b[field];
}

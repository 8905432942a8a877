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
  /** Unchanged scores per benchmark id, for the per-benchmark summary. */
  unchangedByBenchmark: Map<string, number>;
}

/** One benchmark's line of a diff summary: how many of its scores were added, removed, changed and kept. */
export interface DiffSummaryRow {
  benchmark: string;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** A diff per benchmark, benchmarks with any change first (most changes first), then the unchanged ones by id. */
export function summarizeDiff(diff: ScoreDiff): DiffSummaryRow[] {
  const rows = new Map<string, DiffSummaryRow>();
  const row = (benchmark: string) => {
    const known = rows.get(benchmark);
    if (known !== undefined) return known;
    const fresh = { benchmark, added: 0, removed: 0, changed: 0, unchanged: 0 };
    rows.set(benchmark, fresh);
    return fresh;
  };
  for (const s of diff.added) row(s.benchmark).added++;
  for (const s of diff.removed) row(s.benchmark).removed++;
  for (const c of diff.changed) row(c.after.benchmark).changed++;
  for (const [benchmark, n] of diff.unchangedByBenchmark) row(benchmark).unchanged += n;
  const moved = (r: DiffSummaryRow) => r.added + r.removed + r.changed;
  return [...rows.values()].sort(
    (a, b) => moved(b) - moved(a) || (a.benchmark < b.benchmark ? -1 : a.benchmark > b.benchmark ? 1 : 0),
  );
}

/** The identity of a score across registries: source, model, benchmark and setting. */
export function scoreIdentity(s: ScoreRecord): string {
  return `${s.source}\u0000${scoreKey(s)}`;
}

/** A score's identity with its `run` label left out: where a re-run label was added or dropped between two imports. */
function identityWithoutRun(s: ScoreRecord): string {
  const { run: _run, ...setting } = s.setting;
  return `${s.source}\u0000${scoreKey({ model: s.model, benchmark: s.benchmark, setting })}`;
}

/**
 * Compares the scores of two registries by identity (source + model + benchmark + setting). A score
 * whose `run` label alone differs is the same score when its value is the same, or when a label was
 * only added or dropped (an import labels re-runs once a second figure of the same model and setting
 * appears): unchanged when every field is equal, else changed.
 */
export function diffScores(before: readonly ScoreRecord[], after: readonly ScoreRecord[]): ScoreDiff {
  const old = new Map(before.map((s) => [scoreIdentity(s), s]));
  const added: ScoreRecord[] = [];
  const changed: ScoreChange[] = [];
  let unchanged = 0;
  const unchangedByBenchmark = new Map<string, number>();
  const keep = (s: ScoreRecord) => {
    unchanged++;
    unchangedByBenchmark.set(s.benchmark, (unchangedByBenchmark.get(s.benchmark) ?? 0) + 1);
  };
  for (const score of after) {
    const id = scoreIdentity(score);
    const previous = old.get(id);
    if (previous === undefined) {
      added.push(score);
      continue;
    }
    old.delete(id);
    const fields = DIFF_FIELDS.filter((f) => !sameField(previous, score, f));
    if (fields.length === 0) keep(score);
    else changed.push({ before: previous, after: score, fields });
  }
  const removed = [...old.values()];
  const relabelled = pairRelabelled(removed, added);
  for (const [previous, score] of relabelled) {
    const fields = DIFF_FIELDS.filter((f) => !sameField(previous, score, f));
    if (fields.length === 0) keep(score);
    else changed.push({ before: previous, after: score, fields });
  }
  const paired = new Set(relabelled.flat());
  return {
    added: added.filter((s) => !paired.has(s)).sort(compareScores),
    removed: removed.filter((s) => !paired.has(s)).sort(compareScores),
    changed: changed.sort((a, b) => compareScores(a.after, b.after)),
    unchanged,
    unchangedByBenchmark,
  };
}

/**
 * Pairs removed and added scores whose identities differ only in `run`: by equal value (the same
 * figure, relabelled), then the single pair left of such an identity where one side has no run.
 */
function pairRelabelled(removed: readonly ScoreRecord[], added: readonly ScoreRecord[]): [ScoreRecord, ScoreRecord][] {
  const candidates = new Map<string, { before: ScoreRecord[]; after: ScoreRecord[] }>();
  const slot = (s: ScoreRecord) => {
    const key = identityWithoutRun(s);
    const known = candidates.get(key);
    if (known !== undefined) return known;
    const fresh: { before: ScoreRecord[]; after: ScoreRecord[] } = { before: [], after: [] };
    candidates.set(key, fresh);
    return fresh;
  };
  for (const s of removed) slot(s).before.push(s);
  for (const s of added) slot(s).after.push(s);
  const pairs: [ScoreRecord, ScoreRecord][] = [];
  for (const { before, after } of candidates.values()) {
    if (before.length === 0 || after.length === 0) continue;
    // The same figure under another run label (one record of identical ones now kept) is the same score.
    const left = [...after];
    const unpaired: ScoreRecord[] = [];
    for (const b of before) {
      const i = left.findIndex((a) => a.value === b.value);
      if (i >= 0) pairs.push([b, ...left.splice(i, 1)] as [ScoreRecord, ScoreRecord]);
      else unpaired.push(b);
    }
    // A changed figure pairs only where a label was added or dropped: two different runs are two scores.
    const [b, a] = [unpaired[0], left[0]];
    if (
      unpaired.length === 1 &&
      left.length === 1 &&
      b &&
      a &&
      (b.setting.run === undefined || a.setting.run === undefined)
    )
      pairs.push([b, a]);
  }
  return pairs;
}

function sameField(a: ScoreRecord, b: ScoreRecord, field: DiffField): boolean {
  if (field === "ci") return a.ci?.[0] === b.ci?.[0] && a.ci?.[1] === b.ci?.[1];
  if (field === "approx") return (a.approx ?? false) === (b.approx ?? false);
  if (field === "inferred")
    return [...(a.inferred ?? [])].sort().join(",") === [...(b.inferred ?? [])].sort().join(",");
  return a[field] === b[field];
}

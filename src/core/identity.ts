import type { Setting } from "./schema/index.js";
import { SETTING_KEYS } from "./schema/vocabulary.js";
import { settingKey } from "./setting.js";

/** The part of a score its identity is made of: model, benchmark, setting, and which setting keys were inferred. */
export type Identified = { model: string; benchmark: string; setting: Setting; inferred?: readonly string[] };

/**
 * The exact identity of a score: model, benchmark and canonical setting (inferred keys count as written).
 * One source never gives two scores the same key; two sources with the same key report the same figure.
 */
export function scoreKey(score: Identified): string {
  return `${score.model}\u0000${score.benchmark}\u0000${settingKey(score.setting)}`;
}

/** The setting a source states: the score's setting without the keys the curator inferred. */
export function statedSetting(score: Pick<Identified, "setting" | "inferred">): Setting {
  if (score.inferred === undefined || score.inferred.length === 0) return score.setting;
  const out: Record<string, string | number> = {};
  for (const key of SETTING_KEYS) {
    const value = score.setting[key];
    if (value !== undefined && !score.inferred.includes(key)) out[key] = value;
  }
  return out as Setting;
}

/**
 * Groups scores that report the same figure, in the order each group's first score appears.
 * Scores whose settings the sources state group by exact identity. An inferred key never keeps a score
 * from its twin: a score with inferred keys joins the group of a stated identity it could be (its stated
 * keys plus some or all of its inferred ones; the most keys first), and only when there is none, the
 * group of its exact identity. So GPT-5.4 on GDPval-AA at `effort=xhigh` (inferred) is the same figure as
 * GPT-5.4 on GDPval-AA with no effort stated, and two articles inferring the same effort still meet.
 */
export function groupByIdentity<T extends Identified>(scores: readonly T[]): T[][] {
  const groups = new Map<string, { first: number; members: T[] }>();
  const add = (key: string, score: T, index: number) => {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { first: index, members: [score] });
    else {
      group.members.push(score);
      group.first = Math.min(group.first, index);
    }
  };
  const withInferred: [T, number][] = [];
  scores.forEach((score, index) => {
    if (score.inferred !== undefined && score.inferred.length > 0) withInferred.push([score, index]);
    else add(scoreKey(score), score, index);
  });
  const stated = new Set(groups.keys());
  for (const [score, index] of withInferred) {
    const twin = candidateKeys(score).find((key) => stated.has(key));
    add(twin ?? scoreKey(score), score, index);
  }
  return [...groups.values()].sort((a, b) => a.first - b.first).map((g) => g.members);
}

/** The identities a score with inferred keys could be: its stated keys with each subset of the inferred ones, most keys first. */
function candidateKeys(score: Identified): string[] {
  const inferred = [...new Set(score.inferred ?? [])];
  const subsets: string[][] = [[]];
  for (const key of inferred) subsets.push(...subsets.map((s) => [...s, key]));
  subsets.sort((a, b) => b.length - a.length);
  const base = statedSetting(score) as Record<string, string | number>;
  return subsets.map((keep) => {
    const setting: Record<string, string | number> = { ...base };
    for (const key of keep) setting[key] = score.setting[key as keyof Setting] as string | number;
    return scoreKey({ model: score.model, benchmark: score.benchmark, setting: setting as Setting });
  });
}

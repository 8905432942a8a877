import { figuresAgree } from "../compare/agreement.js";
import { compareSettingKeys } from "../compare/groups.js";
import { DEFAULT_PREFER, precedenceOrder } from "../compare/precedence.js";
import { groupByIdentity } from "../identity.js";
import { settingKey } from "../setting.js";
import type { ScoreRecord, Store } from "../store.js";
import { type ClaimCheck, checkClaim, type Verdict } from "./check.js";
import { claimKindOf } from "./kind.js";

/** Which claims to check, by resolved ids; each list matches any of its ids, and lists combine with AND. */
export interface ClaimFilter {
  models?: readonly string[];
  benchmarks?: readonly string[];
  /** Sources: a first-party one keeps the claims it reports, a third-party one keeps only its measurements. */
  sources?: readonly string[];
  category?: string;
}

/** How one model's claims fared: how many were measured, and the verdicts. */
export interface ClaimTally {
  /** The model id; undefined for the total over every model. */
  model: string | undefined;
  measured: number;
  confirmed: number;
  lower: number;
  higher: number;
  notMeasured: number;
}

/** Every claim matching a filter, checked, with a tally per model (in the order of the checks) and in total. */
export interface ClaimsResult {
  checks: ClaimCheck[];
  tallies: ClaimTally[];
  total: ClaimTally;
}

/** Whether a score is a claim: its source is first-party, or press repeating a first-party source. */
export function isClaim(store: Store, score: ScoreRecord): boolean {
  return claimKindOf(store.sources.get(score.source)) === "first-party";
}

/**
 * Checks every claim that matches `filter` against the independent measurements of the same model and
 * benchmark. Reports of one figure by several sources (same identity, values that agree) are one claim.
 * Ordered by model (registry order), then benchmark, then setting.
 */
export function checkClaims(store: Store, filter: ClaimFilter): ClaimsResult {
  const wanted = (ids: readonly string[] | undefined) => (ids?.length ? new Set(ids) : undefined);
  const models = wanted(filter.models);
  const benchmarks = wanted(filter.benchmarks);
  const sources = filter.sources ?? [];
  const claimSources = wanted(sources.filter((id) => claimKindOf(store.sources.get(id)) === "first-party"));
  const measurementSources = wanted(sources.filter((id) => claimKindOf(store.sources.get(id)) !== "first-party"));
  const inScope = (s: ScoreRecord) =>
    (models === undefined || models.has(s.model)) &&
    (benchmarks === undefined || benchmarks.has(s.benchmark)) &&
    (filter.category === undefined || store.benchmarks.get(s.benchmark)?.category === filter.category);
  const pool = models !== undefined ? [...models].flatMap((id) => store.scoresOfModel(id)) : store.scores;
  const claims = pool.filter((s) => inScope(s) && isClaim(store, s)).sort(claimOrder);
  const order = precedenceOrder(store, DEFAULT_PREFER);
  const checks: ClaimCheck[] = [];
  for (const same of groupByIdentity(claims)) {
    for (const reports of agreeingClusters([...same].sort(order))) {
      if (claimSources !== undefined && !reports.some((r) => claimSources.has(r.source))) continue;
      const [claim] = reports as [ScoreRecord];
      const measured = store
        .scoresOfModel(claim.model)
        .filter(
          (s) =>
            s.benchmark === claim.benchmark &&
            !isClaim(store, s) &&
            (measurementSources === undefined || measurementSources.has(s.source)),
        );
      checks.push(checkClaim(reports, measured));
    }
  }
  const rank = new Map([...store.models.keys()].map((id, i) => [id, i]));
  checks.sort((a, b) => (rank.get(a.claim.model) ?? 0) - (rank.get(b.claim.model) ?? 0));
  return { checks, ...tally(checks) };
}

/** Benchmark id, then setting with numbers by value (`agents=2` before `agents=16`), then source id. */
function claimOrder(a: ScoreRecord, b: ScoreRecord): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.benchmark, b.benchmark) ||
    compareSettingKeys(settingKey(a.setting), settingKey(b.setting)) ||
    text(a.source, b.source)
  );
}

/** Splits one identity's reports (in precedence order) into claims: each first report with those that agree with it. */
function agreeingClusters(reports: readonly ScoreRecord[]): ScoreRecord[][] {
  const clusters: ScoreRecord[][] = [];
  let rest = [...reports];
  while (rest.length > 0) {
    const [head] = rest as [ScoreRecord];
    const cluster = rest.filter((r) => r === head || figuresAgree(head, r));
    clusters.push(cluster);
    rest = rest.filter((r) => !cluster.includes(r));
  }
  return clusters;
}

function tally(checks: readonly ClaimCheck[]): { tallies: ClaimTally[]; total: ClaimTally } {
  const empty = (model: string | undefined): ClaimTally => ({
    model,
    measured: 0,
    confirmed: 0,
    lower: 0,
    higher: 0,
    notMeasured: 0,
  });
  const byModel = new Map<string, ClaimTally>();
  const total = empty(undefined);
  const field: Record<Verdict, "confirmed" | "lower" | "higher" | "notMeasured"> = {
    confirmed: "confirmed",
    "measured lower": "lower",
    "measured higher": "higher",
    "not measured": "notMeasured",
  };
  for (const check of checks) {
    const own = byModel.get(check.claim.model) ?? empty(check.claim.model);
    byModel.set(check.claim.model, own);
    for (const t of [own, total]) {
      t[field[check.verdict]]++;
      if (check.verdict !== "not measured") t.measured++;
    }
  }
  return { tallies: [...byModel.values()], total };
}

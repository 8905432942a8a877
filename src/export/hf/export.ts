import { stringify } from "yaml";
import { DEFAULT_PREFER, type Prefer, precedenceOrder } from "../../core/compare/precedence.js";
import type { Setting } from "../../core/schema/index.js";
import { SETTING_KEYS } from "../../core/schema/vocabulary.js";
import { settingKey } from "../../core/setting.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { hubBenchmarkFor } from "../../import/hf/catalog.js";

/** The first line of every file muse writes into `.eval_results/`: how a later export knows a file is its own. */
export const HUB_MARKER = "# Written by `muse export hf`";

/** One `.eval_results/` file: its path inside the model repo, its text, and the score it holds. */
export interface HubExportFile {
  path: string;
  text: string;
  score: ScoreRecord;
}

/** A score of the model that is not exported, and why. */
export interface NotExported {
  score: ScoreRecord;
  reason: string;
}

/** What a Hub export produces: a file per variant, and every score left out with its reason. */
export interface HubExport {
  files: HubExportFile[];
  notExported: NotExported[];
}

/**
 * A model's scores as Hugging Face `.eval_results/` files, one file per variant as the Hub asks: for each
 * benchmark that muse's catalog maps to a Hub dataset, one file per setting (`hle.yaml`, `hle_with_tools.yaml`,
 * `hle_mode_contemplating.yaml`), holding the value the precedence rule picks among the sources that give
 * one, with the source's date, its URL and title, and the setting as `notes` ("no-tools", "with tools").
 * Scores on other benchmarks, and the values not picked, are listed as not exported.
 */
export function exportHub(store: Store, model: string, prefer: Prefer = DEFAULT_PREFER): HubExport {
  const notExported: NotExported[] = [];
  const groups = new Map<string, ScoreRecord[]>();
  for (const score of store.scoresOfModel(model)) {
    const hub = hubBenchmarkFor(score.benchmark);
    const benchmark = store.benchmarks.get(score.benchmark);
    if (hub === undefined || benchmark === undefined) {
      notExported.push({ score, reason: "no Hub leaderboard in muse's catalog" });
      continue;
    }
    if (benchmark.unit !== hub.benchmark.unit) {
      notExported.push({ score, reason: `in ${benchmark.unit} here, the Hub's is in ${hub.benchmark.unit}` });
      continue;
    }
    const key = `${score.benchmark}\u0000${settingKey(score.setting)}`;
    groups.set(key, [...(groups.get(key) ?? []), score]);
  }
  const order = precedenceOrder(store, prefer);
  const picked = [...groups.values()].map((group) => {
    const [first, ...rest] = [...group].sort(order);
    for (const score of rest)
      notExported.push({ score, reason: `${first?.source} gives this value too and comes first` });
    return first as ScoreRecord;
  });
  const names = fileNames(picked);
  const files = picked.map((score, i) => ({
    path: `.eval_results/${names[i]}.yaml`,
    text: fileText(store, score),
    score,
  }));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, notExported };
}

/** File stems: the catalog's stem and the setting's variant; where two collide, `tools=none` is spelt out as `no_tools`. */
function fileNames(scores: readonly ScoreRecord[]): string[] {
  const plain = scores.map((s) => `${hubBenchmarkFor(s.benchmark)?.file}${variantOf(s.setting, false)}`);
  return scores.map((s, i) =>
    plain.filter((n) => n === plain[i]).length > 1
      ? `${hubBenchmarkFor(s.benchmark)?.file}${variantOf(s.setting, true)}`
      : (plain[i] as string),
  );
}

/** The variant suffix of a setting: `_with_tools`, `_with_python`, `_mode_contemplating`; `` for the plain test. */
export function variantOf(setting: Setting, spellNoTools: boolean): string {
  const parts: string[] = [];
  for (const key of SETTING_KEYS) {
    const value = setting[key];
    if (value === undefined) continue;
    const word = String(value)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "");
    if (key === "tools") {
      if (value === "none") {
        if (spellNoTools) parts.push("no_tools");
      } else parts.push(value === "any" ? "with_tools" : `with_${word}`);
    } else parts.push(`${key}_${word}`);
  }
  return parts.length === 0 ? "" : `_${parts.join("_")}`;
}

/**
 * The setting as Hub notes: "no-tools", "with tools", "with tools: python", then `key=value` for the rest; a key
 * the curator inferred (rather than the source stating it) is followed by "(inferred)".
 */
export function notesOf(setting: Setting, inferred: readonly string[] = []): string | undefined {
  const parts: string[] = [];
  for (const key of SETTING_KEYS) {
    const value = setting[key];
    if (value === undefined) continue;
    let text = `${key}=${value}`;
    if (key === "tools") text = value === "none" ? "no-tools" : value === "any" ? "with tools" : `with tools: ${value}`;
    parts.push(inferred.includes(key) ? `${text} (inferred)` : text);
  }
  return parts.length === 0 ? undefined : parts.join(", ");
}

function fileText(store: Store, score: ScoreRecord): string {
  const hub = hubBenchmarkFor(score.benchmark);
  const source = store.sources.get(score.source);
  const url = source?.url ?? score.url;
  const notes = notesOf(score.setting, score.inferred);
  const entry = {
    dataset: { id: hub?.dataset, task_id: hub?.tasks[0] },
    value: score.value,
    ...(source ? { date: source.published } : {}),
    ...(url ? { source: { url, name: source?.title ?? score.source } } : {}),
    ...(notes ? { notes } : {}),
  };
  const header = `${HUB_MARKER} from muse's registry: ${score.model} on ${score.benchmark}, source ${score.source} (${source?.kind}).\n`;
  return header + stringify([entry], { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
}

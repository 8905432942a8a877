import type { Benchmark, Score, Setting } from "../../core/schema/index.js";
import { settingValue } from "../eee/settings.js";
import { toModelId } from "../shared/ids.js";
import { hubBenchmarkOf } from "./catalog.js";
import type { HubResult } from "./read.js";

/** How the Hub values of a run read: as published (`percent`, 20.9 for 20.9 %) or as fractions (`fraction`, 0.209). */
export type HubScale = "percent" | "fraction";

/** A Hub result on its way to a score: the benchmark it measures, the value in its unit, setting and note. */
export interface HubDraft {
  benchmark: Benchmark;
  /** Whether muse's catalog maps the dataset and task. */
  known: boolean;
  value: number;
  setting: Setting;
  /** Setting keys that notes mark "(inferred)" (muse's export of a key its curator inferred). */
  inferred?: NonNullable<Score["inferred"]>;
  note?: string;
  warnings: string[];
}

const TOKEN = /^[a-z0-9][a-z0-9._+-]*$/;
const WITH_TOOLS = new Set(["with tools", "with-tools", "tools", "with_tools"]);
const NO_TOOLS = new Set(["no-tools", "no tools", "no_tools", "without tools", "notools"]);

/**
 * A Hub result as a score draft: the dataset and task through muse's catalog (else a benchmark of its own,
 * `hf-<dataset>-<task>`, in points, as the value stands), the value scaled to percent where the run gives
 * fractions, `notes` that say "with tools" / "no-tools" / "with tools: python" as the `tools` setting and
 * `key=value` with a muse setting key (what `muse export hf` writes) as that key (any other note is kept as
 * a note), the shots a model card states, and the facts worth keeping (verifyToken, dataset revision,
 * metric, run date) in the note.
 */
export function draftOf(result: HubResult, scale: HubScale, sourceDate: string | undefined): HubDraft {
  const hub = hubBenchmarkOf(result.dataset, result.task);
  const warnings: string[] = [];
  const benchmark = hub?.benchmark ?? ownBenchmark(result);
  const percent = benchmark.unit === "percent";
  const value = percent && scale === "fraction" ? Number((result.value * 100).toPrecision(12)) : result.value;
  if (percent && scale === "percent" && result.value > 0 && result.value <= 1)
    warnings.push(
      `value ${result.value} on ${benchmark.id} read as ${result.value}%; pass --scale fraction if the file gives fractions`,
    );
  const setting: Setting = {};
  const inferred: NonNullable<HubDraft["inferred"]> = [];
  const kept: string[] = [];
  for (const part of (result.notes ?? "")
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    // "(inferred)" after a part: muse's export marking a key its curator inferred rather than the source stated.
    const marked = /^(.*?)\s*\(inferred\)$/i.exec(part);
    const read = settingOfNote(marked?.[1] ?? part);
    if (read === undefined || setting[read.key] !== undefined) {
      kept.push(part);
      continue;
    }
    (setting as Record<string, string | number>)[read.key] = read.value;
    if (marked) inferred.push(read.key);
  }
  if (result.shots !== undefined) setting.shots = result.shots;
  const facts = [
    kept.length > 0 ? `Hub notes: ${kept.join(", ")}.` : "",
    result.metric ? `Metric: ${result.metric}.` : "",
    result.verifyToken ? "The Hub entry carries a verifyToken (a signature that the run can be verified)." : "",
    result.revision ? `Dataset revision ${result.revision}.` : "",
    result.date && result.date !== sourceDate ? `Run on ${result.date}.` : "",
  ].filter(Boolean);
  return {
    benchmark,
    known: hub !== undefined,
    value,
    setting,
    ...(inferred.length > 0 ? { inferred } : {}),
    ...(facts.length > 0 ? { note: facts.join(" ") } : {}),
    warnings,
  };
}

/** The setting one part of the notes states: "with tools", "no-tools", "with tools: python", `key=value`. */
function settingOfNote(text: string): { key: keyof Setting; value: string | number } | undefined {
  const folded = text.toLowerCase();
  if (WITH_TOOLS.has(folded)) return { key: "tools", value: "any" };
  if (NO_TOOLS.has(folded)) return { key: "tools", value: "none" };
  const tool = folded.startsWith("with tools: ") ? folded.slice(12) : undefined;
  if (tool !== undefined) return TOKEN.test(tool) ? { key: "tools", value: tool } : undefined;
  const stated = /^([a-z]+)=(.+)$/.exec(text); // the value keeps its case: a run label may be a record id
  const key = stated?.[1] as keyof Setting | undefined;
  const value = key === undefined || key === "tools" ? undefined : settingValue(key, stated?.[2] ?? "");
  return key !== undefined && value !== undefined ? { key, value } : undefined;
}

function ownBenchmark(result: HubResult): Benchmark {
  const id = toModelId(`hf ${result.dataset} ${result.task}`) ?? "hf-benchmark";
  return {
    id,
    name: `${result.dataset} (${result.task})`.slice(0, 200),
    aliases: [],
    category: "other",
    unit: "points",
    higher_is_better: true,
    description:
      `The Hugging Face Hub benchmark dataset ${result.dataset}, task ${result.task}; muse's catalog does not map it.`.slice(
        0,
        500,
      ),
    ...(/^[\w.-]+\/[\w.-]+$/.test(result.dataset) ? { url: `https://huggingface.co/datasets/${result.dataset}` } : {}),
  };
}

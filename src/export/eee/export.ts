import type { ScoreRecord, Store } from "../../core/store.js";
import type { EeeChecker } from "../../import/eee/parse.js";
import { scoreUuid } from "../identity.js";
import { developerSlug, eeeRecordOf } from "./record.js";

/** One file an export writes: its path inside the output directory, its text, and the score it holds. */
export interface ExportFile {
  path: string;
  text: string;
  score: ScoreRecord;
}

/** What an Every Eval Ever export produces: a record file per score, and how many scores and records. */
export interface EeeExport {
  files: ExportFile[];
  scores: number;
  benchmarks: number;
  models: number;
}

/**
 * Every selected score as an Every Eval Ever 0.3.0 record, laid out as the datastore lays them out:
 * `<benchmark>/<developer>/<model>/<uuid>.json`, the UUID derived from the score's identity, the JSON
 * written with sorted files and fixed key order, so that exporting the same data twice gives the same
 * bytes. Each record is checked against the 0.3.0 schema; one that fails is muse's bug, and throws.
 */
export function exportEee(store: Store, scores: readonly ScoreRecord[], checkEeeRecord: EeeChecker): EeeExport {
  const files = scores.map((score) => {
    const benchmark = store.benchmarks.get(score.benchmark);
    const model = store.models.get(score.model);
    const source = store.sources.get(score.source);
    if (!benchmark || !model || !source) throw new Error(`score of ${score.source} does not link: ${score.model}`);
    const record = eeeRecordOf(score, { benchmark, model, source });
    const check = checkEeeRecord(record);
    if (check.violations.length > 0) {
      const first = check.violations[0];
      throw new Error(
        `muse wrote an invalid Every Eval Ever record: ${first?.at} ${first?.message} (${first?.schemaPath})`,
      );
    }
    const path = `${benchmark.id}/${developerSlug(model)}/${model.id}/${scoreUuid(score)}.json`;
    return { path, text: `${JSON.stringify(record, null, 2)}\n`, score };
  });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    files,
    scores: scores.length,
    benchmarks: new Set(scores.map((s) => s.benchmark)).size,
    models: new Set(scores.map((s) => s.model)).size,
  };
}

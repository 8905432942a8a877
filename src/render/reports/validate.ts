import type { Store } from "../../core/store.js";
import type { Report } from "../view.js";

/** The summary of a valid registry: counts of each record kind and of the files they came from. */
export function validateReport(store: Store, registries: readonly string[]): Report {
  const files = new Set<string>();
  for (const records of [store.benchmarks, store.models, store.sources]) {
    for (const r of records.values()) files.add(r.origin.file);
  }
  const counts = {
    benchmarks: store.benchmarks.size,
    models: store.models.size,
    sources: store.sources.size,
    scores: store.scores.length,
    files: files.size,
  };
  const line = `ok: ${counts.scores} scores, ${counts.benchmarks} benchmarks, ${counts.models} models, ${counts.sources} sources in ${counts.files} files`;
  return {
    json: { valid: true, registries: [...registries], ...counts },
    view: { sections: [], notes: [line] },
  };
}

import type { Store } from "../core/store.js";
import type { Report } from "../render/index.js";

/** A release of outside data that answered a query: whose, and which (Epoch AI, 2026-04). */
export interface DataRelease {
  publisher: string;
  release: string;
}

/** Publishers whose data muse imports by release (a layer of its own), named in outputs that use it. */
const RELEASED_DATA = new Set(["Epoch AI"]);

/**
 * Adds to a report which releases of outside data answered it: JSON `data_releases` (`[]` when none)
 * and a closing line such as "Epoch AI data: release 2026-04", found from the sources its JSON names.
 */
export function withDataReleases(report: Report, store: Store): Report {
  const json = report.json as Record<string, unknown>;
  const named = new Set<string>();
  collectSources(json, named);
  const releases = new Map<string, DataRelease>();
  for (const id of named) {
    const source = store.sources.get(id);
    if (source === undefined || !RELEASED_DATA.has(source.publisher)) continue;
    releases.set(`${source.publisher}\u0000${source.published}`, {
      publisher: source.publisher,
      release: source.published,
    });
  }
  const list = [...releases.values()].sort((a, b) => (a.publisher + a.release < b.publisher + b.release ? -1 : 1));
  const notes = list.map((r) => `${r.publisher} data: release ${r.release}`);
  return {
    ...report,
    json: { ...json, data_releases: list },
    view: { ...report.view, notes: [...(report.view.notes ?? []), ...notes] },
  };
}

/** Every `source` string anywhere in a JSON value. */
function collectSources(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectSources(v, into);
  else if (value !== null && typeof value === "object") {
    // for...in, not Object.entries: no array per object (a ranking's JSON has thousands of small objects).
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const v = record[key];
      if (key === "source" && typeof v === "string") into.add(v);
      else if (v !== null && typeof v === "object") collectSources(v, into);
    }
  }
}

import type { Report } from "../view.js";

/** What `muse fetch epoch` did: downloaded and imported a release, or found it unchanged. */
export type FetchOutcome =
  | { status: "unchanged"; url: string; dir: string; release: string }
  | { status: "updated"; url: string; dir: string; release: string; files: number; scores: number };

/** The report of a fetch: JSON `{status, release, url, dir, files, scores}` (counts null when unchanged) and one line. */
export function fetchReport(outcome: FetchOutcome): Report {
  const updated = outcome.status === "updated";
  const line = updated
    ? `Epoch AI data: release ${outcome.release}, ${outcome.scores} scores from ${outcome.files} files, now in ${outcome.dir}.`
    : `Epoch AI data: release ${outcome.release} is up to date (${outcome.url} unchanged since the last fetch).`;
  return {
    json: {
      status: outcome.status,
      release: outcome.release,
      url: outcome.url,
      dir: outcome.dir,
      files: updated ? outcome.files : null,
      scores: updated ? outcome.scores : null,
    },
    view: { sections: [], notes: [line, "Data: Epoch AI, 'AI Benchmarking Hub', CC BY 4.0."] },
  };
}

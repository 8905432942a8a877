import type { SourceRecord } from "../store.js";

/** Who stands behind a figure: the model maker (`first-party`) or an independent measurer (`third-party`). */
export type ClaimKind = "first-party" | "third-party";

/**
 * A source's effective kind: its own kind, or for press, the kind of whoever produced the figures it repeats.
 * A score whose source's kind is `first-party` is a claim; one whose kind is `third-party` is a measurement.
 */
export function claimKindOf(source: SourceRecord | undefined): ClaimKind {
  if (source === undefined) return "third-party";
  if (source.kind === "press") return source.repeats?.kind ?? "third-party";
  return source.kind;
}

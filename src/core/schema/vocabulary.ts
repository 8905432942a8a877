// The controlled vocabularies of the registry, as plain lists: no zod here, so that code which only needs
// the names (queries, renderers, option choices) loads without the schema library. The zod schemas in this
// folder are built from these lists.

/** Benchmark categories muse knows. */
export const CATEGORIES = [
  "reasoning",
  "knowledge",
  "math",
  "science",
  "multimodal",
  "coding",
  "agentic",
  "health",
  "safety",
  "index",
  "efficiency",
  "writing",
  "other",
] as const;

/** Units a benchmark value can be published in. */
export const UNITS = [
  "percent",
  "elo",
  "points",
  "tokens",
  "million-tokens",
  "ratio",
  "count",
  "hours",
  "usd",
] as const;

/** Who a source is, relative to the figures it carries. */
export const SOURCE_KINDS = ["first-party", "third-party", "press"] as const;
/** Who originally produced figures that a press source repeats. */
export const ORIGIN_KINDS = ["first-party", "third-party"] as const;

/** The keys a setting may use, in canonical order (the setting schema's shape is checked against it). */
export const SETTING_KEYS = [
  "mode",
  "tools",
  "effort",
  "agents",
  "attempts",
  "shots",
  "harness",
  "budget",
  "snapshot",
  "run",
] as const;

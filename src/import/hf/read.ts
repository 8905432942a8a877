import { isNode, isSeq, LineCounter, parseDocument } from "yaml";

/** Who published a Hub result, as its `source` block says. */
export interface HubSource {
  url: string;
  name?: string;
  user?: string;
  org?: string;
}

/** One result as a `.eval_results/*.yaml` entry (or a model card's `model-index` result) gives it. */
export interface HubResult {
  /** The line the entry starts on. */
  line: number;
  dataset: string;
  task: string;
  revision?: string;
  value: number;
  date?: string;
  source?: HubSource;
  notes?: string;
  verifyToken: boolean;
  /** Few-shot examples, where a model card's `dataset.args.num_few_shot` states them. */
  shots?: number;
  /** The metric's name, for a model card result. */
  metric?: string;
}

/** A file read: its results, and each entry that could not be read (with its line and why). */
export interface HubFileRead {
  results: HubResult[];
  reported: { line: number; reason: string }[];
  /** Why the whole file cannot be read (not YAML, not a list, no `model-index`), if so. */
  problem?: string;
}

/** A parsed YAML mapping. */
export type Plain = Record<string, unknown>;
/** Whether a parsed YAML value is a mapping. */
export const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
/** A non-empty string, trimmed; `undefined` for anything else. */
export const text = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;

/**
 * Reads a `.eval_results/*.yaml` file: a list of `{dataset: {id, task_id, revision}, value, verifyToken,
 * date, source: {url, name, user, org}, notes}` (the Hub's specification). An entry without a dataset id,
 * task id or finite value is reported with its line; the rest are read.
 */
export function readEvalResults(yamlText: string): HubFileRead {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length > 0) return { results: [], reported: [], problem: `not YAML: ${doc.errors[0]?.message}` };
  if (!isSeq(doc.contents)) return { results: [], reported: [], problem: "not a list of eval results" };
  const read: HubFileRead = { results: [], reported: [] };
  for (const item of doc.contents.items) {
    const line = isNode(item) && item.range ? lines.linePos(item.range[0]).line : 0;
    const entry = isNode(item) ? item.toJSON() : item;
    const outcome = entryOf(entry, line);
    if (typeof outcome === "string") read.reported.push({ line, reason: outcome });
    else read.results.push(outcome);
  }
  return read;
}

function entryOf(entry: unknown, line: number): HubResult | string {
  if (!isPlain(entry)) return "not an eval result (a mapping)";
  const dataset = isPlain(entry.dataset) ? entry.dataset : {};
  const id = text(dataset.id);
  const task = text(dataset.task_id);
  if (id === undefined) return "no dataset.id";
  if (task === undefined) return "no dataset.task_id";
  const value = entry.value;
  if (typeof value !== "number" || !Number.isFinite(value))
    return `value ${typeof value === "number" ? String(value) : JSON.stringify(value)} is not a finite number`;
  const source = sourceOf(entry.source);
  if (typeof source === "string") return source;
  const date = dateOf(entry.date);
  if (entry.date !== undefined && date === undefined)
    return `date ${JSON.stringify(entry.date)} is not an ISO-8601 date`;
  const revision = text(dataset.revision);
  const notes = text(entry.notes);
  return {
    line,
    dataset: id,
    task,
    ...(revision ? { revision } : {}),
    value,
    ...(date ? { date } : {}),
    ...(source ? { source } : {}),
    ...(notes ? { notes } : {}),
    verifyToken: text(entry.verifyToken) !== undefined,
  };
}

/** The `source` block: `undefined` when absent; a reason when it is there without a URL. */
export function sourceOf(block: unknown): HubSource | undefined | string {
  if (block === undefined || block === null) return undefined;
  if (!isPlain(block)) return "source is not a mapping";
  const url = text(block.url);
  if (url === undefined || !isWebAddress(url)) return "source.url is missing or not a web address";
  const [name, user, org] = [text(block.name), text(block.user), text(block.org)];
  return { url, ...(name ? { name } : {}), ...(user ? { user } : {}), ...(org ? { org } : {}) };
}

/**
 * An ISO-8601 date or date-time (a string, or a date YAML read as one) as `YYYY-MM-DD`; a reduced-precision
 * date (`2026-04`, `2026`, as muse's export writes a date known only that far) stays as it is.
 */
export function dateOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === "number" && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  const trimmed = typeof value === "string" ? value.trim() : "";
  if (/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(trimmed)) return trimmed;
  const match = /^(\d{4}-\d\d-\d\d)([T ].*)?$/.exec(trimmed);
  if (!match?.[1]) return undefined;
  const probe = new Date(`${match[1]}T00:00:00Z`);
  return Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== match[1] ? undefined : match[1];
}

/** Whether a text is an http(s) address that parses. */
function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "https:" || parsed.protocol === "http:") && !/\s/.test(url);
  } catch {
    return false;
  }
}

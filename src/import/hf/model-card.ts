import { isMap, isNode, isSeq, LineCounter, parseDocument } from "yaml";
import { dateOf, type HubFileRead, type HubResult, isPlain, type Plain, sourceOf, text } from "./read.js";

/**
 * Reads the `model-index` block of a model card's YAML front matter (the Hub's older way to state
 * results): each result's `dataset.type` (the Hub dataset id) and `dataset.config` (as the task id,
 * `default` when absent), its first metric's value and `verifyToken`, `dataset.args.num_few_shot` as
 * the shots, and its `source`. Further metrics of a result are reported, not guessed between.
 */
export function readModelCard(markdown: string): HubFileRead {
  const front = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(markdown);
  if (!front?.[1]) return { results: [], reported: [], problem: "no YAML front matter (a model card starts with ---)" };
  const lines = new LineCounter();
  const doc = parseDocument(front[1], { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length > 0)
    return { results: [], reported: [], problem: `front matter is not YAML: ${doc.errors[0]?.message}` };
  const index = doc.get("model-index", true);
  if (!isSeq(index)) return { results: [], reported: [], problem: "no model-index block in the front matter" };
  const read: HubFileRead = { results: [], reported: [] };
  for (const model of index.items) {
    const results = isMap(model) ? model.get("results", true) : undefined;
    for (const node of isSeq(results) ? results.items : []) {
      const line = 1 + (isNode(node) && node.range ? lines.linePos(node.range[0]).line : 0);
      const entry = isNode(node) ? node.toJSON() : node;
      const outcome = resultOf(entry, line);
      if (typeof outcome === "string") read.reported.push({ line, reason: outcome });
      else {
        read.results.push(outcome.result);
        for (const extra of outcome.others)
          read.reported.push({ line, reason: `metric '${extra}' not imported: only a result's first metric is` });
      }
    }
  }
  return read;
}

function resultOf(entry: unknown, line: number): { result: HubResult; others: string[] } | string {
  if (!isPlain(entry)) return "not a model-index result (a mapping)";
  const dataset: Plain = isPlain(entry.dataset) ? entry.dataset : {};
  const id = text(dataset.type);
  if (id === undefined) return "no dataset.type (the Hub dataset id)";
  const metrics = Array.isArray(entry.metrics) ? entry.metrics.filter(isPlain) : [];
  const [metric, ...rest] = metrics;
  if (metric === undefined) return "no metrics";
  const value = metric.value;
  if (typeof value !== "number" || !Number.isFinite(value))
    return `metric value ${typeof value === "number" ? String(value) : JSON.stringify(value)} is not a finite number`;
  const source = sourceOf(entry.source);
  if (typeof source === "string") return source;
  const args: Plain = isPlain(dataset.args) ? dataset.args : {};
  const shots = args.num_few_shot;
  const revision = text(dataset.revision);
  const date = dateOf(metric.date);
  const name = text(metric.name) ?? text(metric.type);
  return {
    result: {
      line,
      dataset: id,
      task: text(dataset.config) ?? "default",
      ...(revision ? { revision } : {}),
      value,
      ...(date ? { date } : {}),
      ...(source ? { source } : {}),
      verifyToken: text(metric.verifyToken) !== undefined,
      ...(typeof shots === "number" && Number.isInteger(shots) && shots >= 0 ? { shots } : {}),
      ...(name ? { metric: name } : {}),
    },
    others: rest.map((m) => text(m.name) ?? text(m.type) ?? "?"),
  };
}

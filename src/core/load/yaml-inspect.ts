import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type YAMLError } from "yaml";
import { MAX_NESTING_LEVELS } from "./limits.js";
import type { Position } from "./positions.js";

/** A problem found in a YAML document, placed at a line and column. */
export type YamlFinding = Position & { message: string };

/**
 * Walks a parsed document without recursion and reports what a registry file must not hold: aliases,
 * keys that are not plain text, keys written twice in one mapping, and nesting deeper than MAX_NESTING_LEVELS.
 */
export function inspectYaml(doc: Document, lc: LineCounter): YamlFinding[] {
  const findings: { offset: number; message: string }[] = [];
  const aliases: number[] = [];
  // Where the first node past MAX_NESTING_LEVELS in the file is: the walk visits later siblings first.
  let tooDeepAt: number | undefined;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, depth } = next;
    if (isAlias(node)) aliases.push(node.range?.[0] ?? 0);
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_NESTING_LEVELS) {
      tooDeepAt = Math.min(tooDeepAt ?? Number.POSITIVE_INFINITY, offsetOf(node));
      continue;
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    const seen = new Map<string, number>();
    for (const { key, value } of node.items) {
      stack.push({ node: value, depth: depth + 1 });
      if (isAlias(key)) {
        aliases.push(key.range?.[0] ?? 0);
        continue;
      }
      if (!isScalar(key)) {
        if (key !== null)
          findings.push({ offset: offsetOf(key), message: "a key must be plain text, not a list or mapping" });
        continue;
      }
      const name = String(key.value);
      const first = seen.get(name);
      const offset = key.range?.[0] ?? 0;
      if (first === undefined) seen.set(name, offset);
      else {
        const at = lc.linePos(first);
        findings.push({ offset, message: `duplicate key '${name}'; first at line ${at.line}, column ${at.col}` });
      }
    }
  }
  if (tooDeepAt !== undefined) {
    findings.push({ offset: tooDeepAt, message: `values nested more than ${MAX_NESTING_LEVELS} levels deep` });
  }
  if (aliases.length > 0) {
    const more = aliases.length - 1;
    const suffix = more > 0 ? ` (${more} more in this file)` : "";
    findings.push({
      offset: Math.min(...aliases),
      message: `YAML aliases (*name) are not allowed; write the value out${suffix}`,
    });
  }
  return findings
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, message }) => ({ ...lc.linePos(offset), message }));
}

function offsetOf(node: unknown): number {
  const range = (node as { range?: readonly number[] }).range;
  return range?.[0] ?? 0;
}

/**
 * Turns the `yaml` package's errors and warnings into one-line findings: an unclosed quote placed where the
 * string opens, stack exhaustion named as too deep a nesting.
 */
export function yamlErrorFindings(errors: readonly YAMLError[], doc: Document, lc: LineCounter): YamlFinding[] {
  return errors.map((error) => describeYamlError(error, doc, lc));
}

function describeYamlError(error: YAMLError, doc: Document, lc: LineCounter): YamlFinding {
  const offset = error.pos[0];
  if (error.code === "RESOURCE_EXHAUSTION") {
    return { ...lc.linePos(offset), message: `values nested too deeply to read (over ${MAX_NESTING_LEVELS} levels)` };
  }
  const message = (error.message.split("\n")[0] ?? "").trim() || error.code;
  if (error.code === "MISSING_CHAR" && /quote/i.test(message)) {
    const open = unclosedQuoteStart(doc, offset);
    if (open !== undefined) {
      const end = lc.linePos(offset);
      return { ...lc.linePos(open), message: `${message}: the string that starts here runs on to line ${end.line}` };
    }
  }
  return { ...lc.linePos(offset), message };
}

/** The start of the quoted scalar that an unclosed-quote error at `offset` belongs to. */
function unclosedQuoteStart(doc: Document, offset: number): number | undefined {
  let best: number | undefined;
  const stack: unknown[] = [doc.contents];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isScalar(node)) {
      const [start, end] = node.range ?? [0, 0];
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && start <= offset && end >= offset && (best === undefined || start > best)) best = start;
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
    else if (isMap(node)) for (const pair of node.items) stack.push(pair.key, pair.value);
  }
  return best;
}

import { type Document, isScalar, isSeq, LineCounter, parseAllDocuments } from "yaml";
import type { z } from "zod";
import type { Problem } from "../errors.js";
import { type Benchmark, type Model, registryFileSchema, type Score, type Source } from "../schema/index.js";
import { nearest } from "../suggest.js";
import { knownKeysAt } from "./known-keys.js";
import { MAX_FILE_BYTES, MAX_PROBLEMS_PER_FILE } from "./limits.js";
import { keyPositions, type Position, positionOfPath } from "./positions.js";
import { yamlBudgetFinding } from "./yaml-budget.js";
import { inspectYaml, yamlErrorFindings } from "./yaml-inspect.js";

export { MAX_FILE_BYTES, MAX_PROBLEMS_PER_FILE };

/** A record with the line and column where its file defines it. */
export type Positioned<T> = T & { line: number; col: number };

/** A score as read: placed, and with the number of decimals its value was written with (80.0 → 1). */
export type ReadScore = Positioned<Score> & { decimals: number };

/** A source with its scores, each placed in the file. */
export type PositionedSource = Positioned<Omit<Source, "scores"> & { scores: ReadScore[] }>;

/** The validated content of one registry file, every record carrying its line and column. */
export interface ParsedFile {
  path: string;
  benchmarks: Positioned<Benchmark>[];
  models: Positioned<Model>[];
  sources: PositionedSource[];
}

/** The outcome of reading one file: its records, or every problem found in it. */
export type FileOutcome = { ok: true; file: ParsedFile } | { ok: false; problems: Problem[] };

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes a registry file's bytes as UTF-8 text, refusing oversize, binary and non-UTF-8 content. */
export function decodeRegistryBytes(path: string, bytes: Uint8Array): string | Problem {
  const at = { file: path, line: 1, col: 1 };
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ...at, message: `file is ${bytes.byteLength} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ...at, message: "file is UTF-16 text; save it as UTF-8" };
  }
  if (bytes.includes(0)) return { ...at, message: "binary file (contains NUL bytes), not YAML text" };
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return { ...at, message: "file is not valid UTF-8 text" };
  }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** Parses and validates one registry file's text; every problem is located at `file:line:col`. */
export function parseRegistryText(path: string, text: string): FileOutcome {
  const outcome = parseText(path, text);
  if (outcome.ok || outcome.problems.length <= MAX_PROBLEMS_PER_FILE) return outcome;
  const shown = outcome.problems.slice(0, MAX_PROBLEMS_PER_FILE - 1);
  const more = outcome.problems.length - shown.length;
  const last = outcome.problems[shown.length] ?? { file: path, line: 1, col: 1 };
  return { ok: false, problems: [...shown, { ...last, message: `${more} more problems in this file, not shown` }] };
}

function parseText(path: string, text: string): FileOutcome {
  const lc = new LineCounter();
  const problems: Problem[] = [];
  const at = (pos: Position, message: string) => problems.push({ file: path, ...pos, message });
  // Refused before the parser builds anything: too many values or too deep a nesting would cost gigabytes.
  const overBudget = yamlBudgetFinding(text);
  if (overBudget !== undefined) {
    at(overBudget, overBudget.message);
    return { ok: false, problems };
  }
  let docs: Document[];
  try {
    // Duplicate keys, aliases and depth are checked by inspectYaml, with better messages than yaml's own.
    const options = { lineCounter: lc, uniqueKeys: false, prettyErrors: false, logLevel: "error" } as const;
    docs = parseAllDocuments(text, options) as Document[];
  } catch (error) {
    at({ line: 1, col: 1 }, `cannot parse YAML: ${(error as Error).message}`);
    return { ok: false, problems };
  }
  if (!Array.isArray(docs)) docs = [];
  // A trailing `---` with nothing after it is harmless; a second document with content is not.
  for (const extra of docs.slice(1).filter((d) => !isEmptyDocument(d))) {
    at(lc.linePos(extra.range?.[0] ?? 0), "several YAML documents in one file; put each in its own file");
  }
  const doc = docs[0];
  if (doc === undefined) return { ok: true, file: { path, benchmarks: [], models: [], sources: [] } };
  // One problem per line: the parser's later errors on a line are mostly echoes of its first.
  const findings = [...yamlErrorFindings([...doc.errors, ...doc.warnings], doc, lc), ...inspectYaml(doc, lc)];
  const lines = new Set<number>();
  for (const { message, ...pos } of findings.sort((a, b) => a.line - b.line || a.col - b.col)) {
    if (!lines.has(pos.line)) at(pos, message);
    lines.add(pos.line);
  }
  if (problems.length > 0) return { ok: false, problems: sortByPlace(problems) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 }) ?? {};
  } catch (error) {
    at({ line: 1, col: 1 }, `cannot read YAML: ${(error as Error).message}`);
    return { ok: false, problems };
  }
  const parsed = registryFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportIssue(doc, lc, issue, at);
    return { ok: false, problems };
  }
  return { ok: true, file: placeRecords(path, doc, lc, parsed.data) };
}

function reportIssue(
  doc: Document,
  lc: LineCounter,
  issue: z.core.$ZodIssue,
  at: (pos: Position, message: string) => void,
): void {
  const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : "";
  if (issue.code === "unrecognized_keys") {
    const known = knownKeysAt(issue.path);
    const placeOfKey = keyPositions(doc, issue.path, lc);
    for (const key of issue.keys) {
      const hint = nearest(key, known, 1);
      const suggestion = hint.length > 0 ? ` (did you mean '${hint[0]}'?)` : "";
      at(placeOfKey(key), `${where}unknown key '${key}'${suggestion}`);
    }
    return;
  }
  at(positionOfPath(doc, issue.path, lc), `${where}${issueMessage(doc, issue)}`);
}

/** Zod's message, or a plainer one where the YAML shows what went wrong: a missing key, `.nan` or `.inf`. */
function issueMessage(doc: Document, issue: z.core.$ZodIssue): string {
  if (issue.code !== "invalid_type") return issue.message;
  if (issue.path.length === 0) {
    const got = isSeq(doc.contents) ? "a list" : "a single value";
    return `a registry file must be a mapping with benchmarks, models and/or sources, not ${got}`;
  }
  if (!doc.hasIn(issue.path)) return `missing required key (expected ${issue.expected})`;
  const node = doc.getIn(issue.path, true);
  if (isScalar(node) && typeof node.value === "number" && !Number.isFinite(node.value)) {
    return `must be a finite number, not ${node.source ?? String(node.value)}`;
  }
  if (issue.expected === "boolean" && isScalar(node) && /^(?:y|yes|n|no|on|off)$/i.test(String(node.value))) {
    return `must be true or false, not '${String(node.value)}' (YAML 1.2 reads it as text)`;
  }
  return issue.message;
}

/** Whether a document holds nothing at all (what a trailing `---` leaves). */
function isEmptyDocument(doc: Document): boolean {
  const empty = doc.contents === null || (isScalar(doc.contents) && doc.contents.source === "");
  return empty && doc.errors.length === 0;
}

/** Orders problems by line, then column (a stable sort keeps same-place problems in their order). */
function sortByPlace(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.col - b.col);
}

/** Renders a zod path like `sources[0].scores[2].value`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

function placeRecords(
  path: string,
  doc: Document,
  lc: LineCounter,
  data: z.infer<typeof registryFileSchema>,
): ParsedFile {
  const place = <T>(record: T, at: PropertyKey[]): Positioned<T> => ({ ...record, ...positionOfPath(doc, at, lc) });
  return {
    path,
    benchmarks: data.benchmarks.map((b, i) => place(b, ["benchmarks", i])),
    models: data.models.map((m, i) => place(m, ["models", i])),
    sources: data.sources.map((s, i) =>
      place(
        {
          ...s,
          scores: s.scores.map((sc, j) => {
            const at = ["sources", i, "scores", j];
            const written = doc.getIn([...at, "value"], true);
            const text = isScalar(written) && typeof written.source === "string" ? written.source : String(sc.value);
            return { ...place(sc, at), decimals: decimalsOf(text) };
          }),
        },
        ["sources", i],
      ),
    ),
  };
}

/** How many decimals a number was written with: `80.0` → 1, `42` → 0, `1.5e-3` → 4. */
export function decimalsOf(text: string): number {
  const match = /^[-+]?\d*(?:\.(\d+))?(?:e([-+]?\d+))?$/i.exec(text.trim().replaceAll("_", ""));
  if (match === null) return 0;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}

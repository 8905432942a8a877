import { type Document, isAlias, isScalar, LineCounter, parseAllDocuments, visit } from "yaml";
import type { z } from "zod";
import type { Problem } from "../errors.js";
import { type Benchmark, type Model, registryFileSchema, type Score, type Source } from "../schema/index.js";
import { nearest } from "../suggest.js";
import { knownKeysAt } from "./known-keys.js";
import { type Position, positionOfKey, positionOfPath } from "./positions.js";

/** Files larger than this are refused: a registry file is hand-sized. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** A record with the place it was defined. */
export type Placed<T> = T & { line: number; col: number };

/** A score as read: placed, and with the number of decimals its value was written with (80.0 → 1). */
export type ReadScore = Placed<Score> & { decimals: number };

/** A source with its scores, each placed in the file. */
export type PlacedSource = Placed<Omit<Source, "scores"> & { scores: ReadScore[] }>;

/** The validated content of one registry file, every record carrying its line and column. */
export interface ParsedFile {
  path: string;
  benchmarks: Placed<Benchmark>[];
  models: Placed<Model>[];
  sources: PlacedSource[];
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
  if (bytes.includes(0)) return { ...at, message: "binary file (contains NUL bytes), not YAML text" };
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return { ...at, message: "file is not valid UTF-8 text" };
  }
}

/** Parses and validates one registry file's text; every problem is located at `file:line:col`. */
export function parseRegistryText(path: string, text: string): FileOutcome {
  const lc = new LineCounter();
  const problems: Problem[] = [];
  const at = (pos: Position, message: string) => problems.push({ file: path, ...pos, message });
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false }) as Document[];
  } catch (error) {
    at({ line: 1, col: 1 }, `cannot parse YAML: ${(error as Error).message}`);
    return { ok: false, problems };
  }
  if (!Array.isArray(docs)) docs = [];
  for (const extra of docs.slice(1)) {
    at(lc.linePos(extra.range?.[0] ?? 0), "several YAML documents in one file; put each in its own file");
  }
  const doc = docs[0];
  if (doc === undefined) return { ok: true, file: { path, benchmarks: [], models: [], sources: [] } };
  for (const error of [...doc.errors, ...doc.warnings]) {
    at(lc.linePos(error.pos[0]), error.message.split("\n")[0] ?? error.code);
  }
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) at(lc.linePos(node.range[0]), "YAML aliases (*name) are not allowed");
    },
  });
  if (problems.length > 0) return { ok: false, problems };

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
    for (const key of issue.keys) {
      const hint = nearest(key, known, 1);
      const suggestion = hint.length > 0 ? ` (did you mean '${hint[0]}'?)` : "";
      at(positionOfKey(doc, issue.path, key, lc), `${where}unknown key '${key}'${suggestion}`);
    }
    return;
  }
  at(positionOfPath(doc, issue.path, lc), `${where}${issue.message}`);
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
  const place = <T>(record: T, at: PropertyKey[]): Placed<T> => ({ ...record, ...positionOfPath(doc, at, lc) });
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

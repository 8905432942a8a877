import { readFile } from "node:fs/promises";
import { type Problem, RegistryError } from "../errors.js";
import { discoverRegistryFiles } from "./discover.js";
import { type LinkedRegistry, linkLayers } from "./link.js";
import { decodeRegistryBytes, type ParsedFile, parseRegistryText } from "./parse-file.js";

/** Reads and validates one file from disk. */
export async function loadRegistryFile(path: string): Promise<{ file?: ParsedFile; problems: Problem[] }> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error) {
    return { problems: [{ file: path, line: 1, col: 1, message: `cannot read file: ${bytes.code ?? bytes.message}` }] };
  }
  const text = decodeRegistryBytes(path, bytes);
  if (typeof text !== "string") return { problems: [text] };
  const outcome = parseRegistryText(path, text);
  return outcome.ok ? { file: outcome.file, problems: [] } : { problems: outcome.problems };
}

/** Loads registry directories (later ones layer over earlier); throws RegistryError with every problem. */
export async function loadRegistry(dirs: readonly string[]): Promise<LinkedRegistry> {
  const problems: Problem[] = [];
  const layers: ParsedFile[][] = [];
  for (const dir of dirs) {
    const paths = await discoverRegistryFiles(dir);
    const results = await Promise.all(paths.map(loadRegistryFile));
    const files: ParsedFile[] = [];
    for (const r of results) {
      problems.push(...r.problems);
      if (r.file) files.push(r.file);
    }
    layers.push(files);
  }
  // A file that failed to parse would make every reference into it look unknown: skip those checks then.
  const linked = linkLayers(layers, problems.length === 0);
  problems.push(...linked.problems);
  if (problems.length > 0) throw new RegistryError(sortProblems(problems));
  return linked.registry;
}

/** Orders problems by file, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}

import { isAbsolute, relative, resolve } from "node:path";
import { type Problem, RegistryError } from "../errors.js";
import { discoverRegistryFiles } from "../load/discover.js";
import { type LinkedRegistry, linkLayers } from "../load/link.js";
import { loadRegistryFile, sortProblems } from "../load/load-registry.js";
import { type ParsedFile, parseRegistryText } from "../load/parse-file.js";

/**
 * Loads registry directories as `loadRegistry` does, but with some files' text replaced (or added) in
 * memory: `edits` maps absolute paths to their new text. Used to validate an edit before it is written.
 */
export async function loadRegistryWithEdits(
  dirs: readonly string[],
  edits: ReadonlyMap<string, string>,
): Promise<LinkedRegistry> {
  const problems: Problem[] = [];
  const layers: ParsedFile[][] = [];
  for (const dir of dirs) {
    const found = await discoverRegistryFiles(dir);
    const added = [...edits.keys()].filter((path) => isRegistryFileIn(dir, path) && !found.includes(path));
    const paths = [...found, ...added].sort();
    const results = await Promise.all(
      paths.map(async (path) => {
        const text = edits.get(path);
        if (text === undefined) return loadRegistryFile(path);
        return parseEditedText(path, text.replace(/^\uFEFF/, ""));
      }),
    );
    const files: ParsedFile[] = [];
    for (const r of results) {
      problems.push(...r.problems);
      if (r.file) files.push(r.file);
    }
    layers.push(files);
  }
  const linked = linkLayers(layers, problems.length === 0);
  problems.push(...linked.problems);
  if (problems.length > 0) throw new RegistryError(sortProblems(problems));
  return linked.registry;
}

/** Reads edited text with the loader's full parser (the same records and problems as from disk). */
function parseEditedText(path: string, text: string): { file?: ParsedFile; problems: Problem[] } {
  const outcome = parseRegistryText(path, text);
  return outcome.ok ? { file: outcome.file, problems: [] } : { problems: outcome.problems };
}

function isRegistryFileIn(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) && /\.ya?ml$/i.test(path);
}

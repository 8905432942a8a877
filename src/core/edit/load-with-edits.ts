import { isAbsolute, relative, resolve } from "node:path";
import { discoverRegistryFiles } from "../load/discover.js";
import type { LinkedRegistry } from "../load/link.js";
import { type FileResult, linkFileResults, loadRegistryFile } from "../load/load-registry.js";
import { parseRegistryText } from "../load/parse-file.js";

/**
 * Loads registry directories as `loadRegistry` does, but with some files' text replaced (or added) in
 * memory: `edits` maps absolute paths to their new text. Used to validate an edit before it is written.
 */
export async function loadRegistryWithEdits(
  dirs: readonly string[],
  edits: ReadonlyMap<string, string>,
): Promise<LinkedRegistry> {
  const layers: FileResult[][] = [];
  for (const dir of dirs) {
    const found = await discoverRegistryFiles(dir);
    const added = [...edits.keys()].filter((path) => isRegistryFileIn(dir, path) && !found.includes(path));
    const paths = [...found, ...added].sort();
    layers.push(
      await Promise.all(
        paths.map(async (path) => {
          const text = edits.get(path);
          if (text === undefined) return loadRegistryFile(path);
          return parseEditedText(path, text.replace(/^\uFEFF/, ""));
        }),
      ),
    );
  }
  return linkFileResults(layers);
}

/** Reads edited text with the loader's full parser (the same records and problems as from disk). */
function parseEditedText(path: string, text: string): FileResult {
  const outcome = parseRegistryText(path, text);
  return outcome.ok ? { file: outcome.file, problems: [] } : { problems: outcome.problems };
}

function isRegistryFileIn(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) && /\.ya?ml$/i.test(path);
}

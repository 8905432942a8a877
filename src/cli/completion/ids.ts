import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { discoverRegistryFiles } from "../../core/load/discover.js";
import { ID_PATTERN } from "../../core/schema/id-pattern.js";
import type { IdKind } from "./spec.js";

/**
 * The ids of the given kinds in registry directories, sorted, for shell completion. Lenient on purpose:
 * a missing directory or a file that does not parse contributes nothing, so that completion keeps working
 * while a registry is being edited. Files that do not mention a wanted kind at the top level are not parsed.
 */
export async function registryIds(dirs: readonly string[], kinds: readonly IdKind[]): Promise<string[]> {
  const ids = new Set<string>();
  const topLevel = new RegExp(`^(?:${kinds.join("|")})\\s*:`, "m");
  for (const dir of dirs) {
    const files = await discoverRegistryFiles(dir).catch(() => []);
    const texts = await Promise.all(files.map((file) => readFile(file, "utf8").catch(() => "")));
    for (const text of texts) {
      if (!topLevel.test(text)) continue;
      for (const id of idsIn(text, kinds)) ids.add(id);
    }
  }
  return [...ids].sort();
}

function idsIn(text: string, kinds: readonly IdKind[]): string[] {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 0 });
  } catch {
    return [];
  }
  if (data === null || typeof data !== "object") return [];
  const out: string[] = [];
  for (const kind of kinds) {
    const records = (data as Record<string, unknown>)[kind];
    if (!Array.isArray(records)) continue;
    for (const record of records) {
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === "string" && ID_PATTERN.test(id)) out.push(id);
    }
  }
  return out;
}

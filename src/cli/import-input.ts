import { readdir, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../core/errors.js";
import { fsReason } from "../core/fs-reason.js";
import type { ImportInput, InputFile, InputShape } from "../import/importer.js";
import { type InputBudget, readInputBytes } from "./input-limits.js";

/**
 * Reads what an importer declares it reads: for a directory, the files with its extensions at the
 * top of it (sorted by name) and its companion files; for files, each one given. A missing path, a
 * directory where files are expected (or the reverse) and a directory without a data file are usage errors,
 * and so are inputs over the limits of src/cli/input-limits.ts (refused before they are read).
 */
export async function readImportInput(shape: InputShape, paths: readonly string[], cwd: string): Promise<ImportInput> {
  const budget: InputBudget = { used: 0, ...shape.limits };
  const matches = (name: string) => shape.extensions.some((ext) => name.toLowerCase().endsWith(`.${ext}`));
  if (shape.kind === "files") {
    const { inDirectory } = shape;
    const files: InputFile[] = [];
    for (const path of paths) {
      const info = inDirectory === undefined ? undefined : await stat(resolve(cwd, path)).catch(() => undefined);
      if (inDirectory !== undefined && info?.isDirectory())
        files.push(...(await readTree(path, cwd, inDirectory, shape.what, budget)));
      else files.push(await readOne(path, path, cwd, shape.what, budget));
    }
    return { files, companions: [] };
  }
  const [given = "."] = paths;
  const dir = resolve(cwd, given);
  const info = await stat(dir).catch((error: unknown) => {
    throw new UsageError(`cannot read ${dir}: ${fsReason(error)}`);
  });
  if (!info.isDirectory()) throw new UsageError(`${dir} is not a directory (expected: ${shape.what})`);
  const listed = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new UsageError(`cannot read ${dir}: ${fsReason(error)}`);
  });
  const names = listed.filter((e) => e.isFile()).map((e) => e.name);
  const dataNames = names.filter(matches).sort();
  if (dataNames.length === 0) {
    throw new UsageError(`no ${shape.extensions.map((e) => e.toUpperCase()).join(" or ")} files in ${dir}`);
  }
  const companion = shape.companions;
  const companionNames = companion === undefined ? [] : names.filter((n) => companion.test(n)).slice(0, 1);
  const read = async (names: readonly string[]) => {
    const files: InputFile[] = [];
    for (const name of names) files.push(await readOne(name, join(given, name), dir, shape.what, budget));
    return files;
  };
  return {
    files: await read(dataNames),
    companions: await read(companionNames),
    directory: basename(dir),
  };
}

async function readOne(name: string, shown: string, base: string, what: string, budget: InputBudget) {
  const path = resolve(base, name);
  const info = await stat(path).catch((error: unknown) => {
    throw new UsageError(`cannot read ${path}: ${fsReason(error)}`);
  });
  if (!info.isFile()) throw new UsageError(`${path} is not a file (expected ${what})`);
  return { name, shown, bytes: await readInputBytes(path, budget) } satisfies InputFile;
}

/** The files of a directory tree whose path inside it passes `wanted`, sorted, each named by its path as given. */
async function readTree(
  given: string,
  cwd: string,
  wanted: (relativePath: string) => boolean,
  what: string,
  budget: InputBudget,
): Promise<InputFile[]> {
  const dir = resolve(cwd, given);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    throw new UsageError(`cannot read ${dir}: ${fsReason(error)}`);
  });
  const names = entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter(wanted)
    .sort();
  if (names.length === 0) throw new UsageError(`no files to import in ${dir} (expected ${what})`);
  const files: InputFile[] = [];
  for (const name of names) files.push(await readOne(join(given, name), join(given, name), cwd, what, budget));
  return files;
}

import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { UsageError } from "../core/errors.js";
import type { ImportInput, InputFile, InputShape } from "../import/importer.js";

/**
 * Reads what an importer declares it reads: for a directory, the files with its extensions at the
 * top of it (sorted by name) and its companion files; for files, each one given. A missing path, a
 * directory where files are expected (or the reverse) and a directory without a data file are usage errors.
 */
export async function readImportInput(shape: InputShape, paths: readonly string[], cwd: string): Promise<ImportInput> {
  const matches = (name: string) => shape.extensions.some((ext) => name.toLowerCase().endsWith(`.${ext}`));
  if (shape.kind === "files") {
    const files = await Promise.all(paths.map((path) => readOne(path, path, cwd, shape.what)));
    return { files, companions: [] };
  }
  const [given = "."] = paths;
  const dir = resolve(cwd, given);
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined) throw new UsageError(`not found: ${dir}`);
  if (!info.isDirectory()) throw new UsageError(`${dir} is not a directory (expected: ${shape.what})`);
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  const dataNames = names.filter(matches).sort();
  if (dataNames.length === 0) {
    throw new UsageError(`no ${shape.extensions.map((e) => e.toUpperCase()).join(" or ")} files in ${dir}`);
  }
  const companion = shape.companions;
  const companionNames = companion === undefined ? [] : names.filter((n) => companion.test(n)).slice(0, 1);
  const read = (name: string) => readOne(name, join(given, name), dir, shape.what);
  return {
    files: await Promise.all(dataNames.map(read)),
    companions: await Promise.all(companionNames.map(read)),
    directory: basename(dir),
  };
}

async function readOne(name: string, shown: string, base: string, what: string): Promise<InputFile> {
  const path = resolve(base, name);
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new UsageError(`not found: ${path}`);
  if (!info.isFile()) throw new UsageError(`${path} is not a file (expected ${what})`);
  return { name, shown, bytes: await readFile(path) };
}

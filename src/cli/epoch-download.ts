import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "../core/errors.js";
import type { EpochFile } from "../import/epoch/import.js";

/** The files of an Epoch AI Benchmarking Hub download: its CSV files and its README, if any. */
export interface EpochDownload {
  files: EpochFile[];
  readme?: string;
}

/** Reads the CSV files (and README) at the top of a download directory; no CSV at all is a usage error. */
export async function readEpochDownload(dir: string): Promise<EpochDownload> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined) throw new UsageError(`not found: ${dir}`);
  if (!info.isDirectory()) throw new UsageError(`${dir} is not a directory of Epoch AI CSV files`);
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile());
  const csvNames = entries
    .map((e) => e.name)
    .filter((name) => /\.csv$/i.test(name))
    .sort();
  if (csvNames.length === 0) throw new UsageError(`no CSV files in ${dir}`);
  const files = await Promise.all(
    csvNames.map(async (name) => ({ name, text: await readFile(join(dir, name), "utf8") })),
  );
  const readmeName = entries.map((e) => e.name).find((name) => /^readme(\.md|\.txt)?$/i.test(name));
  const readme = readmeName === undefined ? undefined : await readFile(join(dir, readmeName), "utf8");
  return { files, ...(readme === undefined ? {} : { readme }) };
}

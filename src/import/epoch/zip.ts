import { unzipSync } from "fflate";
import type { ImportInput, InputFile } from "../importer.js";

/** What a downloaded zip may hold at most: entries, bytes of one file and of all files once unpacked. */
export interface ZipLimits {
  entries: number;
  fileBytes: number;
  totalBytes: number;
}

/** Generous for Epoch's release (about 50 CSV files, a few MB unpacked), small enough to refuse a zip bomb. */
export const EPOCH_ZIP_LIMITS: ZipLimits = { entries: 2000, fileBytes: 64 * 2 ** 20, totalBytes: 256 * 2 ** 20 };

/** A zip that cannot be used: corrupt, too large once unpacked, or naming paths outside its own directory. */
export class BadZipError extends Error {}

/** Whether a member name would leave the directory it is unpacked into (`../x`, `/etc/x`, `C:\x`, `a\..\b`). */
export function leavesDirectory(name: string): boolean {
  if (name.includes("\0") || name.includes("\\") || name.startsWith("/") || /^[a-z]:/i.test(name)) return true;
  return name.split("/").some((part) => part === "..");
}

/**
 * Reads the CSV files and the README of an Epoch AI Benchmarking Hub zip into an importer's input
 * (by base name, wherever they sit in the zip), with fflate. Before anything is unpacked every name
 * is checked (none may leave the directory) and the sizes the zip declares are held to the limits;
 * fflate unpacks each member into a buffer of its declared size, so a member that lies about its size
 * cannot grow past it. A corrupt or truncated zip, a hostile name, or too much data is a BadZipError.
 */
export function readEpochZip(bytes: Uint8Array, limits: ZipLimits = EPOCH_ZIP_LIMITS): ImportInput {
  let entries = 0;
  let total = 0;
  const wanted = (name: string) => /\.csv$/i.test(name) || /(^|\/)readme(\.md|\.txt)?$/i.test(name);
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, {
      filter: (file) => {
        if (leavesDirectory(file.name))
          throw new BadZipError(`the zip names a path outside its directory: ${file.name}`);
        if (++entries > limits.entries) throw new BadZipError(`the zip holds more than ${limits.entries} entries`);
        if (!wanted(file.name)) return false;
        if (file.originalSize > limits.fileBytes)
          throw new BadZipError(`${file.name} unpacks to ${file.originalSize} bytes, more than ${limits.fileBytes}`);
        total += file.originalSize;
        if (total > limits.totalBytes) throw new BadZipError(`the zip unpacks to more than ${limits.totalBytes} bytes`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof BadZipError) throw error;
    throw new BadZipError(`not a readable zip (${(error as Error).message})`);
  }
  const files: InputFile[] = [];
  const companions: InputFile[] = [];
  const seen = new Set<string>();
  for (const [path, data] of Object.entries(unpacked).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (seen.has(name.toLowerCase())) throw new BadZipError(`the zip holds two files named ${name}`);
    seen.add(name.toLowerCase());
    const file = { name, shown: path, bytes: data };
    if (/\.csv$/i.test(name)) files.push(file);
    else companions.push(file);
  }
  if (files.length === 0) throw new BadZipError("the zip holds no CSV file");
  return { files: files.sort((a, b) => (a.name < b.name ? -1 : 1)), companions: companions.slice(0, 1) };
}

import { constants } from "node:fs";
import { open } from "node:fs/promises";
import type { Problem } from "../errors.js";
import { MAX_FILE_BYTES } from "./limits.js";

/**
 * Reads a registry file's bytes, refusing without reading what is not a regular file (a FIFO or device would
 * block or never end) or is over MAX_FILE_BYTES; any failure is a problem at the file's first line.
 */
export async function readRegistryBytes(path: string): Promise<Uint8Array | Problem> {
  const at = { file: path, line: 1, col: 1 };
  // Non-blocking, so that opening a FIFO returns at once (and is then refused) instead of waiting for a writer.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(
    (error: NodeJS.ErrnoException) => error,
  );
  if (handle instanceof Error) return { ...at, message: `cannot read file: ${handle.code ?? handle.message}` };
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ...at, message: "not a regular file" };
    if (info.size > MAX_FILE_BYTES) {
      return { ...at, message: `file is ${info.size} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
    }
    return await handle.readFile();
  } catch (error) {
    return { ...at, message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  } finally {
    await handle.close();
  }
}

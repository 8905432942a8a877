import { open } from "node:fs/promises";
import { UsageError } from "../core/errors.js";
import { fsReason } from "../core/fs-reason.js";

/**
 * An import refuses an input file larger than this, before reading it (Epoch's largest file is under 100 KiB,
 * its whole download under 2 MiB). 12 MiB of distinct models took 2.3 GB of memory: these limits keep it lower.
 */
export const MAX_INPUT_FILE_BYTES = 4 * 1024 * 1024;

/** An import refuses inputs larger than this in total, before reading them. */
export const MAX_INPUT_TOTAL_BYTES = 8 * 1024 * 1024;

/** Counts the bytes an import has read, so that the total limit holds across its files. */
export interface InputBudget {
  used: number;
  /** An importer's own limits, where it declares them (src/import/importer.ts `InputShape.limits`). */
  fileBytes?: number;
  totalBytes?: number;
}

/**
 * Reads one input file of an import, refusing up front what is not a regular file, is over
 * MAX_INPUT_FILE_BYTES, or would bring the total over MAX_INPUT_TOTAL_BYTES: a usage error, never a memory crash.
 */
export async function readInputBytes(path: string, budget: InputBudget): Promise<Buffer> {
  const handle = await open(path, "r").catch((error: unknown) => {
    throw new UsageError(`cannot read ${path}: ${fsReason(error)}`);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UsageError(`${path} is not a regular file`);
    const fileLimit = budget.fileBytes ?? MAX_INPUT_FILE_BYTES;
    const totalLimit = budget.totalBytes ?? MAX_INPUT_TOTAL_BYTES;
    if (info.size > fileLimit) {
      throw new UsageError(
        `${path} is ${info.size} bytes, over the ${fileLimit}-byte limit for one input file; nothing was written`,
      );
    }
    if (budget.used + info.size > totalLimit) {
      throw new UsageError(
        `the input files come to over ${totalLimit} bytes (the limit for one import) at ${path}; nothing was written`,
      );
    }
    budget.used += info.size;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

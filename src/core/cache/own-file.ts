import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** How much of a cache file to read. */
export interface OwnFileRead {
  /** Read only this many bytes from the start (enough for a first line). */
  firstBytes?: number;
  /** Refuse a larger file without reading it. */
  maxBytes?: number;
}

/**
 * The bytes of a cache file when it is a regular file owned by `owner` (any owner when `undefined`), opened
 * without following a symbolic link or waiting on a FIFO; `undefined` otherwise. Both caches read through it.
 */
export function readOwnCacheFile(path: string, owner: number | undefined, read: OwnFileRead = {}): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || (owner !== undefined && info.uid !== owner)) return undefined;
    if (read.maxBytes !== undefined && info.size > read.maxBytes) return undefined;
    const size = Math.min(info.size, read.firstBytes ?? info.size);
    const bytes = Buffer.alloc(size);
    let done = 0;
    while (done < size) {
      const n = readSync(fd, bytes, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    return bytes.subarray(0, done);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

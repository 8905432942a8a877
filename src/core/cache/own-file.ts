import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/**
 * The text of a cache file when it is a regular file owned by `owner` (any owner when `undefined`), opened without
 * following a symbolic link or waiting on a FIFO; `undefined` otherwise. Reads at most `limit` bytes when given
 * (enough for a file's first line).
 */
export function readOwnCacheFile(path: string, owner: number | undefined, limit?: number): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || (owner !== undefined && info.uid !== owner)) return undefined;
    const size = Math.min(info.size, limit ?? info.size);
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read).toString("utf8");
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

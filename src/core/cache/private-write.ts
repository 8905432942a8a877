import { closeSync, openSync, renameSync, unlinkSync, writeFileSync } from "node:fs";

/**
 * Writes a cache file atomically: `temp` is created here (exclusively, mode 0600: never through a file or link
 * already at that name, which is left alone), written, and renamed over `target`. A failure (read-only, full
 * disk) removes the temporary file and returns false: a cache that cannot be written only costs speed.
 */
export function writePrivateFile(temp: string, target: string, data: string | Uint8Array): boolean {
  let created = false;
  try {
    const fd = openSync(temp, "wx", 0o600);
    created = true;
    try {
      writeFileSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    return true;
  } catch {
    try {
      if (created) unlinkSync(temp);
    } catch {
      // Already gone.
    }
    return false;
  }
}

import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

/**
 * muse's cache directory: `$XDG_CACHE_HOME/muse`, or `~/.cache/muse` when XDG_CACHE_HOME is unset or not an
 * absolute path (the XDG spec says to ignore a relative one); `undefined` when no home is known either.
 */
export function museCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, "muse");
  const home = env.HOME || homedir();
  return home && isAbsolute(home) ? join(home, ".cache", "muse") : undefined;
}

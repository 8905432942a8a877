import { fileURLToPath } from "node:url";
import { museCacheDir } from "./cache-dir.js";
import { runBundle } from "./code-cache.js";

// The entry of dist/start.cjs (what bin/muse.cjs requires): runs the program, dist/muse.cjs, with V8's code cache.
// Of the command line it only looks for --no-cache and the command's name (which picks the cache file).

declare const __MUSE_BUNDLE_HASH__: string;

const argv = process.argv.slice(2);
runBundle({
  bundle: fileURLToPath(new URL("./muse.cjs", import.meta.url)),
  bundleHash: __MUSE_BUNDLE_HASH__,
  cacheDir: argv.includes("--no-cache") ? undefined : museCacheDir(process.env),
  command: argv.find((arg) => /^[a-z][a-z-]*$/.test(arg)) ?? "none",
});

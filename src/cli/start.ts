import { fileURLToPath } from "node:url";
import { museCacheDir, privateCacheDir } from "./cache-dir.js";
import { runBundle, type SiblingBundle } from "./code-cache.js";
import { commandWord } from "./command-word.js";

// The entry of dist/start.cjs (what bin/muse.cjs requires): runs the program, dist/muse.cjs, with V8's code cache.
// Of the command line it only looks for --no-cache and the command's name (which picks the cache file).

declare const __MUSE_BUNDLE_HASH__: string;
declare const __MUSE_BUNDLE_ENCODING__: "latin1" | "utf8";
declare const __MUSE_SIBLINGS__: Record<string, SiblingBundle>;

const argv = process.argv.slice(2);
const uid = process.getuid?.();
const museDir = argv.includes("--no-cache") ? undefined : museCacheDir(process.env);
const v8 = museDir === undefined ? undefined : privateCacheDir(museDir, "v8", uid);
runBundle({
  bundle: fileURLToPath(new URL("./muse.cjs", import.meta.url)),
  bundleHash: __MUSE_BUNDLE_HASH__,
  encoding: __MUSE_BUNDLE_ENCODING__,
  siblings: __MUSE_SIBLINGS__,
  cacheDir: v8 !== undefined && "dir" in v8 ? v8.dir : undefined,
  uid,
  command: commandWord(argv) ?? "none",
});

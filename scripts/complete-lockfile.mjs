// Adds lockfile entries for platform-specific optional packages that this network's npm registry
// does not serve (e.g. @biomejs/cli-darwin-arm64 answers 404 here), so that `npm ci` sees
// package.json and package-lock.json in sync. npm skips those entries on other platforms anyway.
// Run after any `npm install` that rewrites package-lock.json: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const platform = /-(android|darwin|linux|win32|freebsd)-(arm64|x64|ia32|arm)(-musl)?$/;
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    const match = platform.exec(name);
    if (lock.packages[target] !== undefined || match === null) continue;
    lock.packages[target] = {
      version,
      cpu: [match[2]],
      dev: entry.dev ?? undefined,
      ...(entry.license ? { license: entry.license } : {}),
      ...(match[3] ? { libc: ["musl"] } : {}),
      optional: true,
      os: [match[1]],
    };
    added.push(`${name}@${version} (for ${key.replace(/^node_modules\//, "")})`);
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)),
);
writeFileSync(path, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(added.length === 0 ? "lockfile complete" : `added ${added.length} entries:\n  ${added.join("\n  ")}`);

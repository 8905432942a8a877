#!/usr/bin/env node
// Starts the bundled program (built by `npm run build`, which `npm install` runs via `prepare`). CommonJS on
// purpose: an ES module entry starts Node's ES module loader, which costs a run about a tenth of `node -e 0`.
require("../dist/start.cjs");

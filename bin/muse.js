#!/usr/bin/env node
// Starts the bundled program (built by `npm run build`, which `npm install` runs via `prepare`).
import "../dist/muse.mjs";

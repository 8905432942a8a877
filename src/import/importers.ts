import { eeeImporter } from "./eee/importer.js";
import { epochImporter } from "./epoch/importer.js";
import { hfImporter } from "./hf/importer.js";
import type { Importer } from "./importer.js";
import { inspectImporter } from "./inspect/importer.js";
import { lmEvalImporter } from "./lm-eval/importer.js";

/** Every importer `muse import` offers, in the order its help lists them: adding one is one line here. */
export const IMPORTERS: readonly Importer[] = [epochImporter, lmEvalImporter, inspectImporter, eeeImporter, hfImporter];

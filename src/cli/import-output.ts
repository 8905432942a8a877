import { join } from "node:path";
import { LAYER_MARKER } from "../core/load/discover.js";
import type { RegistryFile } from "../core/schema/index.js";
import type { RegistryDocument } from "../import/shared/documents.js";
import type { ImportResult } from "../import/shared/result.js";
import { registryYaml } from "../import/shared/yaml-out.js";
import type { OutputCheck } from "./output-check.js";
import type { OutputFile } from "./write-atomic.js";

/**
 * The files of an import's output in `dir`, each rendered once (YAML under the provenance header) and its bytes handed
 * to the output check when rendered: a document the importer announces as final while it runs is checked beside it.
 */
export class ImportOutput {
  private readonly rendered = new Map<RegistryFile, { path: string; provenance: string; bytes: Uint8Array }>();

  constructor(
    readonly dir: string,
    readonly check: OutputCheck,
  ) {}

  /** The bytes of a document the import will not change any more, rendered (and handed to the check) once. */
  render(document: RegistryDocument, provenance: string): Uint8Array {
    const done = this.rendered.get(document.content);
    if (done !== undefined && done.path === document.path && done.provenance === provenance) return done.bytes;
    const bytes = Buffer.from(registryYaml(document.content, provenance));
    this.rendered.set(document.content, { path: document.path, provenance, bytes });
    this.check.add(join(this.dir, document.path), bytes);
    return bytes;
  }

  /** Every file of a finished import: its documents, and the `.muse-layer` file of an output that is a layer of its own. */
  files(result: ImportResult): OutputFile[] {
    const files: OutputFile[] = result.documents.map((d) => ({
      path: d.path,
      text: this.render(d, result.provenance),
    }));
    if (result.layer !== undefined)
      files.push({ path: LAYER_MARKER, text: `${JSON.stringify(result.layer, null, 2)}\n` });
    return files;
  }

  /** Stops the check's work. */
  close(): void {
    this.check.close();
  }
}

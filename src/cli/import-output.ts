import { join } from "node:path";
import { LAYER_MARKER } from "../core/load/discover.js";
import type { RegistryFile } from "../core/schema/index.js";
import type { RegistryDocument } from "../import/shared/documents.js";
import type { ImportResult } from "../import/shared/result.js";
import type { OutputCheck } from "./output-check.js";
import type { OutputFile } from "./write-atomic.js";

/**
 * The files of an import's output in `dir`: each document rendered once (YAML under the provenance header) by the
 * output check, which checks the very bytes it renders; a document the importer announces as final while it runs is
 * rendered and checked beside the import.
 */
export class ImportOutput {
  private readonly rendered = new Map<RegistryFile, { path: string; provenance: string }>();

  constructor(
    readonly dir: string,
    readonly check: OutputCheck,
  ) {}

  /** Hands over a document the import will not change any more, to be rendered and checked (once). */
  render(document: RegistryDocument, provenance: string): void {
    const done = this.rendered.get(document.content);
    if (done !== undefined && done.path === document.path && done.provenance === provenance) return;
    this.rendered.set(document.content, { path: document.path, provenance });
    this.check.addDocument(join(this.dir, document.path), document.content, provenance);
  }

  /** Every file of a finished import: its documents' bytes, and the `.muse-layer` file of an output that is a layer. */
  async files(result: ImportResult): Promise<OutputFile[]> {
    for (const d of result.documents) this.render(d, result.provenance);
    const files: OutputFile[] = await Promise.all(
      result.documents.map(async (d) => ({ path: d.path, text: await this.check.bytes(join(this.dir, d.path)) })),
    );
    if (result.layer !== undefined)
      files.push({ path: LAYER_MARKER, text: `${JSON.stringify(result.layer, null, 2)}\n` });
    return files;
  }

  /** Stops the check's work. */
  close(): void {
    this.check.close();
  }
}

// The check an import's output gets before anything is written (issue 11's rule): each file's bytes are read by the
// loader `muse validate` uses (same limits, schema and file:line:col), and the files are linked over the registries
// the run layers them on. Files are parsed as they are handed in, so the work can go on beside the import.
import { type Problem, RegistryError } from "../errors.js";
import {
  type FileResult,
  type LoadOptions,
  linkFileResults,
  loadLayerResults,
  parseRegistryBytes,
} from "./load-registry.js";

/** Reads an output's files as they come and links them over base layers (their unchanged files from the parse cache). */
export class OutputChecker {
  private readonly base: Promise<FileResult[][]>;
  private readonly files = new Map<string, Promise<FileResult>>();

  /** Starts reading the base layers (in order) at once, as `validate` would; their problems come with `problems`. */
  constructor(baseDirs: readonly string[], cache: LoadOptions = {}) {
    this.base = Promise.all(baseDirs.map((dir) => loadLayerResults(dir, cache)));
    this.base.catch(() => {}); // awaited (and thrown) by `problems`
  }

  /** Reads the file that will be written at `path` with these exact bytes (a later `add` of the path replaces it). */
  add(path: string, bytes: Uint8Array): void {
    this.files.set(path, parseRegistryBytes(path, bytes));
  }

  /**
   * Every problem of the output made of the files at `paths` (in the loader's discovery order), linked over the base
   * layers: what loading them would report, or nothing. A path never added is a problem of its own.
   */
  async problems(paths: readonly string[]): Promise<Problem[]> {
    const base = await this.base;
    const missing = (file: string): FileResult => ({
      problems: [{ file, line: 1, col: 1, message: "internal: file was not checked before writing" }],
    });
    const output = await Promise.all(paths.map((path) => this.files.get(path) ?? missing(path)));
    try {
      linkFileResults([...base, output]);
      return [];
    } catch (error) {
      if (error instanceof RegistryError) return [...error.problems];
      throw error;
    }
  }
}

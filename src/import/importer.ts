import type { BaseRegistry, RegistryDocument } from "./shared/documents.js";
import type { ImportResult } from "./shared/result.js";

/**
 * What an importer reads: one directory (the files with these extensions at its top, plus companion
 * files such as a README), or one or more files with these extensions (and directories, where it says
 * which files in them it reads).
 */
export type InputShape = (
  | { kind: "directory"; extensions: readonly string[]; companions?: RegExp; what: string }
  | {
      kind: "files";
      extensions: readonly string[];
      what: string;
      /** When set, a directory given among the files is searched, recursively, for the files whose path inside it passes this test. */
      inDirectory?: (relativePath: string) => boolean;
    }
) & {
  /** Input size limits of this importer, where the defaults of src/cli/input-limits.ts do not fit its files. */
  limits?: { fileBytes?: number; totalBytes?: number };
};

/** One input file, read whole: its name in reports, the path it was read from, and its bytes. */
export interface InputFile {
  /** How the file is named in reports and JSON: its name inside the directory, or the path as given. */
  name: string;
  /** The path as the user gave it (directory joined with the name), for stderr lines. */
  shown: string;
  bytes: Uint8Array;
}

/** Everything an importer reads: the data files, companion files, and the directory they came from. */
export interface ImportInput {
  files: InputFile[];
  companions: InputFile[];
  /** The directory's own name (for a directory input). */
  directory?: string;
}

/** A command-line option of one importer (`--out` and `--force` belong to every importer). */
export interface ImporterOption {
  /** commander flags, e.g. `--release <yyyy-mm>`. */
  flags: string;
  description: string;
}

/** What an import run gets besides its input: its options (camel-cased, as commander gives them), the base registry, a progress hook. */
export interface ImportRequest {
  input: ImportInput;
  options: Record<string, unknown>;
  base: BaseRegistry;
  onFile?: (index: number, total: number, name: string) => void;
  /**
   * Takes a document of the result as soon as it is final (it must not change afterwards), with the provenance header
   * the result will carry, so that it can be rendered and checked while the import goes on. Optional for importers.
   */
  onDocument?: (document: RegistryDocument, provenance: string) => void;
  /** The command that runs this import, paths as base names (`muse import epoch DIR --out OUT`), for provenance. */
  command?: string;
}

/**
 * One importer: its name (`muse import <name>`), what it reads, its options and help, and the import
 * itself, pure: bytes in, registry documents and a report out. Bad options throw a UsageError;
 * unreadable input is returned as problems.
 */
export interface Importer {
  name: string;
  /** One line for `muse import --help`. */
  summary: string;
  reads: InputShape;
  options: readonly ImporterOption[];
  examples: readonly string[];
  /** Help text after the examples (credits, where diagnostics go). */
  helpNotes?: string;
  run(request: ImportRequest): ImportResult | Promise<ImportResult>;
}

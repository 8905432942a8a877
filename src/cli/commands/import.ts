import { basename, isAbsolute, resolve } from "node:path";
import type { Command } from "commander";
import { RegistryError } from "../../core/errors.js";
import type { Importer } from "../../import/importer.js";
import { IMPORTERS } from "../../import/importers.js";
import type { ImportResult } from "../../import/shared/result.js";
import { importReport } from "../../render/reports/import.js";
import { sanitizeTerminal } from "../../render/sanitize.js";
import { type ActionFactory, examples } from "../action.js";
import type { Context } from "../context.js";
import { readImportInput } from "../import-input.js";
import { ImportOutput } from "../import-output.js";
import { startImportCheck, writeImportedRegistry } from "../import-write.js";
import { checkOutputDir } from "../write-atomic.js";

/** An import whose input has problems: they are on stderr already, nothing was written; exits 65. */
class ImportFailed extends RegistryError {
  constructor(count: number) {
    super([]);
    this.message = `import failed: ${count} problem${count === 1 ? "" : "s"} in the input; nothing written`;
  }
}

interface CommonOptions {
  out: string;
  force?: boolean;
}

/** `muse import <name> ...`: one subcommand per importer of the registry in src/import/importers.ts. */
export function registerImport(program: Command, action: ActionFactory): void {
  const command = program
    .command("import")
    .description("import external benchmark data into a new registry (one command per format)")
    .addHelpText("after", examples(IMPORTERS.map((i) => i.examples[0] ?? `muse import ${i.name} --help`)))
    .addHelpText("afterAll", "\nDocumentation: docs/importing.md\n"); // this command's help and each importer's
  for (const importer of IMPORTERS) registerImporter(command, importer, action);
}

function registerImporter(parent: Command, importer: Importer, action: ActionFactory): void {
  const { reads } = importer;
  const sub = parent
    .command(importer.name)
    .description(importer.summary)
    .argument(reads.kind === "directory" ? "<dir>" : "<files...>", reads.what)
    .requiredOption("--out <dir>", "registry directory to write; must not exist or be empty")
    .option(
      "--force",
      "replace a non-empty --out (only a muse registry: one muse wrote, or holding nothing but registry files)",
    );
  for (const option of importer.options) sub.option(option.flags, option.description);
  sub.addHelpText(
    "after",
    examples(importer.examples) + (importer.helpNotes === undefined ? "" : `\n${importer.helpNotes}`),
  );
  sub.action(
    action(async (ctx, given: string | string[], opts: CommonOptions & Record<string, unknown>) => {
      const out = resolve(ctx.io.cwd, opts.out);
      await checkOutputDir(out, opts.force === true);
      const paths = typeof given === "string" ? [given] : given;
      const input = await readImportInput(reads, paths, ctx.io.cwd);
      const store = await ctx.store();
      const progress = progressLine(ctx);
      // The output is checked as the importer hands over finished documents, beside the import (src/cli/output-check.ts).
      const inputBytes = [...input.files, ...input.companions].reduce((n, f) => n + f.bytes.byteLength, 0);
      const output = new ImportOutput(out, startImportCheck(ctx, out, inputBytes));
      let result: ImportResult;
      try {
        result = await importer.run({
          input,
          options: opts,
          base: { benchmarks: store.benchmarks.values(), models: store.models.values() },
          onFile: progress.update,
          onDocument: (document, provenance) => output.render(document, provenance),
          command: commandLine(ctx, importer, paths, opts),
        });
        progress.done();
        if (result.problems.length === 0) await writeImport(ctx, out, result, opts.force === true, output);
      } finally {
        output.close();
      }
      const shownPath = new Map(input.files.map((f) => [f.name, f.shown]));
      printDiagnostics(ctx, result, shownPath);
      if (result.problems.length > 0) throw new ImportFailed(result.problems.length);
      return { kind: "report", report: importReport(result, opts.out) };
    }),
  );
}

/**
 * The one step that writes an import: every document as YAML under its provenance header (and the
 * `.muse-layer` file of an output that is a layer of its own), checked with the loader, then swapped in
 * atomically under the directory's lock (src/cli/import-write.ts). `output` holds what was rendered and checked
 * while the import ran.
 */
export async function writeImport(
  ctx: Context,
  out: string,
  result: ImportResult,
  force: boolean,
  output?: ImportOutput,
): Promise<void> {
  const target = resolve(ctx.io.cwd, out);
  const made = output ?? new ImportOutput(target, startImportCheck(ctx, out));
  try {
    await writeImportedRegistry(ctx, out, await made.files(result), force, made.check);
  } finally {
    if (output === undefined) made.close();
  }
}

/** The command line of an import as its provenance shows it: paths as base names, options as given. */
function commandLine(
  ctx: Context,
  importer: Importer,
  paths: readonly string[],
  opts: Record<string, unknown>,
): string {
  const words = ["muse import", importer.name, ...paths.map((p) => basename(resolve(ctx.io.cwd, p)))];
  for (const r of ctx.globals.registry ?? []) words.push("--registry", isAbsolute(r) ? basename(r) : r);
  for (const option of importer.options) {
    const long = /--([\w-]+)/.exec(option.flags)?.[1];
    const key = long?.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const value = key === undefined ? undefined : opts[key];
    if (typeof value === "string") words.push(`--${long}`, value);
    else if (value === true) words.push(`--${long}`);
  }
  words.push("--out", basename(resolve(ctx.io.cwd, String(opts.out))));
  return words.join(" ");
}

/** Warnings, records not imported and problems on stderr, each line starting with the file (and member) it is about. */
function printDiagnostics(ctx: Context, result: ImportResult, shownPath: ReadonlyMap<string, string>): void {
  const where = (file: string, member: string | undefined, line: number | null) =>
    `${shownPath.get(file) ?? file}${member === undefined ? "" : `[${member}]`}${line === null ? "" : `:${line}`}`;
  for (const d of result.diagnostics) {
    const text =
      d.kind === "warning"
        ? `${where(d.file, d.member, d.line)}: warning: ${d.message}`
        : `${where(d.file, undefined, d.line)}: ${d.reason}`;
    ctx.io.err(`${sanitizeTerminal(text)}\n`);
  }
  for (const p of result.problems) ctx.io.err(`${sanitizeTerminal(`${where(p.file, p.member, null)}: ${p.reason}`)}\n`);
}

/** A progress line on stderr, drawn only when stderr is a terminal. */
function progressLine(ctx: Context): { update: (i: number, n: number, name: string) => void; done: () => void } {
  if (!ctx.io.stderrIsTTY) return { update: () => {}, done: () => {} };
  return {
    update: (i, n, name) => ctx.io.status?.(`muse: importing ${i + 1}/${n} ${name}`),
    done: () => ctx.io.status?.(""),
  };
}

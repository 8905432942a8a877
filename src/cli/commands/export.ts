import { resolve } from "node:path";
import { Argument, type Command } from "commander";
import { UsageError } from "../../core/errors.js";
import { queryScores } from "../../core/query.js";
import { exportReport } from "../../render/reports/export.js";
import { type ActionFactory, collectList, collectRepeat, examples } from "../action.js";
import type { Context } from "../context.js";
import { writeBesideOthers } from "../export-write.js";
import { lockTimeoutMs } from "../registry-lock.js";
import { settingFromFlags } from "../setting-flags.js";
import { writeDirectoryAtomic } from "../write-atomic.js";
import { parsePrefer } from "./compare-options.js";

interface ExportOptions {
  out: string;
  model?: string[];
  bench?: string[];
  source?: string[];
  setting?: string[];
  prefer?: string;
}

/** `muse export eee|hf --out DIR`: scores of the registry as Every Eval Ever records or Hugging Face eval results. */
export function registerExport(program: Command, action: ActionFactory): void {
  program
    .command("export")
    .description("export scores as Every Eval Ever records (eee) or a model's Hugging Face eval results (hf)")
    .addArgument(
      new Argument("<format>", "eee: Every Eval Ever 0.3.0 records; hf: .eval_results/ files").choices(["eee", "hf"]),
    )
    .requiredOption(
      "--out <dir>",
      "eee: a directory that must not exist or be empty; hf: the model repo (files go to .eval_results/)",
    )
    .option("-m, --model <ids>", "only these models (hf: exactly one, required)", collectList)
    .option("-b, --bench <ids>", "only these benchmarks (repeatable, comma-separated)", collectList)
    .option("-s, --source <ids>", "only these sources (repeatable, comma-separated)", collectList)
    .option("--setting <key=value>", "only scores whose setting has key=value (repeatable)", collectRepeat)
    .option("--prefer <rule>", "hf: which source's value a file holds when several give one (as in compare)")
    .addHelpText(
      "after",
      examples([
        "muse export eee --out ./eee --bench gpqa-diamond",
        "muse export hf --model muse-spark --out ./muse-spark-repo",
        "muse export eee --out ./eee --json",
      ]) +
        "\nEvery Eval Ever records are laid out <benchmark>/<developer>/<model>/<uuid>.json, the UUID derived from the\nscore's identity, so exporting the same data again gives the same bytes. Hub files are written for the\nbenchmarks muse maps to a Hub leaderboard, one per setting; the other scores are listed as not exported.\n",
    )
    .addHelpText("after", "\nDocumentation: docs/exchange.md\n")
    .action(
      action(async (ctx, format: string, opts: ExportOptions) =>
        format === "hf" ? exportHf(ctx, opts) : exportEeeRecords(ctx, opts),
      ),
    );
}

async function exportEeeRecords(ctx: Context, opts: ExportOptions) {
  if (opts.prefer !== undefined) throw new UsageError("--prefer applies to export hf only");
  const setting = await settingFromFlags(opts.setting);
  const store = await ctx.store();
  const scores = queryScores(store, {
    models: opts.model?.map((m) => store.resolveModel(m).id),
    benchmarks: opts.bench?.map((b) => store.resolveBenchmark(b).id),
    sources: opts.source?.map((s) => store.resolveSource(s).id),
    setting,
  });
  const { exportEee } = await import("../../export/eee/export.js");
  const { checkEeeRecord } = await import("../../import/eee/schema-check.js");
  const result = exportEee(store, scores, checkEeeRecord);
  // Not a registry: no marker, and `--out` must not exist or be empty (nothing is ever replaced).
  const lock = { lockTimeoutMs: lockTimeoutMs(ctx.io.env) };
  await writeDirectoryAtomic(resolve(ctx.io.cwd, opts.out), result.files, { force: false, marker: false, ...lock });
  const notes = [
    `Every Eval Ever schema 0.3.0; ${result.benchmarks} benchmarks, ${result.models} models.`,
    "Validate with Every Eval Ever's own checker before submitting to its datastore.",
  ];
  return {
    kind: "report" as const,
    report: exportReport({ format: "eee", out: opts.out, files: result.files, notExported: [], notes }),
  };
}

async function exportHf(ctx: Context, opts: ExportOptions) {
  if (opts.model?.length !== 1) throw new UsageError("export hf needs exactly one --model (the Hub repo's model)");
  if (opts.bench || opts.source || opts.setting)
    throw new UsageError("export hf takes --model, --out and --prefer only: it writes every variant it can");
  const store = await ctx.store();
  const model = store.resolveModel(opts.model[0] as string).id;
  const prefer = parsePrefer(store, opts.prefer);
  const { exportHub, HUB_MARKER } = await import("../../export/hf/export.js");
  const result = exportHub(store, model, prefer);
  await writeBesideOthers(resolve(ctx.io.cwd, opts.out), result.files, (text) => text.startsWith(HUB_MARKER), {
    lockTimeoutMs: lockTimeoutMs(ctx.io.env),
  });
  const notes = [
    "Open a pull request with the .eval_results/ files on the model's Hub repo; values are as published (percent).",
  ];
  return {
    kind: "report" as const,
    report: exportReport({ format: "hf", out: opts.out, files: result.files, notExported: result.notExported, notes }),
  };
}

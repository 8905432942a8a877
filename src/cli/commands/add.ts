import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "commander";
import { insertScore } from "../../core/edit/insert-score.js";
import type { NewScore } from "../../core/edit/score-entry.js";
import { scoreData } from "../../core/edit/score-entry.js";
import { UsageError } from "../../core/errors.js";
import { scoreKey } from "../../core/identity.js";
import { placeText } from "../../core/load/link.js";
import { scoreSchema } from "../../core/schema/index.js";
import { describeSetting } from "../../core/setting.js";
import { parseSettingArgs } from "../../core/setting-args.js";
import { type ActionFactory, collectRepeat, examples } from "../action.js";
import type { Context } from "../context.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { addedOutput } from "./add-output.js";
import {
  checkEditedRegistry,
  explicitRegistryDirs,
  registryDirOf,
  rejectInvalid,
  reloadStore,
  withRegistryLock,
} from "./add-shared.js";
import { registerAddSource } from "./add-source.js";

interface AddOptions {
  source?: string;
  model?: string;
  bench?: string;
  value?: string;
  setting?: string[];
  stderr?: string;
  note?: string;
  approx?: boolean;
  inferred?: string[];
}

/** Which option each field of a score comes from, for messages about bad values. */
const OPTION_OF_FIELD: Record<string, string> = {
  model: "--model",
  benchmark: "--bench",
  value: "--value",
  setting: "--setting",
  inferred: "--inferred",
  stderr: "--stderr",
  note: "--note",
};

/** `muse add`: adds one score to a source's file, editing it in place; `muse add source` creates a source. */
export function registerAdd(program: Command, action: ActionFactory): void {
  const add = program
    .command("add")
    .description("add a score to a source's file in a registry (--registry is required), or a new source")
    .option("--source <id>", "the source that publishes the figure (id or title)")
    .option("--model <id>", "the model (id, name or alias)")
    .option("--bench <id>", "the benchmark (id, name or alias)")
    .option("--value <number>", "the value exactly as published, e.g. 42.5 or 80.0 (decimals are kept)")
    .option("--setting <key=value>", "part of the score's identity, e.g. tools=python (repeatable)", collectRepeat)
    .option(
      "--inferred <key>",
      "a --setting key you inferred (e.g. from another report) that the source does not state (repeatable)",
      collectRepeat,
    )
    .option("--stderr <number>", "standard error, in the benchmark's unit")
    .option("--note <text>", "anything a reader should know about this figure")
    .option("--approx", "the value was read off a chart")
    .addHelpText(
      "after",
      examples([
        'muse add source --registry default --registry ./mine --id my-blog --title "Launch notes" --publisher "Me" --published 2026-04-10 --kind third-party',
        "muse add --registry default --registry ./mine --source my-blog --model muse-spark --bench arc-agi-2 --value 42.5",
        "muse add --registry default --registry ./mine --source my-blog --model gpt-5.4 --bench hle --value 41 --setting tools=python --json",
      ]) +
        "\nLayering: give the registries the score's model, benchmark and source come from, earliest first, e.g.\n--registry default --registry ./mine (the bundled data, then yours). The score goes into the file that\ndefines the source; `muse add source` creates sources/<id>.yaml in the last --registry, which must exist.\n" +
        "\nThe file is edited in place: only the new entry is added, comments and formatting stay as they are. The\nresult is validated with the whole registry before it is written, and written atomically.\n",
    )
    .addHelpText("after", "\nDocumentation: docs/registry.md\n")
    .action(action(async (ctx, opts: AddOptions) => addScore(ctx, opts)));
  registerAddSource(add, action);
}

async function addScore(ctx: Context, opts: AddOptions) {
  const dirs = explicitRegistryDirs(ctx, "muse add");
  for (const [name, value] of [
    ["--source", opts.source],
    ["--model", opts.model],
    ["--bench", opts.bench],
    ["--value", opts.value],
  ] as const) {
    if (value === undefined)
      throw new UsageError(`muse add needs ${name} (or use \`muse add source\` to create a source)`);
  }
  const value = decimalText(opts.value as string, "--value");
  const stderr = opts.stderr === undefined ? undefined : decimalText(opts.stderr, "--stderr");
  const setting = parseSettingArgs(opts.setting ?? []);
  // Which registry directory gets the score is known from a first load; the edit itself is planned again from
  // a fresh load under that directory's lock, so that a score another muse process added meanwhile is kept.
  const file = (await ctx.store()).resolveSource(opts.source as string).origin.file;
  const dir = registryDirOf(dirs, file);
  return withRegistryLock(ctx, dir, dirname(file), async () => {
    const store = await reloadStore(ctx);
    const source = store.resolveSource(opts.source as string);
    const score: NewScore = {
      model: store.resolveModel(opts.model as string).id,
      benchmark: store.resolveBenchmark(opts.bench as string).id,
      value,
      setting,
      ...(opts.inferred?.length ? { inferred: [...new Set(opts.inferred.map((k) => k.trim().toLowerCase()))] } : {}),
      ...(stderr === undefined ? {} : { stderr }),
      ...(opts.approx ? { approx: true } : {}),
      ...(opts.note === undefined ? {} : { note: opts.note }),
    };
    rejectInvalid(scoreSchema.safeParse(scoreData(score)), OPTION_OF_FIELD);
    const same = store.scoresOfSource(source.id).find((s) => scoreKey(s) === scoreKey(score));
    const what = `${score.model} on ${score.benchmark} (setting: ${describeSetting(setting)})`;
    if (same !== undefined) {
      throw new UsageError(
        `source '${source.id}' already has ${what}: value ${same.value.toFixed(Math.min(same.decimals, 20))}, at ${placeText(same.origin)}; nothing was written`,
      );
    }
    const target = source.origin.file;
    const original = await readFile(target, "utf8");
    const edited = insertScore(original, source.id, score);
    await checkEditedRegistry(dirs, new Map([[target, edited]]));
    await writeFileAtomic(target, edited, { expected: original });
    const message = `added ${what} = ${value} to source '${source.id}' in ${target}`;
    return addedOutput(ctx, {
      added: "score",
      source: source.id,
      file: target,
      model: score.model,
      benchmark: score.benchmark,
      value: Number(value),
      setting: { ...setting },
      stderr: stderr === undefined ? null : Number(stderr),
      approx: opts.approx === true,
      note: opts.note ?? null,
      message,
    });
  });
}

/** Checks a number given on the command line and returns it as written, so its decimals are kept. */
function decimalText(text: string, option: string): string {
  const trimmed = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) {
    throw new UsageError(`${option} expects a plain decimal number such as 42.5, got '${text}'`);
  }
  return trimmed;
}

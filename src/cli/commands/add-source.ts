import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { type Command, Option } from "commander";
import { type NewSource, newSourceFileText } from "../../core/edit/new-source.js";
import { UsageError } from "../../core/errors.js";
import { discoverRegistryFiles } from "../../core/load/discover.js";
import { placeText } from "../../core/load/link.js";
import { ORIGIN_KINDS, SOURCE_KINDS, sourceSchema } from "../../core/schema/index.js";
import type { ActionFactory } from "../action.js";
import type { Context } from "../context.js";
import { bundledRegistryDir } from "../registry-paths.js";
import { createFileExclusive } from "../write-file-atomic.js";
import { addedOutput } from "./add-output.js";
import {
  checkEditedRegistry,
  explicitRegistryDirs,
  rejectInvalid,
  reloadStore,
  withRegistryLock,
} from "./add-shared.js";

interface AddSourceOptions {
  id?: string;
  title?: string;
  publisher?: string;
  published?: string;
  kind?: string;
  repeatsName?: string;
  repeatsKind?: string;
  url?: string;
  note?: string;
}

const OPTION_OF_FIELD: Record<string, string> = {
  id: "--id",
  title: "--title",
  publisher: "--publisher",
  published: "--published",
  kind: "--kind",
  repeats: "--repeats-name and --repeats-kind",
  "repeats.name": "--repeats-name",
  "repeats.kind": "--repeats-kind",
  url: "--url",
  note: "--note",
};

/** `muse add source`: creates `sources/<id>.yaml` in the last --registry directory, with the schema modeline. */
export function registerAddSource(add: Command, action: ActionFactory): void {
  add
    .command("source")
    .description("create a new source file, sources/<id>.yaml, in the registry")
    .option("--id <id>", "the new source's id, lowercase kebab-case")
    .option("--title <text>", "title of the document")
    .option("--publisher <name>", "who published it")
    .option("--published <date>", "publication date: 2026-04-08, or 2026-04, or 2026")
    .addOption(new Option("--kind <kind>", "whose figures these are").choices(SOURCE_KINDS))
    .option("--repeats-name <name>", "for --kind press: who produced the figures, e.g. Meta")
    .addOption(new Option("--repeats-kind <kind>", "for --kind press: that producer's kind").choices(ORIGIN_KINDS))
    .option("--url <url>", "where the document can be read")
    .option("--note <text>", "anything a reader should know about this source")
    .addHelpText("after", "\nDocumentation: docs/registry.md\n")
    .action(action(async (ctx, opts: AddSourceOptions) => addSource(ctx, opts)));
}

async function addSource(ctx: Context, opts: AddSourceOptions) {
  const dirs = explicitRegistryDirs(ctx, "muse add source");
  for (const name of ["id", "title", "publisher", "published", "kind"] as const) {
    if (opts[name] === undefined) throw new UsageError(`muse add source needs --${name}`);
  }
  if ((opts.repeatsName === undefined) !== (opts.repeatsKind === undefined)) {
    throw new UsageError("--repeats-name and --repeats-kind go together");
  }
  const record = {
    id: opts.id,
    title: opts.title,
    publisher: opts.publisher,
    published: opts.published,
    kind: opts.kind,
    ...(opts.repeatsName === undefined ? {} : { repeats: { name: opts.repeatsName, kind: opts.repeatsKind } }),
    ...(opts.url === undefined ? {} : { url: opts.url }),
    ...(opts.note === undefined ? {} : { note: opts.note }),
  };
  const parsed = sourceSchema.safeParse(record);
  rejectInvalid(parsed, OPTION_OF_FIELD);
  const { scores: _none, ...source } = parsed.data as NewSource & { scores: unknown };
  await ctx.store(); // the registries load (a missing or invalid one is reported before anything else)
  const target = dirs.at(-1) as string;
  const path = join(target, "sources", `${source.id}.yaml`);
  // Checked and written under the registry's lock, and created exclusively: of two runs at once, one creates it.
  return withRegistryLock(ctx, target, dirname(path), async () => {
    const store = await reloadStore(ctx);
    const existing = store.sources.get(source.id);
    if (existing !== undefined) {
      throw new UsageError(
        `source '${source.id}' already exists, at ${placeText(existing.origin)}; nothing was written`,
      );
    }
    if (existsSync(path)) throw new UsageError(`${path} already exists; nothing was written`);
    const text = newSourceFileText(source, await schemaRefFor(path, target));
    await checkEditedRegistry(dirs, new Map([[path, text]]));
    await mkdir(dirname(path), { recursive: true });
    await createFileExclusive(path, text);
    const message = `created source '${source.id}' in ${path}`;
    return addedOutput(ctx, { added: "source", source: source.id, file: path, message });
  });
}

const MODELINE = /^# yaml-language-server: \$schema=(\S+)/;

/**
 * The `$schema=` reference for a new file: the one the registry's other files already use (a URL, or a path
 * made relative to the new file) when it leads somewhere, or else muse's own copy of the schema.
 */
async function schemaRefFor(path: string, registry: string): Promise<string> {
  const files = await discoverRegistryFiles(registry);
  for (const file of files.sort((a, b) => Number(b.includes("/sources/")) - Number(a.includes("/sources/")))) {
    const first = (await readFile(file, "utf8").catch(() => "")).split("\n", 1)[0] ?? "";
    const ref = MODELINE.exec(first)?.[1];
    if (ref === undefined) continue;
    if (/^[a-z][a-z0-9+.-]{1,}:/i.test(ref)) return ref;
    const schema = resolve(dirname(file), ref);
    if (existsSync(schema)) return isAbsolute(ref) ? ref : relativeRef(path, schema);
  }
  return relativeRef(path, join(dirname(bundledRegistryDir()), "schema", "registry.schema.json"));
}

function relativeRef(from: string, to: string): string {
  return relative(dirname(from), to).split("\\").join("/");
}

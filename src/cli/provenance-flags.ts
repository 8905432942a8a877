import { type Command, Option } from "commander";
import type { ProvenanceFilter } from "../core/query.js";
import type { Store } from "../core/store.js";
import { collectList } from "./action.js";

/** The provenance options as commander hands them over. */
export interface ProvenanceOptions {
  source?: string[];
  sourceKind?: "first-party" | "third-party";
  org?: string[];
}

/** Adds `--source-kind`, `--org` and (unless the command has its own) `--source` to a command. */
export function addProvenanceOptions(command: Command, withSource = true): Command {
  if (withSource) {
    command.option("-s, --source <ids>", "only scores from these sources (repeatable, comma-separated)", collectList);
  }
  return command
    .addOption(
      new Option(
        "--source-kind <kind>",
        "only first-party claims or third-party measurements (a press report counts as whose figures it repeats)",
      ).choices(["first-party", "third-party"]),
    )
    .option(
      "--org <names>",
      'only models whose organisation matches (word prefixes: "google" finds Google DeepMind; repeatable)',
      collectList,
    );
}

/** The filter the options ask for, sources resolved by id or title (an unknown one is a usage error). */
export function provenanceFilter(store: Store, opts: ProvenanceOptions): ProvenanceFilter {
  const filter: ProvenanceFilter = {};
  if (opts.source?.length) filter.sources = opts.source.map((s) => store.resolveSource(s).id);
  if (opts.sourceKind !== undefined) filter.sourceKind = opts.sourceKind;
  if (opts.org?.length) filter.orgs = opts.org;
  return filter;
}

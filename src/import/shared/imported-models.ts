import type { Model, Setting } from "../../core/schema/index.js";
import { foldName } from "../../core/suggest.js";
import { toModelId } from "./ids.js";
import { mixedScriptWarning } from "./look-alike.js";
import type { ModelVersion } from "./model-version.js";

/** What a row says about its model, beyond the score: for the model record. */
export interface ModelFacts {
  org?: string;
  released?: string;
  openWeights?: boolean;
  displayName?: string;
}

interface Entry {
  base?: Model;
  name?: string;
  nameFromColumn: boolean;
  org?: string;
  released?: string;
  openWeights?: boolean;
  aliases: Set<string>;
}

const MAX_ALIAS = 200;

/**
 * The models an import touches. A model version maps onto a model of the base registry when
 * its id, name or an alias matches (ignoring case and punctuation); otherwise it becomes a new model.
 * A base model is written back whole, with Epoch's ids added to its aliases, so that layering the
 * import over the base keeps every fact the base had.
 */
export class ImportedModels {
  private readonly baseById = new Map<string, Model>();
  private readonly baseByName = new Map<string, Set<string>>();
  private readonly entries = new Map<string, Entry>();
  /** Answers of `resolve` by the version as written: a release names each model version many times. */
  private readonly resolved = new Map<string, { id: string; setting: Setting; warning?: string }>();

  /** `base`: the models of the registry the import maps onto; `createdBy`: the note of every new model record. */
  constructor(
    base: Iterable<Model>,
    private readonly createdBy: string,
  ) {
    for (const model of base) {
      this.baseById.set(model.id, model);
      for (const name of [model.id, model.name, ...model.aliases]) {
        const key = foldName(name);
        if (key === "") continue;
        const ids = this.baseByName.get(key) ?? new Set<string>();
        ids.add(model.id);
        this.baseByName.set(key, ids);
      }
    }
  }

  /**
   * The registry id a model version belongs to (a base model's, or a new id made from its name) and
   * the setting its suffixes give. When the base model lists the dated id itself among its aliases,
   * that snapshot is what the model record means, so `snapshot` is left out of the setting and the
   * scores meet the base registry's scores of the same model and setting. A name that mixes Latin
   * with look-alike Cyrillic or Greek letters never matches by folding and comes with a warning.
   */
  resolve(version: ModelVersion): { id: string; setting: Setting; warning?: string } {
    let answer = this.resolved.get(version.raw);
    if (answer === undefined) {
      answer = this.lookUp(version);
      this.resolved.set(version.raw, answer);
    }
    return { ...answer, setting: { ...answer.setting } };
  }

  private lookUp(version: ModelVersion): { id: string; setting: Setting; warning?: string } {
    for (const name of [version.raw, version.dated, version.base]) {
      const ids = this.baseByName.get(foldName(name));
      if (ids?.size !== 1) continue;
      const id = [...ids][0] as string;
      if (name === version.base) return { id, setting: { ...version.setting } };
      const { snapshot: _implied, ...setting } = version.setting;
      return { id, setting };
    }
    const id = toModelId(version.base) ?? "unknown";
    const warning = mixedScriptWarning(version.raw);
    return {
      id,
      setting: { ...version.setting },
      ...(warning === undefined ? {} : { warning: `${warning}: imported as '${id}'` }),
    };
  }

  /** Records that an imported score names `id` through `version`, with what its row says about the model. */
  note(id: string, version: ModelVersion, facts: ModelFacts): void {
    let entry = this.entries.get(id);
    if (entry === undefined) {
      const base = this.baseById.get(id);
      entry = { aliases: new Set(), nameFromColumn: false, ...(base ? { base } : {}) };
      this.entries.set(id, entry);
    }
    for (const alias of [version.raw, version.dated, version.base]) {
      if (alias.length <= MAX_ALIAS) entry.aliases.add(alias);
    }
    if (facts.displayName !== undefined && !entry.nameFromColumn) {
      entry.name = facts.displayName;
      entry.nameFromColumn = true;
    } else if (entry.name === undefined) entry.name = version.base.slice(0, MAX_ALIAS);
    entry.org ??= facts.org;
    if (facts.released !== undefined && (entry.released === undefined || facts.released < entry.released)) {
      entry.released = facts.released;
    }
    entry.openWeights ??= facts.openWeights;
  }

  /** Every touched model as a registry record, sorted by id. */
  records(): Model[] {
    return [...this.entries]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, entry]) => (entry.base ? this.baseRecord(entry.base, entry) : newRecord(id, entry, this.createdBy)));
  }

  /** A base model written back whole, with the data's ids added to its aliases and its release date where it had none. */
  private baseRecord(base: Model, entry: Entry): Model {
    const known = new Set([base.id, base.name, ...base.aliases]);
    const added = [...entry.aliases].filter((a) => !known.has(a)).sort();
    const { id, name, org, ...rest } = base;
    const released = base.released ?? entry.released;
    return {
      id,
      name,
      org,
      ...(released === undefined ? {} : { released }),
      ...rest,
      aliases: [...base.aliases, ...added],
    };
  }
}

function newRecord(id: string, entry: Entry, note: string): Model {
  const name = entry.name ?? id;
  const aliases = [...entry.aliases].filter((a) => a !== id && a !== name).sort();
  return {
    id,
    name,
    org: entry.org ?? "unknown",
    ...(entry.released ? { released: entry.released } : {}),
    ...(entry.openWeights === undefined ? {} : { open_weights: entry.openWeights }),
    aliases,
    note,
  };
}

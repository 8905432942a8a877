import type { Model, Setting } from "../../core/schema/index.js";
import { foldName } from "../../core/suggest.js";
import { toModelId } from "./ids.js";
import { mixedScriptWarning } from "./look-alike.js";
import type { ModelVersion } from "./model-version.js";
import type { UnresolvedName } from "./unresolved-note.js";

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
  private readonly resolved = new Map<string, Resolved>();
  /** New models by folded id and name, so that `MiniGPT-4` and `MiniGPT4` are one new model. */
  private readonly newByName = new Map<string, string>();
  /** Names that resolved to no base model, with how many rows named them. */
  private readonly unresolvedNames = new Map<string, number>();

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
    if (answer.unresolved) this.unresolvedNames.set(version.dated, (this.unresolvedNames.get(version.dated) ?? 0) + 1);
    const { unresolved: _unresolved, ...rest } = answer;
    return { ...rest, setting: { ...answer.setting } };
  }

  /** Every model name that matched no model of the registry (so became a new model), with how often it was looked up. */
  unresolved(): UnresolvedName[] {
    return [...this.unresolvedNames]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Resolves by the most specific name first (see `namesToTry`); a new model is one per folded name. */
  private lookUp(version: ModelVersion): Resolved {
    const candidates = namesToTry(version);
    for (const name of candidates) {
      const ids = this.baseByName.get(foldName(name));
      if (ids?.size !== 1) continue;
      const id = [...ids][0] as string;
      if (name !== version.raw && name !== version.dated) return { id, setting: { ...version.setting } };
      const { snapshot: _implied, ...setting } = version.setting;
      return { id, setting };
    }
    const known = candidates.map((name) => this.newByName.get(foldName(name))).find((id) => id !== undefined);
    const id = known ?? toModelId(version.base) ?? "unknown";
    for (const name of [id, ...candidates])
      if (!this.newByName.has(foldName(name))) this.newByName.set(foldName(name), id);
    const warning = mixedScriptWarning(version.raw);
    return {
      id,
      setting: { ...version.setting },
      unresolved: true,
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

  /**
   * Every touched model as a registry record, sorted by id. No name or alias ends up on two models: an
   * added alias another model already answers to is left out, and a new model whose display name is
   * taken gets its id in brackets after it (`Gemini 1.5 Flash (gemini-1.5-flash-002)`).
   */
  records(): Model[] {
    const owner = new Map<string, string>();
    const claim = (name: string, id: string): boolean => {
      const key = foldName(name);
      const held = owner.get(key);
      if (key === "" || (held !== undefined && held !== id)) return false;
      owner.set(key, id);
      return true;
    };
    for (const model of this.baseById.values())
      for (const name of [model.id, model.name, ...model.aliases]) claim(name, model.id);
    const sorted = [...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [id] of sorted) claim(id, id);
    return sorted.map(([id, entry]) => {
      const aliases = [...entry.aliases].sort().filter((a) => claim(a, id));
      if (entry.base) return baseRecord(entry.base, entry, aliases);
      const wanted = entry.name ?? id;
      const name = [wanted, `${wanted} (${id})`, id].find((n) => claim(n, id)) ?? id;
      return newRecord(id, { ...entry, name }, aliases, this.createdBy);
    });
  }
}

/** An answer of `resolve`, and whether the name matched no base model. */
type Resolved = { id: string; setting: Setting; warning?: string; unresolved?: true };

/** The names a model version may be known by, most specific first: as written, dated, bare, and `k2p5` read as `k2.5`. */
function namesToTry(version: ModelVersion): string[] {
  const decimal = version.base.replace(/(\d)p(\d)/g, "$1.$2");
  return [...new Set([version.raw, version.dated, version.base, decimal])];
}

/** A base model written back whole, with the data's ids added to its aliases and its release date where it had none. */
function baseRecord(base: Model, entry: Entry, addedAliases: readonly string[]): Model {
  const known = new Set([base.id, base.name, ...base.aliases]);
  const added = addedAliases.filter((a) => !known.has(a));
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

function newRecord(id: string, entry: Entry & { name: string }, claimed: readonly string[], note: string): Model {
  const { name } = entry;
  const aliases = claimed.filter((a) => a !== id && a !== name);
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

/** A model name an import met that matched no model of the registry (so became a new model), and how often. */
export interface UnresolvedName {
  name: string;
  count: number;
}

const SHOWN = 20;

/**
 * The report's line for curators: the model names that matched no registry model, most used first, with how many
 * `units` (rows, runs) used each, and how to map one; or that every name matched.
 */
export function unresolvedNote(names: readonly UnresolvedName[], units: string): string {
  if (names.length === 0) return "Every model name matched a model of the registry.";
  const listed = names.slice(0, SHOWN).map((n) => `${n.name} (${n.count})`);
  if (names.length > SHOWN) listed.push(`and ${names.length - SHOWN} more (all in --json)`);
  const what =
    names.length === 1
      ? "model name matched no model of the registry and became a new model"
      : "model names matched no model of the registry and became new models";
  return `${names.length} ${what} (${units}): ${listed.join(", ")}. Add an alias to the registry's model to map one.`;
}

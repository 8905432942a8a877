import type { Source } from "../schema/index.js";
import { blockScalar, flowScalar } from "./yaml-text.js";

/** A source record to create, without scores. */
export type NewSource = Omit<Source, "scores">;

/** The modeline that points the YAML language server at the registry's JSON Schema. */
export function schemaModeline(schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}`;
}

/** The text of a new registry file holding one source with an empty `scores:` list, schema modeline first. */
export function newSourceFileText(source: NewSource, schemaRef: string): string {
  const lines = [schemaModeline(schemaRef), "sources:"];
  const fields: [string, string | undefined][] = [
    ["id", source.id],
    ["title", source.title],
    ["publisher", source.publisher],
    ["published", source.published],
    ["url", source.url],
    ["kind", source.kind],
  ];
  for (const [i, [key, value]] of fields.filter(([, v]) => v !== undefined).entries()) {
    lines.push(`${i === 0 ? "  - " : "    "}${key}: ${blockScalar(value as string)}`);
  }
  if (source.repeats !== undefined) {
    lines.push(`    repeats: { name: ${flowScalar(source.repeats.name)}, kind: ${source.repeats.kind} }`);
  }
  for (const key of ["license", "attribution", "note"] as const) {
    const value = source[key];
    if (value !== undefined) lines.push(`    ${key}: ${blockScalar(value)}`);
  }
  lines.push("    scores: []");
  return `${lines.join("\n")}\n`;
}

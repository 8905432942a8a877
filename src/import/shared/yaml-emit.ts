import { Document } from "yaml";

// A fast writer for the plain JSON-like data of registry documents (mappings, sequences, strings,
// numbers, booleans), in exactly the layout the `yaml` library gives them with `lineWidth: 0`:
// block mappings and sequences, `[]` and `{}` when empty. Strings that can be written plain are
// decided here with the library's own rules (its schema's tags included); every other string (a
// quote, a line break, a character outside printable ASCII) is written by the library itself.

const SCHEMA_TAGS = new Document().schema.tags.filter((t) => t.default && t.tag !== "tag:yaml.org,2002:str" && t.test);

/** Printable ASCII that starts with no YAML indicator and holds no `: `, ` #`, nor ends in ` ` or `:`. */
const SAFE_PLAIN = /^[A-Za-z0-9_(/][ -~]*$/;
const UNSAFE_INSIDE = /: | #|[ :]$/;

/** Of the schema's tags, only null and the booleans can match text that starts with a letter. */
const WORD_TAGS = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/** Strings the library wrote, by indent and text: names and notes repeat across a release. */
const written = new Map<string, string>();

/** A string as the `yaml` library writes it as a value at this indent (continuation lines indented). */
function scalarString(value: string, indent: string): string {
  if (SAFE_PLAIN.test(value) && !UNSAFE_INSIDE.test(value)) {
    const tagged = /^[A-Za-z]/.test(value) ? WORD_TAGS.test(value) : SCHEMA_TAGS.some((t) => t.test?.test(value));
    if (!tagged) return value;
  }
  const key = `${indent}\u0000${value}`;
  let text = written.get(key);
  if (text === undefined) {
    text = fallback(value, indent);
    if (written.size > 50_000) written.clear();
    written.set(key, text);
  }
  return text;
}

function scalar(value: unknown, indent: string): string {
  if (typeof value === "string") return scalarString(value, indent);
  if (typeof value === "number")
    return Number.isFinite(value) ? (Object.is(value, -0) ? "-0" : JSON.stringify(value)) : fallback(value, indent);
  if (typeof value === "boolean") return value ? "true" : "false";
  return fallback(value, indent);
}

function fallback(value: unknown, indent: string): string {
  return new Document({ x: value })
    .toString({ lineWidth: 0 })
    .slice(3, -1)
    .replace(/\n(?=[^\n])/g, `\n${indent}`);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function mapping(object: Record<string, unknown>, indent: string, out: Lines, first = ""): void {
  let lead = first;
  for (const key in object) {
    const value = object[key];
    if (value === undefined) continue;
    const at = lead === "" ? indent : lead;
    lead = "";
    if (Array.isArray(value)) {
      if (value.length === 0) out.push(`${at}${key}: []\n`);
      else {
        out.push(`${at}${key}:\n`);
        sequence(value, `${indent}  `, out);
      }
    } else if (isPlainObject(value)) {
      if (Object.keys(value).length === 0) out.push(`${at}${key}: {}\n`);
      else {
        out.push(`${at}${key}:\n`);
        mapping(value, `${indent}  `, out);
      }
    } else out.push(`${at}${key}: ${scalar(value, indent)}\n`);
  }
}

function sequence(items: readonly unknown[], indent: string, out: Lines): void {
  for (const item of items) {
    if (isPlainObject(item) && Object.keys(item).length > 0) mapping(item, `${indent}  `, out, `${indent}- `);
    else if (Array.isArray(item) || isPlainObject(item)) throw new UnsupportedShape();
    else out.push(`${indent}- ${scalar(item, indent)}\n`);
  }
}

/**
 * The lines written so far, joined a few thousand at a time: a release's file has a million lines, and
 * holding each as its own string until the end made the young-generation collections copy them all.
 */
class Lines {
  private readonly chunks: string[] = [];
  private pending: string[] = [];

  push(line: string): void {
    this.pending.push(line);
    if (this.pending.length === 4096) {
      this.chunks.push(this.pending.join(""));
      this.pending = [];
    }
  }

  text(): string {
    return this.chunks.join("") + this.pending.join("");
  }
}

/** Data this writer does not lay out itself (a sequence in a sequence, an empty mapping in one). */
class UnsupportedShape extends Error {}

/**
 * Writes a top-level mapping of plain data as YAML, byte for byte as `new Document(data)` with this
 * comment on top would (`lineWidth: 0`); falls back to the library for shapes it does not lay out.
 */
export function emitYaml(data: Record<string, unknown>, commentBefore: string): string {
  const head =
    commentBefore === ""
      ? ""
      : `${commentBefore
          .split("\n")
          .map((l) => `#${l}`)
          .join("\n")}\n\n`;
  try {
    const out = new Lines();
    mapping(data, "", out);
    const body = out.text();
    return head + (body === "" ? "{}\n" : body);
  } catch (error) {
    if (!(error instanceof UnsupportedShape)) throw error;
    const doc = new Document(data);
    doc.commentBefore = commentBefore;
    return doc.toString({ lineWidth: 0 });
  }
}

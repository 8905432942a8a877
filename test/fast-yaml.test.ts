// The fast YAML subset reader must give exactly what the `yaml` package gives wherever it does not give up:
// compared here on the bundled registry, the fixture registries, generated registries and random documents.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from "yaml";
import { writeRegistry } from "../scripts/gen-registry.mjs";
import { fastParseRegistryText } from "../src/core/load/fast-parse.js";
import { readFastYaml } from "../src/core/load/fast-yaml.js";
import { parseRegistryText } from "../src/core/load/parse-file.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

/** What `yaml` makes of a text: its value and document, or undefined when it reports anything. */
function yamlRead(text: string): { value: unknown; doc: Document; lc: LineCounter } | undefined {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  if (!Array.isArray(docs) || docs.length !== 1) return undefined;
  const doc = docs[0] as Document;
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return { value: doc.toJS({ maxAliasCount: 0 }), doc, lc };
}

/** Checks the fast reader against `yaml` on one text: same value, same places, same written `value:` text. */
function agreesWithYaml(text: string): "fast" | "gave up" {
  const fast = readFastYaml(text);
  if (fast === undefined) return "gave up";
  const slow = yamlRead(text);
  if (slow === undefined) throw new Error(`fast reader accepted what yaml rejects:\n${text}`);
  expect(fast.value).toStrictEqual(slow.value);
  const walk = (node: Node | null | undefined, value: unknown) => {
    if (isMap(node)) {
      const obj = value as Record<string, unknown>;
      expect(fast.placeOf.get(obj)).toEqual(slow.lc.linePos(node.range?.[0] ?? -1));
      for (const pair of node.items) {
        const key = String((pair.key as { value: unknown }).value);
        if (key === "value" && isScalar(pair.value) && pair.value.type === "PLAIN") {
          expect(fast.valueTextOf.get(obj)).toBe(pair.value.source);
        }
        walk(pair.value as Node, obj[key]);
      }
    } else if (isSeq(node)) {
      const list = value as unknown[];
      expect(fast.placeOf.get(list)).toEqual(slow.lc.linePos(node.range?.[0] ?? -1));
      for (const [i, item] of node.items.entries()) walk(item as Node, list[i]);
    }
  };
  walk(slow.doc.contents as Node, fast.value);
  return "fast";
}

/** Checks the fast registry path against the full one on a valid file: the very same records. */
function sameRecords(path: string, text: string): "fast" | "gave up" {
  const fast = fastParseRegistryText(path, text);
  const full = parseRegistryText(path, text);
  if (fast === undefined) return "gave up";
  expect(full.ok).toBe(true);
  if (full.ok) expect(fast).toStrictEqual(full.file);
  return "fast";
}

describe("the fast reader on real registries", () => {
  const bundled = yamlFiles(join(ROOT, "data"));

  it("reads every bundled file exactly as yaml does, and the same records", () => {
    expect(bundled.length).toBeGreaterThan(3);
    for (const path of bundled) {
      const text = readFileSync(path, "utf8");
      expect(agreesWithYaml(text), path).toBe("fast");
      expect(sameRecords(path, text), path).toBe("fast");
    }
  });

  it("agrees with yaml on every fixture registry file it accepts", () => {
    const fixtures = yamlFiles(join(ROOT, "test", "fixtures"));
    expect(fixtures.length).toBeGreaterThan(10);
    for (const path of fixtures) {
      const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
      agreesWithYaml(text);
      if (parseRegistryText(path, text).ok) sameRecords(path, text);
      else expect(fastParseRegistryText(path, text), path).toBeUndefined();
    }
  });

  const generated = mkdtempSync(join(tmpdir(), "muse-fast-yaml-"));
  afterAll(() => rmSync(generated, { recursive: true, force: true }));

  it("reads generated registries (several seeds) exactly as the full parser does", () => {
    for (const seed of [1, 2, 3]) {
      const dir = join(generated, `seed-${seed}`);
      writeRegistry(dir, 1500, seed);
      for (const path of yamlFiles(dir)) {
        const text = readFileSync(path, "utf8");
        expect(agreesWithYaml(text), path).toBe("fast");
        expect(sameRecords(path, text), path).toBe("fast");
      }
    }
  });
});

// Random documents from the constructs registry files use, and many they must not get wrong.
const KEYS = ["id", "name", "value", "note", "scores", "setting", "a", "b", "c", "x_y", "d", "e", "f", "g", "h", "k2"];
const ODD_KEYS = ["null", "true", "Key", "a b", "2k", "value"];
const SCALARS = [
  "42",
  "80.0",
  "-0",
  "-0.0",
  "0x1F",
  "0o17",
  "+5",
  ".5",
  "5.",
  "1e3",
  "1.5e-3",
  "1_000",
  "007",
  ".inf",
  "-.Inf",
  ".NaN",
  "~",
  "null",
  "Null",
  "NULL",
  "nULL",
  "true",
  "True",
  "FALSE",
  "yes",
  "off",
  "2026-04-08",
  "2026-04",
  "12:30",
  "a: b",
  "a:",
  "a #b",
  "a#b",
  "a # b",
  "-x",
  "-5",
  "- x",
  "?x",
  ": x",
  "@x",
  "`x",
  "!tag x",
  "!!str 5",
  "&a x",
  "*a",
  "%x",
  "hello world",
  "trailing  ",
  "café",
  "a, b",
  "[a]b",
  "a]",
  "a}",
  "https://example.org/x?y=1#z",
  '"quoted"',
  '"esc \\" \\\\ \\/ \\n \\t \\u00e9"',
  '"yaml-only \\x41 \\e \\N"',
  '"tab\tin"',
  "'single ''q'''",
  "'it''s' tail",
  "'unterminated",
  '"unterminated',
  '""',
  "''",
  "{ a: 1 }",
  "{ a: 1, b: [x, 'y', \"z\"] }",
  "{a: 1}",
  "{ a:1 }",
  "{ a: }",
  "{ a: 1, a: 2 }",
  "{ a: [1, { b: 2 }] }",
  "{ url: https://x.y }",
  "[1, 2]",
  "[a, b, ]",
  "[ ]",
  "[]",
  "{}",
  "{ a: 1",
  "[a, [b, [c]]]",
  "{ value: 80.0, note: n }",
];
/** Scalars inside the subset, picked most of the time so that many documents take the fast path. */
const PLAIN_SCALARS = [
  "42",
  "80.0",
  "-0",
  "0x1F",
  "0o17",
  "+5",
  ".5",
  "5.",
  "1e3",
  "1_000",
  "007",
  "~",
  "Null",
  "nULL",
  "True",
  "yes",
  "2026-04-08",
  "12:30",
  "a #b",
  "a#b",
  "-5",
  "hello world",
  "trailing  ",
  "café",
  "a, b",
  "https://example.org/x?y=1#z",
  '"quoted"',
  '"esc \\" \\\\ \\/ \\n \\t \\u00e9"',
  "'single ''q'''",
  '""',
  "''",
  "{ a: 1 }",
  "{ a: 1, b: [x, 'y', \"z\"] }",
  "{ a: [1, { b: 2 }] }",
  "[1, 2]",
  "[]",
  "{ value: 80.0, note: n }",
];
const COMMENTS = ["", "", "", " # c", "  #c", " #", "#nospace"];

/** Builds a random document with the given seed: nested maps and sequences, comments, odd spacing. */
function randomDocument(seed: number): string {
  let s = seed >>> 0 || 1;
  const rnd = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const lines: string[] = [];
  const filler = () => {
    const r = rnd();
    if (r < 0.05) lines.push("");
    else if (r < 0.08) lines.push(`${" ".repeat(Math.floor(rnd() * 6))}# comment`);
    else if (r < 0.09) lines.push("   ");
  };
  const step = () => (rnd() < 0.85 ? 2 : pick([1, 3, 4]));
  const blockScalar = (indent: number) => {
    const body = indent + step();
    const n = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) {
      const r = rnd();
      const extra = r < 0.1 ? " " : r < 0.15 ? "" : "";
      if (r > 0.95) lines.push("");
      lines.push(
        `${" ".repeat(body + (r > 0.9 && r <= 0.95 ? 2 : 0))}${pick(["text", "more # words", "a: b", "- item"])}${extra}`,
      );
    }
  };
  const map = (indent: number, depth: number, firstPrefix?: string) => {
    const n = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) {
      filler();
      const lead = i === 0 && firstPrefix !== undefined ? firstPrefix : " ".repeat(indent);
      const key = pick(rnd() < 0.95 ? KEYS : ODD_KEYS);
      const r = rnd();
      if (depth < 4 && r < 0.25) {
        lines.push(`${lead}${key}:${pick(COMMENTS)}`);
        if (rnd() < 0.5) seq(rnd() < 0.2 ? indent : indent + step(), depth + 1);
        else map(indent + step(), depth + 1);
      } else if (r < 0.3) {
        lines.push(`${lead}${key}: ${pick([">-", ">", "|", "|-", ">+", "|2"])}${pick(COMMENTS)}`);
        blockScalar(indent);
      } else if (r < 0.33) {
        lines.push(`${lead}${key}:`);
      } else {
        const scalar = pick(rnd() < 0.85 ? PLAIN_SCALARS : SCALARS);
        lines.push(
          `${lead}${key}:${rnd() < 0.05 ? "" : " ".repeat(1 + Math.floor(rnd() * 2))}${scalar}${pick(COMMENTS)}`,
        );
      }
    }
  };
  const seq = (indent: number, depth: number) => {
    const n = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) {
      filler();
      const dash = `${" ".repeat(indent)}-${rnd() < 0.9 ? " " : "  "}`;
      const r = rnd();
      if (depth < 4 && r < 0.5) map(dash.length, depth + 1, dash);
      else if (r < 0.55) lines.push(`${" ".repeat(indent)}-`);
      else lines.push(`${dash}${pick(rnd() < 0.85 ? PLAIN_SCALARS : SCALARS)}${pick(COMMENTS)}`);
    }
  };
  if (rnd() < 0.1) lines.push(pick(["---", "%YAML 1.2\n---", "# only a comment"]));
  map(0, 0);
  if (rnd() < 0.05) lines.push(pick(["---", "...", "extra", "  stray: 1"]));
  const text = lines.join("\n");
  return rnd() < 0.03 ? text.replaceAll("\n", "\r\n") : `${text}\n`;
}

describe("the fast reader on random documents", () => {
  it("never disagrees with yaml: where it reads a document, it reads what yaml reads", () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        if (agreesWithYaml(randomDocument(seed)) === "fast") fast++;
      }),
      { numRuns: 3000 },
    );
    // The comparison means something only if a good share of documents took the fast path.
    expect(fast).toBeGreaterThan(600);
  });

  it("gives up on nesting deeper than a registry needs, without overflowing the stack", () => {
    const deep = `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`;
    expect(readFastYaml(deep)).toBeUndefined();
    const indented = Array.from({ length: 40 }, (_, i) => `${" ".repeat(i * 2)}k${i}:`).join("\n");
    expect(readFastYaml(`${indented} 1\n`)).toBeUndefined();
  });
});

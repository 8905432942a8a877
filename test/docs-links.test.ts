// Every relative link between README.md and docs/*.md resolves: the file exists, and an #anchor names a heading of
// it under GitHub's rules (lowercase; punctuation other than `-` and `_` dropped; spaces become `-`; repeats get -1, -2).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { marked, type Token, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers/run-muse.js";

const PAGES = [
  "README.md",
  ...readdirSync(`${REPO}docs`)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];

/** The text a heading shows, as GitHub renders it (code spans keep their text, markup goes). */
function plain(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => ("tokens" in t && t.tokens !== undefined ? plain(t.tokens) : "text" in t ? String(t.text) : ""))
    .join("");
}

/** GitHub's anchor for a heading's text (before de-duplication). */
function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

/** Walks a token tree, depth first. */
function* walk(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if ("tokens" in token && token.tokens !== undefined) yield* walk(token.tokens);
    if (token.type === "list") for (const item of (token as Tokens.List).items) yield* walk(item.tokens);
    if (token.type === "table") {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) yield* walk(cell.tokens);
    }
  }
}

/** The anchors of a page's headings, with GitHub's -1, -2 suffixes for repeats. */
function anchorsOf(page: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const token of walk(marked.lexer(readFileSync(join(REPO, page), "utf8")))) {
    if (token.type !== "heading") continue;
    const slug = githubSlug(plain((token as Tokens.Heading).tokens));
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

/** Every link target of a page outside code: `[text](target)`, as the markdown parser reads them. */
function linksOf(page: string): string[] {
  return [...walk(marked.lexer(readFileSync(join(REPO, page), "utf8")))]
    .filter((t) => t.type === "link" || t.type === "image")
    .map((t) => (t as Tokens.Link).href);
}

describe("GitHub's heading anchors", () => {
  it("drop punctuation but keep hyphens, letters and digits", () => {
    expect(githubSlug("What import --force replaces")).toBe("what-import---force-replaces");
    expect(githubSlug("muse completion bash|zsh|fish")).toBe("muse-completion-bashzshfish");
    expect(githubSlug("Which value is shown (precedence)")).toBe("which-value-is-shown-precedence");
    expect(githubSlug("ARC-AGI-2 · setting: default · Δ vs Muse Spark")).toBe(
      "arc-agi-2--setting-default--δ-vs-muse-spark",
    );
  });

  it("come from the rendered text and count repeats", () => {
    const lexed = marked.lexer("## The `--by` flag\n\n## Notes\n\n## Notes\n");
    const headings = lexed.filter((t) => t.type === "heading").map((t) => plain((t as Tokens.Heading).tokens));
    expect(headings.map(githubSlug)).toEqual(["the---by-flag", "notes", "notes"]);
  });
});

describe("links between README.md and docs/*.md", () => {
  const relative = PAGES.flatMap((page) =>
    linksOf(page)
      .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href))
      .map((href) => [page, href] as const),
  );

  it("there are links to check, from the README and between pages", () => {
    expect(relative.filter(([page]) => page === "README.md").length).toBeGreaterThanOrEqual(10);
    expect(relative.filter(([page, href]) => page !== "README.md" && href.includes("#")).length).toBeGreaterThan(5);
  });

  it.each(relative)("%s → %s resolves", (page, href) => {
    const [path = "", anchor] = href.split("#");
    const target = path === "" ? page : normalize(join(dirname(page), decodeURIComponent(path)));
    expect(existsSync(join(REPO, target)), `${page}: ${href}: no file ${target}`).toBe(true);
    if (anchor !== undefined) {
      expect(target.endsWith(".md"), `${page}: ${href}: an anchor into a file that is not markdown`).toBe(true);
      expect([...anchorsOf(target)], `${page}: ${href}`).toContain(decodeURIComponent(anchor));
    }
  });
});

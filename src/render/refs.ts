import type { Cell, Footnote, Section, View } from "./view.js";

/** Where markdown puts sources: as footnotes, as the text of the Source column, or nowhere. */
export type SourcesMode = "footnotes" | "column" | "none";

/** The choices `--sources` accepts. */
export const SOURCES_MODES = ["footnotes", "column", "none"] as const satisfies readonly SourcesMode[];

/** The keys of the columns that name sources (ranking, scores and conflicts: `source`; head to head: also). */
const SOURCE_COLUMN = "source";

/**
 * Gives every cell at most one reference: a cell citing several footnotes cites one footnote whose text joins
 * theirs (so a document never shows `42.5%[^2][^3]`, which reads as a superscript 23). Footnotes are then listed
 * in the order cells first cite them; one no cell cites alone is left out, its text living in the joined one.
 */
export function singleReferences(view: View): View {
  const known = new Map((view.footnotes ?? []).map((f) => [f.id, f]));
  const used = new Map<string, Footnote>();
  const merge = (c: Cell): Cell => {
    const refs = (c.refs ?? []).filter((r) => known.has(r));
    const unique = [...new Set(refs)];
    if (unique.length === 0) return c.refs === undefined ? c : withoutRefs(c);
    const id = unique.join("\u0000");
    if (!used.has(id)) {
      const parts = unique.map((r) => known.get(r) as Footnote);
      const kind = parts.every((p) => p.kind === "source") ? "source" : undefined;
      const text = joinTexts(parts.map((p) => p.text));
      used.set(id, kind === undefined ? { id, text } : { id, text, kind });
    }
    return { ...c, refs: [id] };
  };
  const sections = view.sections.map((s) => ({ ...s, rows: s.rows.map((row) => row.map(merge)) }));
  return { ...view, sections, footnotes: [...used.values()] };
}

/**
 * Applies `--sources`: `footnotes` leaves the view as it is; `column` writes each Source cell as the text of its
 * source footnotes (publisher, date, kind) instead of citing them (a table without a Source column, a matrix, keeps
 * citing them as plain notes); `none` drops Source columns and source citations.
 */
export function placeSources(view: View, mode: SourcesMode): View {
  if (mode === "footnotes") return view;
  const sources = new Map((view.footnotes ?? []).filter((f) => f.kind === "source").map((f) => [f.id, f.text]));
  // A table without a Source column (a matrix) keeps citing its sources in `column` mode, as plain notes.
  const kept = new Set<string>();
  if (mode === "column") {
    for (const section of view.sections) {
      if (section.columns.some((c) => c.key === SOURCE_COLUMN)) continue;
      for (const row of section.rows)
        for (const c of row) for (const r of c.refs ?? []) if (sources.has(r)) kept.add(r);
    }
    for (const id of kept) sources.delete(id);
  }
  const drop = (c: Cell): Cell => {
    const refs = (c.refs ?? []).filter((r) => !sources.has(r));
    return refs.length === 0 ? withoutRefs(c) : { ...c, refs };
  };
  const sections = view.sections.map((section): Section => {
    const at = section.columns.findIndex((c) => c.key === SOURCE_COLUMN);
    if (at < 0) return { ...section, rows: section.rows.map((row) => row.map(drop)) };
    if (mode === "none") {
      return {
        ...section,
        columns: section.columns.filter((_, i) => i !== at),
        rows: section.rows.map((row) => row.filter((_, i) => i !== at).map(drop)),
      };
    }
    const described = (c: Cell): Cell => {
      const texts = (c.refs ?? []).flatMap((r) => (sources.has(r) ? [sources.get(r) as string] : []));
      return drop(texts.length === 0 ? c : { ...c, text: texts.join(" / ") });
    };
    return { ...section, rows: section.rows.map((row) => row.map((c, i) => (i === at ? described(c) : drop(c)))) };
  });
  const footnotes = (view.footnotes ?? []).flatMap((f) =>
    f.kind !== "source" ? [f] : kept.has(f.id) ? [{ id: f.id, text: f.text }] : [],
  );
  return { ...view, sections, footnotes };
}

/** Joins footnote texts, saying a shared lead-in (`Muse Spark on GDPval-AA: `) once. */
function joinTexts(texts: readonly string[]): string {
  const first = texts[0] ?? "";
  const colon = first.indexOf(": ");
  const lead = colon < 0 ? "" : first.slice(0, colon + 2);
  const rest = (t: string) => t.charAt(lead.length).toUpperCase() + t.slice(lead.length + 1);
  return texts.map((t, i) => (i > 0 && lead !== "" && t.startsWith(lead) ? rest(t) : t)).join(" ");
}

function withoutRefs(c: Cell): Cell {
  const { refs: _refs, ...rest } = c;
  return rest;
}

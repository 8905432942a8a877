import type { ShownScore } from "../../core/compare/shown.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { deltaDecimals, difference, formatDelta, formatScore } from "../format-value.js";
import type { Cell, Footnote } from "../view.js";
import { benchmarkLabel, type Display, modelLabel } from "./display.js";

/** The unit of a benchmark (points when unknown, which a linked registry never has). */
export function unitOf(store: Store, benchmark: string) {
  return store.benchmarks.get(benchmark)?.unit ?? "points";
}

/** Ends a footnote's text as a sentence. */
const sentence = (text: string) => (/[.!?)]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * Collects a view's footnotes in reading order: sources, other sources' values, and the curators' caveats.
 * Every footnote reads on its own (names, not ids; no command hints), so a document can print it anywhere.
 */
export class FootnoteBook {
  private readonly notes = new Map<string, Footnote>();
  /** The models citing each model note, by the note's id: one footnote names every model sharing a note. */
  private readonly noteModels = new Map<string, string[]>();

  constructor(
    private readonly store: Store,
    readonly display: Display,
  ) {}

  /** The footnotes collected so far, in the order they were first referred to. */
  get footnotes(): Footnote[] {
    return [...this.notes.values()].map((f) => {
      const models = this.noteModels.get(f.id);
      return models === undefined ? f : { ...f, text: `${models.join(", ")}: ${f.text}` };
    });
  }

  /** Adds a footnote once under `id` and returns the id to refer to it. */
  add(id: string, text: () => string, kind?: Footnote["kind"]): string {
    if (!this.notes.has(id)) this.notes.set(id, kind === undefined ? { id, text: text() } : { id, text: text(), kind });
    return id;
  }

  /**
   * The footnote naming a source: publisher, date and whose figures they are. A source's own note describes the
   * document, not one figure: it stays in JSON and CSV `notes` rather than in every table's footer.
   */
  source(id: string): string {
    return this.add(
      `source:${id}`,
      () => {
        const s = this.store.sources.get(id);
        if (s === undefined) return id;
        const origin =
          s.kind === "press" && s.repeats ? `repeats figures by ${s.repeats.name} (${s.repeats.kind})` : s.kind;
        return `${id}: ${s.publisher}, ${s.published}, ${origin}.`;
      },
      "source",
    );
  }

  /** The footnote listing the other sources' values of a shown score; undefined when it has none. */
  alternatives(shown: ShownScore): string | undefined {
    if (shown.alternatives.length === 0) return undefined;
    const s = shown.score;
    const unit = unitOf(this.store, s.benchmark);
    return this.add(`alt:${s.model}:${s.benchmark}:${describeSetting(s.setting)}:${s.source}`, () => {
      const others = shown.alternatives.map((a) => {
        const gap = formatDelta(difference(a.score, s), deltaDecimals(a.score, s, this.display.precision), false);
        const verdict = a.agrees ? "agrees" : `disagrees by ${gap}`;
        // A twin that differs only by a key one of them inferred says at which setting it was given.
        const at =
          settingKey(a.score.setting) === settingKey(s.setting)
            ? ""
            : ` at ${describeSetting(a.score.setting, a.score.inferred)}`;
        return `${a.score.source} gives ${formatScore(a.score, unit, this.display.precision)}${at} (${verdict})`;
      });
      return `${this.scoreName(s)}: ${s.source} shown; ${others.join("; ")}.`;
    });
  }

  /**
   * The footnote saying that independent measurements disagree with a claim shown (the verdict of `muse claims`);
   * undefined when the score is no claim, or is confirmed or not measured.
   */
  measuredClaim(shown: ShownScore): string | undefined {
    const check = shown.check;
    const m = check?.deciding;
    if (check === undefined || m === undefined || m.agrees) return undefined;
    const s = shown.score;
    return this.add(`measured:${s.source}:${s.model}:${s.benchmark}:${settingKey(s.setting)}`, () => {
      const unit = unitOf(this.store, s.benchmark);
      const precision = this.display.precision;
      const where = check.differentConfiguration ? ` at ${describeSetting(m.score.setting, m.score.inferred)}` : "";
      return `${this.scoreName(s)}: the claim ${formatScore(s, unit, precision)} (${s.source}) is ${check.verdict} by ${m.score.source}${where}: ${formatScore(m.score, unit, precision)}.`;
    });
  }

  /** The footnote carrying a model's note (undefined when it has none); models with the same note share one. */
  modelNote(model: string): string | undefined {
    const note = this.store.models.get(model)?.note;
    if (note === undefined) return undefined;
    const id = this.add(`note:model:${note}`, () => sentence(note));
    const models = this.noteModels.get(id) ?? [];
    const name = modelLabel(this.store, model, this.display);
    if (!models.includes(name)) models.push(name);
    this.noteModels.set(id, models);
    return id;
  }

  /** The footnote carrying a score's own note (undefined when it has none). */
  scoreNote(s: ScoreRecord): string | undefined {
    if (s.note === undefined) return undefined;
    const note = s.note;
    return this.add(`note:score:${this.scoreName(s)}:${note}`, () => `${this.scoreName(s)}: ${sentence(note)}`);
  }

  /** A score's model and benchmark as a reader names them: `Muse Spark on ARC-AGI-2 (tools=none)`. */
  private scoreName(s: ScoreRecord): string {
    const setting = Object.keys(s.setting).length === 0 ? "" : ` (${describeSetting(s.setting)})`;
    return `${modelLabel(this.store, s.model, this.display)} on ${benchmarkLabel(this.store, s.benchmark, this.display)}${setting}`;
  }
}

/** Adds references to a cell (skipping none), keeping those it has. */
export function withRefs(c: Cell, ...refs: (string | undefined)[]): Cell {
  const more = refs.filter((r): r is string => r !== undefined);
  if (more.length > 0) c.refs = [...(c.refs ?? []), ...more];
  return c;
}

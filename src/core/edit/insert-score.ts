import { isDeepStrictEqual } from "node:util";
import { type Document, isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { MuseError, UsageError } from "../errors.js";
import { type BlockLayout, blockEntryLines, flowEntry, type NewScore, scoreData } from "./score-entry.js";
import { columnOf, eolOf, insertLines, lineEndAfter } from "./yaml-text.js";

/** The edit did not read back as intended; nothing should be written. */
export class EditError extends MuseError {
  override name = "EditError";
}

/**
 * Adds a score to the `scores:` list of source `sourceId` in a registry file's text. Only the new entry is
 * inserted: every other byte (comments, key order, quoting, blank lines) stays as it was. The result is
 * parsed back and must equal the old data plus the entry, or an EditError is thrown.
 */
export function insertScore(text: string, sourceId: string, score: NewScore): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new UsageError(`cannot edit: the file does not parse (${doc.errors[0]?.message})`);
  const source = findSource(doc, sourceId);
  const scores = source.get("scores", true) as Node | undefined;
  const eol = eolOf(text);
  let edited: string;
  if (isSeq(scores) && !scores.flow && scores.items.length > 0)
    edited = appendToBlockSeq(text, doc, scores, score, eol);
  else if (isSeq(scores) && scores.flow && scores.items.length > 0) edited = appendToFlowSeq(text, scores, score);
  else if (isSeq(scores) || (isScalar(scores) && scores.value === null)) {
    edited = replaceEmptyScores(text, source, scores as Node, score, eol);
  } else if (scores === undefined) edited = addScoresKey(text, source, score, eol);
  else throw new UsageError(`cannot edit: 'scores' of source '${sourceId}' is not a list`);
  checkReadsBack(doc, edited, sourceId, score);
  return edited;
}

function findSource(doc: Document, sourceId: string): YAMLMap {
  const sources = doc.get("sources", true);
  if (isSeq(sources)) {
    for (const item of sources.items) if (isMap(item) && item.get("id") === sourceId) return item;
  }
  throw new UsageError(`source '${sourceId}' is not in this file`);
}

function appendToBlockSeq(text: string, doc: Document, scores: YAMLSeq, score: NewScore, eol: string): string {
  const last = scores.items.at(-1) as Node;
  const lastRange = rangeOf(last);
  const allFlow = scores.items.every((item) => isMap(item) && item.flow === true);
  const dashColumn = columnOf(text, rangeOf(scores)[0]);
  // align with the last entry written in block style, if any
  const block = scores.items.findLast((item) => isMap(item) && !item.flow) as Node | undefined;
  const layout: BlockLayout = {
    dashColumn,
    contentOffset: block === undefined ? 2 : columnOf(text, rangeOf(block)[0]) - dashColumn,
    settingStyle: settingStyleOf(doc),
  };
  const lines = allFlow ? [`${" ".repeat(dashColumn)}- ${flowEntry(score)}`] : blockEntryLines(score, layout);
  return insertLines(text, lineEndAfter(text, lastRange[1]), lines, eol);
}

function appendToFlowSeq(text: string, scores: YAMLSeq, score: NewScore): string {
  const end = rangeOf(scores.items.at(-1) as Node)[1];
  return `${text.slice(0, end)}, ${flowEntry(score)}${text.slice(end)}`;
}

/** `scores: []` or `scores:` with nothing: the empty value goes, a block list starts on the next line. */
function replaceEmptyScores(text: string, source: YAMLMap, value: Node, score: NewScore, eol: string): string {
  const [start, end] = rangeOf(value);
  const from = start > 0 && text[start - 1] === " " && end > start ? start - 1 : start;
  const trimmed = `${text.slice(0, from)}${text.slice(end)}`;
  const keyColumn = columnOf(text, keyStart(source));
  const layout: BlockLayout = { dashColumn: keyColumn + 2, contentOffset: 2, settingStyle: "flow" };
  return insertLines(trimmed, lineEndAfter(trimmed, from), blockEntryLines(score, layout), eol);
}

function addScoresKey(text: string, source: YAMLMap, score: NewScore, eol: string): string {
  if (source.flow)
    throw new UsageError("cannot edit a source written as a flow mapping ({ ... }); write it in block style");
  const keyColumn = columnOf(text, keyStart(source));
  const layout: BlockLayout = { dashColumn: keyColumn + 2, contentOffset: 2, settingStyle: "flow" };
  const lines = [`${" ".repeat(keyColumn)}scores:`, ...blockEntryLines(score, layout)];
  return insertLines(text, lineEndAfter(text, rangeOf(source)[1]), lines, eol);
}

/** Whether the file writes settings as `{ ... }` (the default) or as indented blocks. */
function settingStyleOf(doc: Document): "flow" | "block" {
  let style: "flow" | "block" | undefined;
  const sources = doc.get("sources", true);
  for (const source of isSeq(sources) ? sources.items : []) {
    const scores = isMap(source) ? source.get("scores", true) : undefined;
    for (const item of isSeq(scores) ? scores.items : []) {
      const setting = isMap(item) ? item.get("setting", true) : undefined;
      if (style === undefined && isMap(setting) && setting.items.length > 0) style = setting.flow ? "flow" : "block";
    }
  }
  return style ?? "flow";
}

function keyStart(map: YAMLMap): number {
  const first = map.items[0]?.key as Node | undefined;
  return first?.range?.[0] ?? rangeOf(map)[0];
}

function rangeOf(node: Node): [number, number, number] {
  if (node.range === undefined || node.range === null) throw new EditError("cannot locate a YAML node in the file");
  return node.range;
}

function checkReadsBack(before: Document, edited: string, sourceId: string, score: NewScore): void {
  const expected = before.toJS() as { sources: { id: string; scores?: unknown[] }[] };
  const source = expected.sources.find((s) => s.id === sourceId);
  if (source !== undefined) source.scores = [...(source.scores ?? []), scoreData(score)];
  const after = parseDocument(edited);
  if (after.errors.length > 0 || !isDeepStrictEqual(after.toJS(), expected)) {
    throw new EditError(
      `adding the score to source '${sourceId}' did not read back as intended; the file is unchanged`,
    );
  }
}

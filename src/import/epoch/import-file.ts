import { type Benchmark, type Score, scoreSchema } from "../../core/schema/index.js";
import { readCsv } from "../shared/csv.js";
import { makeDistinct, type Placed } from "../shared/distinct.js";
import type { ImportedModels } from "../shared/imported-models.js";
import type { ImportWarning, RowReport } from "../shared/result.js";
import { resolveSpec } from "./resolve-spec.js";
import { type Draft, readRow } from "./row.js";
import type { FileSpec } from "./spec.js";

/** What became of one file: counts, reported rows, warnings, and the scores it yields. */
export interface FileResult {
  file: string;
  known: boolean;
  origin: FileSpec["origin"] | undefined;
  benchmark: Benchmark | undefined;
  rows: number;
  imported: number;
  /** Rows identical to another row of the file (same model, setting and figure), folded into it. */
  collapsed: number;
  /** Rows of a file skipped whole (not one benchmark's table), said in one warning rather than row by row. */
  skipped: number;
  reported: RowReport[];
  warnings: ImportWarning[];
  scores: Score[];
}

/** What a file import needs from the whole run: the models it touches and how to settle a spec's benchmark. */
export interface FileContext {
  models: ImportedModels;
  settle(spec: FileSpec, file: string): { benchmark: Benchmark; warning?: string };
}

/** Imports one Epoch CSV file: every data row becomes a score or a reported row, never neither. */
export function importFile(file: string, text: string, ctx: FileContext): FileResult {
  const table = readCsv(text);
  const result: FileResult = {
    file,
    known: false,
    origin: undefined,
    benchmark: undefined,
    rows: table.records.length + table.problems.length,
    imported: 0,
    collapsed: 0,
    skipped: 0,
    reported: table.problems.map((p) => ({ file, ...p })),
    warnings: [],
    scores: [],
  };
  const warn = (message: string, line: number | null = null) => result.warnings.push({ file, line, message });
  if (table.header.length === 0) warn("empty file: no header row");
  const duplicated = table.header.filter((h, i) => h !== "" && table.header.indexOf(h) !== i);
  if (duplicated.length > 0)
    warn(`repeated column names (the first of each is read): ${[...new Set(duplicated)].join(", ")}`);

  const resolved = resolveSpec(file, table.header, table.records);
  result.known = resolved.known;
  result.origin = resolved.spec?.origin;
  for (const message of resolved.warnings) warn(message);
  if (resolved.spec === undefined) {
    result.skipped = table.records.length;
    return sorted(result);
  }
  const settled = ctx.settle(resolved.spec, file);
  if (settled.warning !== undefined) warn(settled.warning);
  const benchmark = settled.benchmark;
  result.benchmark = benchmark;

  const placed: (Placed & { draft: Draft })[] = [];
  for (const record of table.records) {
    const beyond =
      record.cells.length > table.header.length
        ? record.cells.slice(table.header.length).filter((c) => c.trim() !== "").length
        : 0;
    if (beyond > 0) warn(`${beyond} cell${beyond === 1 ? "" : "s"} beyond the header's columns ignored`, record.line);
    const outcome = readRow(resolved.spec, table.header, record);
    if (!outcome.ok) {
      result.reported.push({ file, line: record.line, reason: outcome.reason });
      continue;
    }
    const { draft } = outcome;
    for (const message of draft.warnings) warn(message, draft.line);
    const model = ctx.models.resolve(draft.version);
    if (model.warning !== undefined) warn(model.warning, draft.line);
    // The version's suffix wins over the Name column, except an `_unknown` effort that the Name states.
    const fromVersion = { ...model.setting };
    if (fromVersion.effort === "unknown" && draft.nameSetting.effort !== undefined) delete fromVersion.effort;
    draft.setting = { ...draft.nameSetting, ...fromVersion, ...draft.setting };
    for (const [key, value] of Object.entries(draft.nameSetting))
      if (draft.setting[key as keyof typeof draft.setting] !== value)
        draft.notes.push(`Epoch's Name column says ${key} ${value}; the model version's ${key} is kept`);
    placed.push({
      model: model.id,
      setting: draft.setting,
      line: draft.line,
      figure: JSON.stringify([draft.value, draft.stderr, draft.ci]),
      notes: draft.notes,
      runs: draft.runs,
      draft,
    });
  }
  const distinct = makeDistinct(placed);
  result.collapsed = distinct.collapsed.length;
  for (const { row, into } of distinct.collapsed) ctx.models.note(into.model, row.draft.version, row.draft.facts);
  for (const { row, reason } of distinct.reported) result.reported.push({ file, line: row.line, reason });

  for (const { model, draft } of distinct.kept) {
    const score = toScore(model, benchmark.id, draft);
    const checked = scoreSchema.safeParse(score);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const where = issue?.path.join(".") ?? "";
      result.reported.push({
        file,
        line: draft.line,
        reason: `invalid score${where ? ` (${where})` : ""}: ${issue?.message}`,
      });
      continue;
    }
    ctx.models.note(model, draft.version, draft.facts);
    result.scores.push(score);
    result.imported++;
  }
  return sorted(result);
}

/** Builds the registry score for a draft, keys in the order a reader expects them. */
function toScore(model: string, benchmark: string, draft: Draft): Score {
  const note = draft.notes.join("; ");
  return {
    model,
    benchmark,
    value: draft.value,
    setting: draft.setting,
    ...(draft.stderr === undefined ? {} : { stderr: draft.stderr }),
    ...(draft.ci === undefined ? {} : { ci: draft.ci }),
    as_named: draft.version.raw.slice(0, 200),
    ...(note === "" ? {} : { note: note.length > 2000 ? `${note.slice(0, 1999)}…` : note }),
    ...(draft.url === undefined ? {} : { url: draft.url }),
  };
}

function sorted(result: FileResult): FileResult {
  result.reported.sort((a, b) => a.line - b.line);
  return result;
}

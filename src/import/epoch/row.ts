import type { Setting } from "../../core/schema/index.js";
import {
  type CellReader,
  cellReader,
  isWebLink,
  oneLine,
  parseDate,
  parseNumber,
  parsePlusMinus,
  runLabels,
  scaled,
} from "../shared/cells.js";
import type { CsvRecord } from "../shared/csv.js";
import type { RunLabel } from "../shared/distinct.js";
import { toModelId, toToken } from "../shared/ids.js";
import type { ModelFacts } from "../shared/imported-models.js";
import { type ModelVersion, parseModelVersion } from "../shared/model-version.js";
import { settingFromName } from "./name-setting.js";
import type { FileSpec } from "./spec.js";

/** A row read into a score, before its model is resolved and its identity made unique. */
export interface Draft {
  line: number;
  version: ModelVersion;
  facts: ModelFacts;
  value: number;
  stderr?: number;
  ci?: [number, number];
  /** The setting from the row's columns; the model version's own setting is added once the model is resolved. */
  setting: Setting;
  /** The setting the display name (`Name` column) states, for keys the model version leaves open. */
  nameSetting: Setting;
  /** The display name without its setting brackets, another name the model may be known by. */
  displayName?: string;
  url?: string;
  notes: string[];
  runs: RunLabel[];
  warnings: string[];
}

/** A model version as read once for all the rows that name it: parsed, whether it makes an id, and as a run token. */
interface ReadVersion {
  version: ModelVersion;
  hasId: boolean;
  token: string | undefined;
}

/**
 * Model versions read so far, by text: a release names a few thousand versions in 100,000 rows. Rows share
 * the parsed version, which nothing changes (`resolve` and `note` only read it). Bounded, for long runs.
 */
const readVersions = new Map<string, ReadVersion>();

function readVersion(text: string): ReadVersion {
  let read = readVersions.get(text);
  if (read === undefined) {
    const version = parseModelVersion(text);
    read = { version, hasId: toModelId(version.base) !== undefined, token: toToken(version.raw) };
    if (readVersions.size >= 100_000) readVersions.clear();
    readVersions.set(text, read);
  }
  return read;
}

/** A row that becomes a draft score, or the reason it cannot. */
export type RowOutcome = { ok: true; draft: Draft } | { ok: false; reason: string };

/** Reads one CSV record with a file spec: the model, the scaled score, its uncertainty, setting, link and note. */
export function readRow(spec: FileSpec, header: readonly string[], record: CsvRecord): RowOutcome {
  const cell = cellReader(header, record.cells);
  const warnings: string[] = [];
  const notes: string[] = [];

  const versionText = cell("Model version");
  const displayText = cell(spec.name);
  const named = displayText === undefined ? undefined : settingFromName(oneLine(displayText));
  const nameText = versionText === undefined ? named?.model : undefined;
  if (versionText === undefined && nameText === undefined) {
    const agent = cell(spec.harness);
    return { ok: false, reason: `no model version${agent ? ` (only the agent '${oneLine(agent)}')` : ""}` };
  }
  const { version, hasId, token } = readVersion(versionText ?? nameText ?? "");
  if (!hasId) {
    return { ok: false, reason: `model '${version.raw}' has no letters or digits to make an id from` };
  }
  if (nameText !== undefined) notes.push(`Epoch gives no model version; the model is named after its display name`);

  const scoreText = cell(spec.score.column);
  if (scoreText === undefined) return { ok: false, reason: `no score in column '${spec.score.column}'` };
  const parsed = parseNumber(scoreText);
  if (parsed === undefined)
    return { ok: false, reason: `score '${scoreText}' in column '${spec.score.column}' is not a number` };
  const percentUnit = spec.benchmark.unit === "percent";
  const value = parsed.percent && percentUnit ? parsed.value : scaled(parsed.value, spec.score.scale);
  if (percentUnit && (value < 0 || value > 100)) {
    return { ok: false, reason: `score ${scoreText} in column '${spec.score.column}' is ${value} %, outside 0-100` };
  }

  const draft: Draft = {
    line: record.line,
    version,
    facts: modelFacts(spec, cell),
    value,
    setting: settingColumns(spec, cell, notes, warnings),
    nameSetting: named?.setting ?? {},
    ...(named === undefined ? {} : { displayName: named.model.slice(0, 200) }),
    notes,
    runs: runColumns(spec, cell, token),
    warnings,
  };
  readUncertainty(spec, cell, draft);
  const url = spec.urls.map(cell).find((u) => u !== undefined && isWebLink(u));
  if (url !== undefined) draft.url = url;
  for (const { column, label } of spec.notes) {
    const text = cell(column);
    if (text !== undefined) notes.push(`${label}: ${oneLine(text)}`);
  }
  return { ok: true, draft };
}

function modelFacts(spec: FileSpec, cell: CellReader): ModelFacts {
  const facts: ModelFacts = {};
  const org = cell("Organization");
  if (org !== undefined) facts.org = oneLine(org).slice(0, 200);
  const released = parseDate(cell("Release date"));
  if (released !== undefined) facts.released = released;
  const access = cell("Model accessibility");
  if (access !== undefined && /^open weights/i.test(access)) facts.openWeights = true;
  else if (access !== undefined && /api|hosted|unreleased/i.test(access)) facts.openWeights = false;
  const display = cell(spec.modelName);
  if (display !== undefined) facts.displayName = oneLine(display).slice(0, 200);
  return facts;
}

function settingColumns(spec: FileSpec, cell: CellReader, notes: string[], warnings: string[]): Setting {
  const setting: Setting = {};
  const harness = cell(spec.harness) ?? spec.fixed?.harness;
  if (harness !== undefined) setting.harness = oneLine(harness).slice(0, 200);
  const tools = cell(spec.tools);
  const toolsToken = tools === undefined ? undefined : toToken(tools);
  if (toolsToken !== undefined) setting.tools = toolsToken;
  const shots = cell(spec.shots);
  if (shots !== undefined) {
    const count = /^(\d+)(?:\s*-?\s*shots?)?$/i.exec(shots);
    if (count?.[1]) setting.shots = Number(count[1]);
    else if (/^few$/i.test(shots)) notes.push("few-shot (number of examples not given)");
    else {
      warnings.push(`shots '${shots}' is not a count; kept in the note`);
      notes.push(`shots: ${oneLine(shots)}`);
    }
  }
  return setting;
}

/** A record id that can be a `run` exactly as written (case kept). */
const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;

/**
 * Labels that may tell re-runs apart, each a fact of the row alone: Epoch's record id exactly as
 * written, then run columns (day, full time), then the model version as written.
 */
function runColumns(spec: FileSpec, cell: CellReader, versionToken: string | undefined): RunLabel[] {
  const labels: RunLabel[] = [];
  const id = cell(spec.recordId);
  const idLabel = id === undefined ? undefined : RUN_ID.test(id) ? id : toToken(id);
  if (idLabel !== undefined) labels.push({ kind: "record", label: idLabel });
  for (const column of spec.runs) {
    const text = cell(column);
    if (text === undefined) continue;
    for (const [level, label] of runLabels(text).entries()) labels.push({ kind: `${column}#${level}`, label });
  }
  if (versionToken !== undefined) labels.push({ kind: "version", label: versionToken });
  return labels;
}

function readUncertainty(spec: FileSpec, cell: CellReader, draft: Draft): void {
  const number = (column: string | undefined, what: string): number | undefined => {
    const text = cell(column);
    if (text === undefined) return undefined;
    const n = parseNumber(text);
    if (n === undefined) draft.warnings.push(`${what} '${text}' in column '${column}' is not a number; left out`);
    return n?.value;
  };
  const se = number(spec.stderr?.column, "standard error");
  if (se !== undefined && spec.stderr) {
    if (se < 0) draft.warnings.push(`standard error ${se} is negative; left out`);
    else draft.stderr = scaled(se, spec.stderr.scale);
  }
  const low = number(spec.ci?.low, "interval bound");
  const high = number(spec.ci?.high, "interval bound");
  if (low !== undefined && high !== undefined && spec.ci) {
    const [a, b] = [scaled(low, spec.ci.scale), scaled(high, spec.ci.scale)];
    draft.ci = a <= b ? [a, b] : [b, a];
  } else if (spec.ciText) {
    const text = cell(spec.ciText.column);
    const around = text === undefined ? undefined : parsePlusMinus(text);
    if (around !== undefined) {
      const [minus, plus] = around.map((n) => scaled(n, spec.ciText?.scale ?? 1));
      draft.ci = [scaled(draft.value - (minus ?? 0), 1), scaled(draft.value + (plus ?? 0), 1)];
    } else if (text !== undefined)
      draft.warnings.push(`interval '${text}' in column '${spec.ciText.column}' is not +a/-b; left out`);
  }
  const sd = number(spec.sd?.column, "standard deviation");
  if (sd !== undefined && spec.sd)
    draft.notes.push(`standard deviation ${scaled(sd, spec.sd.scale)} (Epoch's "${spec.sd.column}")`);
}

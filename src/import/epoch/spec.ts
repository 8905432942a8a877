import type { Benchmark } from "../../core/schema/index.js";

/** A numeric column and the factor that turns its values into the benchmark's unit (0.42 × 100 = 42 %). */
export interface ScaledColumn {
  column: string;
  scale: number;
}

/** A column whose text goes into a score's note, with the label it is shown under. */
export interface NoteColumn {
  column: string;
  label: string;
}

/** How one Epoch CSV file maps onto muse: which benchmark, and what each column means. */
export interface FileSpec {
  /** The muse benchmark every row of the file is a score on. */
  benchmark: Benchmark;
  /** Epoch's own evaluation runs, or figures Epoch compiled from other leaderboards and reports. */
  origin: "epoch-run" | "external";
  /** The headline score. */
  score: ScaledColumn;
  /** A standard error of the score. */
  stderr?: ScaledColumn;
  /** A confidence interval given as two columns. */
  ci?: { low: string; high: string; scale: number };
  /** A confidence interval given as text such as `+11/-9` around the score. */
  ciText?: ScaledColumn;
  /** A standard deviation (not an error of the mean): kept in the note. */
  sd?: ScaledColumn;
  /** Setting columns: agent harness or scaffold, tools available, few-shot examples. */
  harness?: string;
  tools?: string;
  shots?: string;
  /** Setting every row of the file shares (e.g. the harness of a leaderboard that runs one agent). */
  fixed?: { harness?: string };
  /** Columns that tell re-runs apart (run dates, start times, versions), in order of preference. */
  runs: string[];
  /** Columns holding a link to the row's evidence (log viewer, logs, leaderboard), in order of preference. */
  urls: string[];
  /** Columns whose text is added to the note. */
  notes: NoteColumn[];
  /** Epoch's record id column, the last resort for telling rows apart. */
  recordId?: string;
  /** A display-name column used as the model when "Model version" is empty. */
  name?: string;
  /** A column with a better model display name (e.g. ECI's `Model name`). */
  modelName?: string;
  /** Columns known in the April 2026 release that the import reads for nothing or only for models. */
  ignored: string[];
}

/** Columns almost every Epoch file has; the import reads some of them for model records. */
export const COMMON_COLUMNS = [
  "Model version",
  "Release date",
  "Organization",
  "Country",
  "Training compute (FLOP)",
  "Training compute notes",
  "Model accessibility",
] as const;

/** The note columns almost every external file has. */
export const COMMON_NOTES: NoteColumn[] = [
  { column: "Notes", label: "Epoch's note" },
  { column: "Source", label: "reported by" },
];

/** Every column name a spec reads or knowingly ignores. */
export function knownColumns(spec: FileSpec): Set<string> {
  const names: (string | undefined)[] = [
    ...COMMON_COLUMNS,
    spec.score.column,
    spec.stderr?.column,
    spec.ci?.low,
    spec.ci?.high,
    spec.ciText?.column,
    spec.sd?.column,
    spec.harness,
    spec.tools,
    spec.shots,
    spec.recordId,
    spec.name,
    spec.modelName,
    ...spec.runs,
    ...spec.urls,
    ...spec.notes.map((n) => n.column),
    ...spec.ignored,
  ];
  return new Set(names.filter((n): n is string => n !== undefined));
}

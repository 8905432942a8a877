import { type Command, Option } from "commander";
import { CONDITION_KEYS, CONFIGURATION_KEYS } from "../../core/compare/conditions.js";
import type { GroupChoice } from "../../core/compare/groups.js";
import { headToHead } from "../../core/compare/head-to-head.js";
import { buildLines } from "../../core/compare/lines.js";
import { PRECEDENCE_TEXT, type Prefer, preferName } from "../../core/compare/precedence.js";
import { PER_MODEL, rankBenchmark } from "../../core/compare/rank-benchmark.js";
import { defaultBaseline } from "../../core/compare/ranking.js";
import { UsageError } from "../../core/errors.js";
import { narrowStore } from "../../core/query.js";
import { CATEGORIES, SETTING_KEYS } from "../../core/schema/vocabulary.js";
import type { Store } from "../../core/store.js";
import { matrixReport } from "../../render/reports/compare-matrix.js";
import { headToHeadReport } from "../../render/reports/compare-pair.js";
import { rankingReport } from "../../render/reports/compare-ranking.js";
import type { Display } from "../../render/reports/display.js";
import type { Report } from "../../render/view.js";
import { type ActionFactory, collectList, collectRepeat, examples } from "../action.js";
import { withDataReleases } from "../data-releases.js";
import { addProvenanceOptions, provenanceFilter } from "../provenance-flags.js";
import {
  type CompareOptions,
  parseLimit,
  parsePrefer,
  parseSettingChoice,
  selectBenchmarks,
  settingFilter,
  uniqueIds,
} from "./compare-options.js";

/** `muse compare`: rank models on a benchmark, or set models against each other, never mixing settings. */
export function registerCompare(program: Command, action: ActionFactory): void {
  const command = program
    .command("compare")
    .description("rank models on a benchmark (--bench) or compare models head to head (--models)")
    .option(
      "-b, --bench <ids>",
      "benchmarks to rank, or to narrow --models to (repeatable, comma-separated)",
      collectList,
    )
    .option("-m, --models <ids>", "two models: head to head; three or more: a matrix (comma-separated)", collectList)
    .addOption(new Option("--category <category>", "only benchmarks of this category").choices(CATEGORIES))
    .option(
      "--baseline <model>",
      "the model Δ is measured against (default: the registry's default_baseline model where scored, else the leader)",
    )
    .option(
      "--setting <key=value>",
      "a test condition (tools, attempts, shots) picks that group; a configuration key (effort, mode...) keeps only rows with it (repeatable; `default` = no conditions)",
      collectRepeat,
    )
    .option("--all-settings", "rank every group of test conditions, each as its own section")
    .option(
      "--prefer <rule>",
      "which source wins when several give a value: first-party, third-party, latest, or a source id",
    )
    .option(
      "--limit <n>",
      "rows per ranking (0: all; default in a terminal table: 20, plus the baseline's row; elsewhere all)",
    )
    .addOption(
      new Option("--per-model <which>", "every configuration of a model, or only its best one").choices(PER_MODEL),
    )
    .option("--model <id>", "with --by: the model whose values along a setting key are shown")
    .addOption(
      new Option("--by <key>", "one model's values against each value of a setting key, Δ per step").choices(
        SETTING_KEYS,
      ),
    );
  addProvenanceOptions(command)
    .addHelpText(
      "after",
      `${examples([
        "muse compare --bench arc-agi-2",
        "muse compare --bench humanitys-last-exam --all-settings",
        "muse compare --bench humanitys-last-exam --setting tools=none",
        "muse compare --bench gdpval-aa --prefer first-party --json | jq '.rows[] | {model, value, alternatives}'",
        "muse compare --bench gpqa-diamond --source-kind third-party --per-model best --limit 10",
        "muse compare --models muse-spark,gpt-5.4",
        "muse compare --bench hle --model muse-spark --by agents --format chart",
        "muse compare --models muse-spark,gpt-5.4,gemini-3.1-pro --category health --format markdown",
      ])}
A setting has two parts. Test conditions (${CONDITION_KEYS.join(", ")}) change the test itself:
scores under different conditions are never ranked together. A ranking shows the group of
conditions that the most distinct models share; the footer names the others. Configuration
(${CONFIGURATION_KEYS.join(", ")}) is how the system under test was run:
rows with different configurations are ranked together, each with its Config shown, so one
model may have several rows; Δ is against the baseline model's plainest configuration (fewest
configuration keys). With --models, a line is one benchmark under one set of conditions and
each model's cell its plainest configuration there; its other configurations are listed
below the table, not compared.

When several sources give a value for the same model, benchmark and setting, one is shown, by precedence:
${PRECEDENCE_TEXT}. --prefer first-party puts the maker's claims first, --prefer latest the latest
publication, --prefer SOURCE-ID that source. The other values appear as footnotes (JSON: alternatives).
Values that agree within their stated uncertainty or their rounding (58 covers 57.5 to 58.5) do not disagree.
`,
    )
    .addHelpText("after", "\nDocumentation: docs/comparing.md\n")
    .action(
      action(async (ctx, opts: CompareOptions) => {
        const all = await ctx.store();
        const store = narrowStore(all, provenanceFilter(all, opts));
        const limit = parseLimit(opts.limit, ctx.interactiveTable());
        return { kind: "report", report: withDataReleases(await compare(store, opts, ctx.display(), limit), store) };
      }),
    );
}

/** Runs the comparison the options ask for: a ranking, a head-to-head or a matrix (rankings cut to `limit` rows). */
export async function compare(store: Store, opts: CompareOptions, display?: Display, limit?: number): Promise<Report> {
  const prefer = parsePrefer(store, opts.prefer);
  const choice = await parseSettingChoice(opts.setting, opts.allSettings);
  if (opts.by !== undefined || opts.model !== undefined) return compareBy(store, opts, prefer, choice, display);
  if (opts.models?.length) {
    const models = uniqueIds(opts.models, (m) => store.resolveModel(m));
    if (models.length < 2)
      throw new UsageError("--models needs two or more different models (for one, try muse show ID)");
    if (opts.allSettings)
      throw new UsageError("--all-settings applies to --bench rankings; --models shows every setting");
    const benchmarks = selectBenchmarks(store, opts.bench, opts.category);
    const lines = buildLines(store, models, benchmarks, prefer, settingFilter(choice));
    if (models.length === 2) {
      if (opts.baseline !== undefined) throw new UsageError("with two models Δ is first minus second; drop --baseline");
      const pair = [models[0], models[1]] as [string, string];
      return headToHeadReport(store, pair, headToHead(lines), preferName(prefer), display);
    }
    const baseline = matrixBaseline(store, models, opts.baseline);
    return matrixReport(store, models, lines, baseline, preferName(prefer), display);
  }
  if (!opts.bench?.length && opts.category === undefined) {
    throw new UsageError("say what to compare: --bench ID (a ranking) or --models A,B (head to head)");
  }
  const benchmarks = selectBenchmarks(store, opts.bench, opts.category);
  const baseline = opts.baseline === undefined ? undefined : store.resolveModel(opts.baseline).id;
  if (
    baseline !== undefined &&
    !benchmarks.some((b) => store.scoresOfBenchmark(b.id).some((s) => s.model === baseline))
  ) {
    throw new UsageError(`${baseline} has no score on ${benchmarks.map((b) => b.id).join(", ")}`);
  }
  const results = benchmarks.map((b) => rankBenchmark(store, b, prefer, choice, baseline, opts.perModel));
  if (choice.kind === "setting" && results.every((r) => r.rankings.length === 0)) {
    const available = [...new Set(results.flatMap((r) => r.others.map((g) => g.key || "default")))];
    throw new UsageError(`no scores under that setting; there are: ${available.join("; ") || "none"}`);
  }
  return rankingReport(store, results, preferName(prefer), baseline, display, limit);
}

/** `--bench X --model M --by KEY`: one model's values along a setting key. */
async function compareBy(
  store: Store,
  opts: CompareOptions,
  prefer: Prefer,
  choice: GroupChoice,
  display?: Display,
): Promise<Report> {
  if (opts.by === undefined || opts.model === undefined || opts.bench?.length !== 1) {
    throw new UsageError(
      "--by KEY goes with one --bench and one --model (e.g. --bench hle --model muse-spark --by agents)",
    );
  }
  if (opts.models?.length || opts.allSettings || opts.baseline !== undefined || opts.category !== undefined) {
    throw new UsageError("--by takes --bench, --model, --setting and --prefer only");
  }
  const { parseSettingKey, seriesBySetting } = await import("../../core/compare/by-setting.js");
  const { bySettingReport } = await import("../../render/reports/compare-by.js");
  const key = parseSettingKey(opts.by);
  const benchmark = store.resolveBenchmark(opts.bench[0] as string);
  const model = store.resolveModel(opts.model);
  const series = seriesBySetting(store, benchmark, model, key, prefer, settingFilter(choice));
  return bySettingReport(store, series, preferName(prefer), display);
}

function matrixBaseline(store: Store, models: readonly string[], requested: string | undefined): string {
  if (requested === undefined) {
    const preferred = defaultBaseline(store);
    return preferred !== undefined && models.includes(preferred) ? preferred : (models[0] as string);
  }
  const id = store.resolveModel(requested).id;
  if (!models.includes(id)) throw new UsageError(`--baseline ${id} is not one of --models ${models.join(",")}`);
  return id;
}

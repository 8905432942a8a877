import type { Command } from "commander";
import { diffScores, summarizeDiff } from "../../core/diff.js";
import { diffReport } from "../../render/reports/diff.js";
import { diffSummaryReport } from "../../render/reports/diff-summary.js";
import { type ActionFactory, examples } from "../action.js";
import { registryDirs } from "../registry-paths.js";

/** `muse diff OLD NEW`: the scores added, removed and changed between two registry directories. */
export function registerDiff(program: Command, action: ActionFactory): void {
  program
    .command("diff")
    .description("show the scores added, removed and changed between two registries (e.g. two Epoch imports)")
    .argument("<old>", "the earlier registry directory (`default` = bundled)")
    .argument("<new>", "the later registry directory (`default` = bundled)")
    .option("--summary", "one line per benchmark: how many scores were added, removed, changed and unchanged")
    .addHelpText(
      "after",
      examples([
        "muse diff ./epoch-2026-03 ./epoch-2026-04",
        "muse diff ./epoch-2026-03 ./epoch-2026-04 --json | jq '.changed[] | select(.benchmark == \"gpqa-diamond\")'",
        "muse diff default ./my-registry --format markdown",
        "muse diff ./epoch-2026-03 ./epoch-2026-04 --summary",
      ]) +
        "\nA score is the same score in both when source, model, benchmark and setting match; it has changed when\nits value, uncertainty, approx flag, printed name, note or link differ. A score that only gained or lost\na run label (an import labels re-runs once a second figure of one model and setting appears) is the\nsame score. With --registry, OLD and NEW are each layered over those registries; without, each is read\non its own.\n",
    )
    .addHelpText("after", "\nDocumentation: docs/importing.md\n")
    .action(
      action(async (ctx, oldDir: string, newDir: string, opts: { summary?: boolean }) => {
        const base = ctx.globals.registry ?? [];
        const load = (dir: string) => ctx.storeOf(registryDirs([...base, dir], ctx.io.env, ctx.io.cwd));
        const [before, after] = await Promise.all([load(oldDir), load(newDir)]);
        const diff = diffScores(before.scores, after.scores);
        if (opts.summary === true) return { kind: "report", report: diffSummaryReport(summarizeDiff(diff)) };
        return { kind: "report", report: diffReport(diff, before, after) };
      }),
    );
}

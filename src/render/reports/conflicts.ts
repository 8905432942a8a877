import { claimKindOf } from "../../core/claims/kind.js";
import type { Conflict } from "../../core/conflicts.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import type { Store } from "../../core/store.js";
import { formatScore } from "../format-value.js";
import { type Cell, cell, type Report } from "../view.js";
import { FootnoteBook, formatDifference, unitOf } from "./compare-parts.js";
import { inferredJson, inferredNote } from "./inferred.js";

/** The `conflicts` report: a JSON array with one object per disagreeing identity; a table row per value. */
export function conflictsReport(store: Store, conflicts: readonly Conflict[]): Report {
  const book = new FootnoteBook(store);
  const rows: Cell[][] = [];
  const json = conflicts.map((conflict) => {
    const first = conflict.scores[0];
    if (first === undefined) throw new Error("a conflict has at least two scores");
    const unit = unitOf(store, first.benchmark);
    const decimals = Math.max(...conflict.scores.map((s) => s.decimals));
    const difference = Number(conflict.spread.toFixed(decimals));
    for (const s of conflict.scores) {
      rows.push([
        cell(s.model),
        cell(s.benchmark),
        cell(describeSetting(s.setting, s.inferred), settingKey(s.setting)),
        cell(formatScore(s, unit), s.value),
        { text: s.source, refs: [book.source(s.source)] },
        cell(claimKindOf(store.sources.get(s.source))),
        cell(formatDifference(difference, decimals).replace(/^\+/, ""), difference, "warn"),
      ]);
    }
    return {
      model: first.model,
      benchmark: first.benchmark,
      setting: { ...first.setting },
      unit,
      difference,
      values: conflict.scores.map((s) => ({
        value: s.value,
        decimals: s.decimals,
        setting: { ...s.setting },
        inferred: inferredJson(s),
        source: s.source,
        source_kind: claimKindOf(store.sources.get(s.source)),
        published: store.sources.get(s.source)?.published ?? null,
        stderr: s.stderr ?? null,
        ci: s.ci ? [s.ci[0], s.ci[1]] : null,
        approx: s.approx ?? false,
      })),
    };
  });
  const n = conflicts.length;
  const notes =
    n === 0
      ? ["No conflicts: every score given by several sources agrees within uncertainty and rounding."]
      : [
          `${n} score${n === 1 ? "" : "s"} on which sources disagree beyond uncertainty and rounding.`,
          ...inferredNote(conflicts.flatMap((c) => c.scores)),
        ];
  return {
    json,
    view: {
      sections: [
        {
          columns: [
            { key: "model", header: "Model" },
            { key: "benchmark", header: "Benchmark" },
            { key: "setting", header: "Setting" },
            { key: "value", header: "Value", align: "right" },
            { key: "source", header: "Source" },
            { key: "source_kind", header: "Kind" },
            { key: "difference", header: "Difference", align: "right" },
          ],
          rows,
        },
      ],
      footnotes: book.footnotes,
      notes,
    },
  };
}

// Formats the bench's one table: each figure, its baseline from the same run, the ratio, target and verdict.

/** Milliseconds as text: `83 ms`, `2.41 s`. */
export const ms = (v) =>
  v === null || v === undefined ? "n/a" : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`;
/** KiB as MiB text. */
export const mib = (kib) => (kib === null || kib === undefined ? "n/a" : `${(kib / 1024).toFixed(0)} MiB`);
/** A ratio as text: `1.23×`. */
export const ratio = (a, b) =>
  a === null || b === null || a === undefined || b === undefined || b === 0 ? "n/a" : `${(a / b).toFixed(2)}×`;

/**
 * Renders rows of { figure, value, baselineName, baseline, ratio, target, pass } as an aligned text table.
 * `pass` is true, false, or null (no target); skipped rows carry `skipped: reason`.
 */
export function renderTable(rows) {
  const header = ["figure", "muse", "baseline (same run)", "ratio", "target", "result"];
  const verdict = (pass) => (pass === null || pass === undefined ? "" : pass ? "PASS" : "FAIL");
  const lines = rows.map((r) =>
    r.skipped
      ? [r.figure, "skipped", r.skipped, "", r.target ?? "", "skip"]
      : [
          r.figure,
          r.value,
          r.baselineName ? `${r.baselineName} ${r.baseline ?? ""}`.trim() : "",
          r.ratio ?? "",
          r.target ?? "",
          verdict(r.pass),
        ],
  );
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((l) => String(l[i]).length)));
  const right = new Set([1, 3]);
  const fmt = (l) =>
    l
      .map((c, i) => (right.has(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [fmt(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(fmt)].join("\n");
}

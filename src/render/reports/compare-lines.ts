import { configurationOf } from "../../core/compare/conditions.js";
import type { Line } from "../../core/compare/lines.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import { type Cell, cell } from "../view.js";

/**
 * The Setting cell of a head-to-head or matrix line: its conditions, then each compared model's
 * configuration where it has one (`tools=none; gpt-5.4: effort=xhigh`).
 */
export function lineSettingCell(line: Line, models: readonly string[]): Cell {
  const configs = line.cells.flatMap((shown, i) => {
    if (shown === undefined) return [];
    const configuration = configurationOf(shown.score.setting);
    const key = settingKey(configuration);
    const text = `${models[i]}: ${describeSetting(configuration, shown.score.inferred)}`;
    return key === "" ? [] : [{ text, raw: `${models[i]}: ${key}` }];
  });
  const text = [describeSetting(line.setting), ...configs.map((c) => c.text)].join("; ");
  // Machine formats (CSV) keep the configurations too: `tools=none; gpt-5.4: effort=xhigh`, `` for none at all.
  const raw = [settingKey(line.setting), ...configs.map((c) => c.raw)].filter((part) => part !== "").join("; ");
  return cell(text, raw);
}

/** A note listing the configurations a line did not compare, so nothing is left out silently. */
export function unshownNote(lines: readonly Line[]): string[] {
  const items = lines.flatMap((line) =>
    line.unshown.map(
      (c) => `${c.score.model} on ${line.benchmark.id} (${describeSetting(c.score.setting, c.score.inferred)})`,
    ),
  );
  if (items.length === 0) return [];
  return [
    `Also scored under other configurations, not compared here (see muse compare --bench ID --all-settings): ${items.join("; ")}.`,
  ];
}

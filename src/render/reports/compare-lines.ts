import { configurationOf } from "../../core/compare/conditions.js";
import type { Line } from "../../core/compare/lines.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import { type Cell, cell } from "../view.js";

/**
 * The Setting cell of a head-to-head or matrix line: its conditions, then each compared model's
 * configuration where it has one (`tools=none; gpt-5.4: effort=xhigh`).
 */
export function lineSettingCell(line: Line, models: readonly string[]): Cell {
  const configs = line.cells.flatMap((claim, i) => {
    if (claim === undefined) return [];
    const key = settingKey(configurationOf(claim.score.setting));
    return key === "" ? [] : [`${models[i]}: ${describeSetting(configurationOf(claim.score.setting))}`];
  });
  const text = [describeSetting(line.setting), ...configs].join("; ");
  return cell(text, settingKey(line.setting));
}

/** A note listing the configurations a line did not compare, so nothing is left out silently. */
export function unshownNote(lines: readonly Line[]): string[] {
  const items = lines.flatMap((line) =>
    line.unshown.map((c) => `${c.score.model} on ${line.benchmark.id} (${describeSetting(c.score.setting)})`),
  );
  if (items.length === 0) return [];
  return [
    `Also scored under other configurations, not compared here (see muse compare --bench ID --all-settings): ${items.join("; ")}.`,
  ];
}

import { configurationOf } from "../../core/compare/conditions.js";
import type { Line } from "../../core/compare/lines.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import type { Store } from "../../core/store.js";
import { type Cell, cell } from "../view.js";
import { benchmarkLabel, type Display, modelLabel } from "./display.js";

/**
 * The Setting cell of a head-to-head or matrix line: its conditions, then each compared model's
 * configuration where it has one (`tools=none; GPT-5.4: effort=xhigh`); `names` are the models as shown.
 */
export function lineSettingCell(line: Line, names: readonly string[]): Cell {
  const configs = line.cells.flatMap((shown, i) => {
    if (shown === undefined) return [];
    const configuration = configurationOf(shown.score.setting);
    return settingKey(configuration) === ""
      ? []
      : [`${names[i]}: ${describeSetting(configuration, shown.score.inferred)}`];
  });
  return cell([describeSetting(line.setting), ...configs].join("; "));
}

/** A note listing the configurations a line did not compare, so nothing is left out silently. */
export function unshownNote(store: Store, lines: readonly Line[], display: Display): string[] {
  const items = lines.flatMap((line) =>
    line.unshown.map(
      (c) =>
        `${modelLabel(store, c.score.model, display)} on ${benchmarkLabel(store, line.benchmark.id, display)} (${describeSetting(c.score.setting, c.score.inferred)})`,
    ),
  );
  if (items.length === 0) return [];
  return [`Also scored under other configurations, not compared here: ${items.join("; ")}.`];
}

/** The command that shows the configurations a comparison leaves out (a terminal hint, not for documents). */
export const ALL_SETTINGS_HINT = "See every configuration with muse compare --bench ID --all-settings.";

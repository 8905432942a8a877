// The typed series a chart is drawn from. Reports build them from the results they already hold (never by
// parsing rendered text); the terminal, SVG and Mermaid renderers only draw them.
import type { Unit } from "../../core/schema/index.js";

/** Who stands behind a figure, as a chart tells them apart: the maker's claim or a third party's measurement. */
export type Origin = "claim" | "measurement";

/** A value with what a chart shows of it: its published text, its uncertainty whisker and its origin. */
export interface Mark {
  value: number;
  /** The value as the tables show it, with unit and uncertainty: `42.5%`, `~58.5%`, `89.8% ±2.2`. */
  text: string;
  /** The whisker's ends, where the source states an uncertainty (its interval, else ± its standard error). */
  low?: number;
  high?: number;
  origin: Origin;
}

/** One bar of a bar panel: a label (model and configuration, or a setting value) and its mark. */
export interface Bar extends Mark {
  label: string;
  /** The row Δ is measured against. */
  baseline: boolean;
}

/** One step of a line over time: the date it was set, the label of what set it, and its mark. */
export interface Step extends Mark {
  date: string;
  label: string;
}

/** What every panel has: a title, a line under it, the unit of its value axis and the benchmark's direction. */
interface PanelBase {
  title: string;
  subtitle?: string;
  unit: Unit;
  higherIsBetter: boolean;
}

/** Horizontal bars, one per row, in the order given. */
export interface BarPanel extends PanelBase {
  kind: "bars";
  bars: Bar[];
}

/** A step line: the best value so far, stepping up (or down) at each date. */
export interface StepPanel extends PanelBase {
  kind: "steps";
  steps: Step[];
}

/** One panel of a chart. */
export type Panel = BarPanel | StepPanel;

/** Everything a chart format draws: its panels, then the credit lines (sources, data licences). */
export interface ChartData {
  panels: Panel[];
  credits: string[];
}

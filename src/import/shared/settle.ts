import type { Benchmark } from "../../core/schema/index.js";
import { uniqueId } from "./ids.js";

/**
 * Chooses the benchmark record scores go to: the base registry's when it has the same id and unit
 * (so layering keeps it), the importer's otherwise; two different benchmarks never share an id (a
 * clash of units gets `<prefix>-<id>` and a warning).
 */
export class BenchmarkSettler {
  private readonly chosen = new Map<string, Benchmark>();

  constructor(
    private readonly base: ReadonlyMap<string, Benchmark>,
    private readonly prefix: string,
  ) {}

  /** The benchmark for `wanted`, and a warning when its id had to change. */
  settle(wanted: Benchmark): { benchmark: Benchmark; warning?: string } {
    const taken = this.chosen.get(wanted.id) ?? this.base.get(wanted.id);
    if (taken === undefined || taken.unit === wanted.unit) {
      const benchmark = taken ?? wanted;
      this.chosen.set(benchmark.id, benchmark);
      return { benchmark };
    }
    const id = uniqueId(`${this.prefix}-${wanted.id}`, new Set([...this.chosen.keys(), ...this.base.keys()]));
    const benchmark = { ...wanted, id };
    this.chosen.set(id, benchmark);
    const warning = `benchmark '${wanted.id}' is in ${wanted.unit} here but the registry's is in ${taken.unit}; imported as '${id}'`;
    return { benchmark, warning };
  }

  /** Every benchmark chosen so far, by id. */
  records(): Benchmark[] {
    return [...this.chosen.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}

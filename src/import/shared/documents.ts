import type { Benchmark, Model, RegistryFile } from "../../core/schema/index.js";

/** The registry an import maps onto (usually the bundled one): its benchmarks and models. */
export interface BaseRegistry {
  benchmarks: Iterable<Benchmark>;
  models: Iterable<Model>;
}

/** A registry file an import produces: its path inside the output directory and its content. */
export interface RegistryDocument {
  path: string;
  content: RegistryFile;
}

/** A record without the `origin` a loaded registry adds to it, so that it can be written back as it was. */
export function withoutOrigin<T extends object>(record: T): T {
  const { origin: _origin, ...rest } = record as T & { origin?: unknown };
  return rest as T;
}

/** Sorts records by id in place (code-point order, as every written file lists them) and returns the list. */
export const sortById = <T extends { id: string }>(list: T[]): T[] => list.sort((a, b) => (a.id < b.id ? -1 : 1));

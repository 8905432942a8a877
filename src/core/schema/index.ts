/** The registry schema: zod schemas and the types derived from them. */
export * from "./benchmark.js";
export * from "./file.js";
export * from "./id.js";
export * from "./model.js";
export * from "./score.js";
export * from "./setting.js";
export * from "./source.js";

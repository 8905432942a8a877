import { z } from "zod";
import { registryFileSchema, sourceSchema } from "./schema/index.js";

/** Where the committed copy of the JSON Schema lives, relative to the package root. */
export const JSON_SCHEMA_PATH = "schema/registry.schema.json";

type JsonObject = Record<string, unknown>;

/**
 * The registry file's JSON Schema (draft-07), generated from the zod schemas in input mode, so that
 * fields with defaults are optional, as they are to a person writing the file.
 */
export function registryJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(registryFileSchema, {
    target: "draft-07",
    io: "input",
    override: ({ zodSchema, jsonSchema }) => {
      // zod's refine has no JSON Schema form; this one (press names whose figures it repeats) does.
      if (zodSchema === sourceSchema) Object.assign(jsonSchema, pressRepeatsRule());
    },
  }) as JsonObject;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $comment: "Generated from src/core/schema by `npm run schema` (or `muse schema`); do not edit by hand.",
    title: "muse registry file",
    ...rest,
  };
}

/** The schema as the text `muse schema` prints and `schema/registry.schema.json` holds. */
export function registryJsonSchemaText(): string {
  return `${JSON.stringify(registryJsonSchema(), null, 2)}\n`;
}

/** `kind: press` requires `repeats`, expressed as draft-07 `if`/`then`. */
function pressRepeatsRule(): JsonObject {
  return {
    if: { properties: { kind: { const: "press" } }, required: ["kind"] },
    // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a thenable
    then: { required: ["repeats"] },
  };
}

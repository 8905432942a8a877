import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import schema020 from "./schemas/eval-0.2.0.schema.json" with { type: "json" };
import schema021 from "./schemas/eval-0.2.1.schema.json" with { type: "json" };
import schema022 from "./schemas/eval-0.2.2.schema.json" with { type: "json" };
import schema030 from "./schemas/eval-0.3.0.schema.json" with { type: "json" };

/** The Every Eval Ever schema versions muse reads, oldest first; 0.2.3 differs from 0.3.0 only in its number. */
export const EEE_VERSIONS = ["0.2.0", "0.2.1", "0.2.2", "0.2.3", "0.3.0"] as const;

const SCHEMAS: Readonly<Record<(typeof EEE_VERSIONS)[number], object>> = {
  "0.2.0": schema020,
  "0.2.1": schema021,
  "0.2.2": schema022,
  "0.2.3": schema030,
  "0.3.0": schema030,
};

/** One way a record breaks its schema: where in the record, which schema rule, and what it says. */
export interface SchemaViolation {
  /** JSON pointer into the record (`/model_info/additional_details`), `""` for the record itself. */
  at: string;
  /** JSON pointer into the schema of the rule that failed (`#/$defs/model_info/required`). */
  schemaPath: string;
  message: string;
}

/** The result of checking one record: its version and what breaks it (empty when it is valid). */
export interface SchemaCheck {
  version: string;
  violations: SchemaViolation[];
}

const compiled = new Map<object, ValidateFunction>();
let ajv: Ajv | undefined;

/** The compiled validator of one schema, compiled on first use (a schema takes about 0.1 s to compile). */
function validatorOf(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    // `strict: false`: the schemas carry a top-level `version` keyword that is not JSON Schema vocabulary.
    ajv ??= new Ajv({ allErrors: true, strict: false });
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/**
 * Checks a parsed record against the Every Eval Ever schema of the version it declares
 * (`schema_version`); a version muse does not know is itself a violation.
 */
export function checkEeeRecord(record: unknown): SchemaCheck {
  const declared =
    typeof record === "object" && record !== null ? (record as { schema_version?: unknown }).schema_version : undefined;
  const version = typeof declared === "string" ? declared : "";
  const schema = (SCHEMAS as Record<string, object>)[version];
  if (schema === undefined) {
    const shown = typeof declared === "string" ? `'${declared}'` : "missing";
    return {
      version,
      violations: [
        {
          at: "/schema_version",
          schemaPath: "#/properties/schema_version",
          message: `schema_version ${shown}: muse reads ${EEE_VERSIONS[0]} to ${EEE_VERSIONS[EEE_VERSIONS.length - 1]}`,
        },
      ],
    };
  }
  const validate = validatorOf(schema);
  if (validate(record)) return { version, violations: [] };
  return { version, violations: (validate.errors ?? []).map(violationOf) };
}

function violationOf(error: ErrorObject): SchemaViolation {
  const extra =
    error.keyword === "additionalProperties"
      ? ` ('${String((error.params as { additionalProperty?: unknown }).additionalProperty)}')`
      : "";
  return { at: error.instancePath, schemaPath: error.schemaPath, message: `${error.message ?? "is invalid"}${extra}` };
}

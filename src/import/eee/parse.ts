import type { EeeRecord } from "./record.js";
import type { SchemaCheck } from "./schema-check.js";

/**
 * Checks a parsed record against the schema of its version: `checkEeeRecord` of schema-check.ts, which callers
 * load with `import()` (the build puts it and the JSON Schema validator in a file of their own, read only then).
 */
export type EeeChecker = (record: unknown) => SchemaCheck;

/** A record file read and checked: the record, or why it cannot be imported (each schema violation). */
export type ParsedRecord = { ok: true; record: EeeRecord; version: string } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 20;

/**
 * Parses the text of one Every Eval Ever aggregate record (`<uuid>.json`) and checks it against the
 * schema of its `schema_version`. Each violation names where in the record it is and the schema rule
 * that failed (`at /model_info/additional_details: must have required property 'deployment_type'
 * (schema 0.3.0 #/$defs/model_info/properties/additional_details/required)`).
 */
export function parseEeeRecord(text: string, checkEeeRecord: EeeChecker): ParsedRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, problems: ["not an Every Eval Ever record (a JSON object)"] };
  const check = checkEeeRecord(json);
  if (check.violations.length === 0) {
    const record = json as EeeRecord;
    const bad = record.evaluation_results.findIndex((r) => !Number.isFinite(r.score_details.score));
    if (bad >= 0) return { ok: false, problems: [`evaluation_results[${bad}].score_details.score is not finite`] };
    return { ok: true, record, version: check.version };
  }
  const problems = check.violations.slice(0, MAX_PROBLEMS).map((v) => {
    const schema = check.version === "" ? "" : ` (schema ${check.version} ${v.schemaPath})`;
    return `at ${v.at === "" ? "/" : v.at}: ${v.message}${schema}`;
  });
  if (check.violations.length > MAX_PROBLEMS)
    problems.push(`and ${check.violations.length - MAX_PROBLEMS} more schema violations`);
  return { ok: false, problems };
}

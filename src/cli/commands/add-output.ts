import type { CommandOutput, Context } from "../context.js";

/** What `muse add --json` prints: what was added, where, and the line a terminal shows. */
export interface AddedJson {
  added: "score" | "source";
  source: string;
  file: string;
  message: string;
  [field: string]: unknown;
}

/** The output of an add: the confirmation line, or with `--json` (`--format json`) one JSON object. */
export function addedOutput(ctx: Context, json: AddedJson): CommandOutput {
  if (ctx.format() !== "json") return { kind: "text", text: `${json.message}\n` };
  return { kind: "report", report: { json, view: { sections: [], notes: [json.message] } } };
}

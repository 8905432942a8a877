/**
 * Splits a model reference as evaluation tools write it into the model's name and, where the path
 * says, who made it: `meta-llama/Llama-3.1-8B` → Llama-3.1-8B by meta-llama; a local path
 * (`/models/llama-8b/`, `./ckpt`) gives only its last part.
 */
export function splitModelPath(reference: string): { name: string; org?: string } {
  const trimmed = reference.trim().replace(/\/+$/, "");
  const parts = trimmed.split("/").filter((p) => p !== "");
  const name = parts.at(-1) ?? trimmed;
  const local = /^(\/|\.{1,2}\/|~)/.test(trimmed) || /^[A-Za-z]:\\/.test(trimmed);
  const org = !local && parts.length >= 2 ? parts.at(-2) : undefined;
  return org === undefined ? { name } : { name, org };
}

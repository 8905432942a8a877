import type { z } from "zod";
import { loadRegistryWithEdits } from "../../core/edit/load-with-edits.js";
import { formatProblem, RegistryError, UsageError } from "../../core/errors.js";
import type { Context } from "../context.js";

/** The registry directories named with --registry; the commands that write refuse to guess one. */
export function explicitRegistryDirs(ctx: Context, command: string): string[] {
  if (!ctx.globals.registry?.length) {
    throw new UsageError(
      `${command} needs --registry DIR, the registry to write into (MUSE_REGISTRY and the bundled data are never written by default)`,
    );
  }
  return ctx.registryDirs();
}

/** Validates the registry as it would be after the edits; a problem is a usage error and nothing is written. */
export async function checkEditedRegistry(dirs: readonly string[], edits: ReadonlyMap<string, string>): Promise<void> {
  try {
    await loadRegistryWithEdits(dirs, edits);
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    const problems = error.problems.map(formatProblem).join("; ");
    throw new UsageError(`the registry would be invalid after this change, so nothing was written: ${problems}`);
  }
}

/** Turns a failed zod check of a record built from options into a usage error naming the option. */
export function rejectInvalid(result: z.ZodSafeParseResult<unknown>, optionOf: Record<string, string>): void {
  if (result.success) return;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join(".") ?? "";
  const option = optionOf[field] ?? optionOf[String(issue?.path[0] ?? "")] ?? field;
  throw new UsageError(`${option}: ${issue?.message ?? "invalid"}`);
}

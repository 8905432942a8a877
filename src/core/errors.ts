/** A problem found in a registry file, located by 1-based line and column. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
}

/** Formats a problem as `file:line:col: message`, the form editors and CI logs link. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

/** The base class of every error muse expects and explains to its user. */
export class MuseError extends Error {
  override name = "MuseError";
}

/** The user asked for something that does not exist or cannot be done (bad flag, unknown id). */
export class UsageError extends MuseError {
  override name = "UsageError";
  constructor(
    message: string,
    readonly suggestions: readonly string[] = [],
  ) {
    super(suggestions.length > 0 ? `${message} (did you mean ${suggestions.join(", ")}?)` : message);
  }
}

/** The registry is invalid; carries every problem found, not just the first. */
export class RegistryError extends MuseError {
  override name = "RegistryError";
  constructor(readonly problems: readonly Problem[]) {
    super(`invalid registry: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  }
}

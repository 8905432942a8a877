/** Plain words for the file-system error codes a user can meet, so that messages say what went wrong. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "not found",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "is a directory",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EIO: "input/output error",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files",
  EEXIST: "already exists",
  EBUSY: "resource busy",
  EXDEV: "on another file system",
  ENOTEMPTY: "directory not empty",
  EFBIG: "file too large",
};

/** The error of a failed file-system call, with its code (`EACCES`), as Node raises it. */
export type FsError = Error & { code: string; syscall?: string; path?: string };

/** Whether `error` is a failed file-system or stream call with an error code. */
export function isFsError(error: unknown): error is FsError {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code);
}

/** A failure's reason in words with its code: `permission denied (EACCES)`; an error without a code, its message. */
export function fsReason(error: unknown): string {
  if (!isFsError(error)) return error instanceof Error ? error.message : String(error);
  const words = REASONS[error.code];
  return words === undefined ? error.code : `${words} (${error.code})`;
}

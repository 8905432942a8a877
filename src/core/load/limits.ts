// Limits on registry files, apart from the parser so that reading a file does not load the YAML library.

/** Files larger than this are refused: a registry file is hand-sized. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Values nested more levels deep than this are refused: a registry file needs six; far more is a mistake or an attack. */
export const MAX_NESTING_LEVELS = 32;

/**
 * A file holding more values than this (keys, scalars and flow collections, counted as they are read) is refused
 * before the full YAML parser builds them: it spends up to 2 KB of memory per value, so this bounds one file's cost
 * under a gigabyte. A registry file written the usual way holds about 90,000 values per MiB.
 */
export const MAX_VALUES_PER_FILE = 500_000;

/** At most this many problems are listed for one file; a last one says how many more there were. */
export const MAX_PROBLEMS_PER_FILE = 50;

/** At most this many distinct unknown ids get a "did you mean" in one load: each search compares with every id. */
export const MAX_SUGGESTED_IDS = 100;

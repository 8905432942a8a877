// Limits on registry files, apart from the parser so that reading a file does not load the YAML library.

/** Files larger than this are refused: a registry file is hand-sized. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

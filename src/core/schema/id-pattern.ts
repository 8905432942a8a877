// The shape of a record id, apart from the zod schema so that shell completion can use it without loading zod.

/** A record id: lowercase letters and digits, words joined by `-` or `.` (`gpt-5.4`, `arc-agi-2`). */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

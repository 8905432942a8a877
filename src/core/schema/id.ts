import { z } from "zod";
import { ID_PATTERN } from "./id-pattern.js";

/** A record id: lowercase letters and digits, words joined by `-` or `.` (`gpt-5.4`, `arc-agi-2`). */
export const idSchema = z
  .string()
  .max(120)
  .regex(ID_PATTERN, "must be lowercase kebab-case, e.g. `arc-agi-2` or `gpt-5.4`");

/** A calendar date as published: `2026-04-08`, or `2026-04` / `2026` when only that much is known. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be a date like 2026-04-08 (or 2026-04, 2026)");

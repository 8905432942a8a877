import { createHash } from "node:crypto";
import { settingKey } from "../core/setting.js";
import type { ScoreRecord } from "../core/store.js";

/**
 * A version-4-shaped UUID derived from a score's identity (source, model, benchmark, setting): the same
 * score always gets the same id, so a second export of the same data writes the same files. The bits
 * that mark the version and variant are set as RFC 9562 asks, the rest come from a SHA-256 of the identity.
 */
export function scoreUuid(score: ScoreRecord): string {
  const identity = [score.source, score.model, score.benchmark, settingKey(score.setting)].join("\u0000");
  const hex = createHash("sha256").update(identity, "utf8").digest("hex").slice(0, 32).split("");
  hex[12] = "4";
  hex[16] = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** A date as published (`2026-04-09`, `2026-04`, `2026`) as epoch seconds of its first day, UTC, written as a string. */
export function epochSecondsOf(published: string): string {
  const [year = "1970", month = "01", day = "01"] = published.split("-");
  return String(Date.UTC(Number(year), Number(month) - 1, Number(day)) / 1000);
}

/** A registry date (`2026-04-08`, `2026-04`, `2026`) as days since 1970, the first day of a partial date. */
export function dayOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

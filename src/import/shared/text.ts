const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A file's bytes as text, or where they stop being UTF-8: nothing is ever silently replaced. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)})` };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix: binary search on whether a prefix decodes (a cut sequence at the end is tolerated).
  const prefixOk = (n: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (prefixOk(mid)) lo = mid;
    else hi = mid - 1;
  }
  // The prefix may end in the unfinished sequence that the next byte breaks: the fault starts at its lead byte.
  for (let k = lo - 1; k >= Math.max(0, lo - 3); k--) {
    const b = bytes[k] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return k + length > lo ? k : lo;
  }
  return lo;
}

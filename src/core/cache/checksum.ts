// The sums muse's caches carry. A damage check (a torn write, a flipped bit) needs no cryptography: CRC-32 from
// node:zlib, which Node has from 20.15 (loading zlib and summing 2 MB: ~1.5 ms, where node:crypto's SHA-1 takes
// ~3.5 ms, most of it loading crypto), else SHA-1. The algorithm is written into the sum, so a file summed one way
// is never checked the other way (a miss). Content keys (which file bytes a cache entry stands for) stay SHA-1,
// with node:crypto loaded when first needed: a warm run answered from the bundled snapshot never loads it.
import { createRequire } from "node:module";
import * as zlib from "node:zlib";

type Crypto = typeof import("node:crypto");
let crypto: Crypto | undefined;
/** node:crypto, loaded on first use. */
export const lazyCrypto = (): Crypto => {
  crypto ??= createRequire(import.meta.url)("node:crypto") as Crypto;
  return crypto;
};

const crc32 = (zlib as { crc32?: (data: string | Uint8Array) => number }).crc32;

/** A sum that tells damaged data from intact: `crc32-<hex>` (or `sha1-<hex>` on a Node without zlib.crc32). */
export function damageSum(data: string | Uint8Array): string {
  return typeof crc32 === "function" ? `crc32-${crc32(data).toString(16)}` : `sha1-${sha1Hex(data)}`;
}

/** The SHA-1 of data in hex (content keys, names). */
export function sha1Hex(data: string | Uint8Array): string {
  return lazyCrypto().createHash("sha1").update(data).digest("hex");
}

// The damage sum of muse's cache files (src/core/cache/checksum.ts): CRC-32 on this Node, named in the sum.
import { describe, expect, it } from "vitest";
import { damageSum, sha1Hex } from "../src/core/cache/checksum.js";

describe("damageSum", () => {
  it("is CRC-32 (named), the same for a string and its bytes, and changes with any bit", () => {
    expect(damageSum("abc")).toBe("crc32-352441c2");
    expect(damageSum(Buffer.from("abc"))).toBe("crc32-352441c2");
    const bytes = Buffer.from("muse linked snapshot body");
    const flipped = Buffer.from(bytes);
    flipped[7] = (flipped[7] as number) ^ 0x04;
    expect(damageSum(flipped)).not.toBe(damageSum(bytes));
  });

  it("leaves content keys to SHA-1", () => {
    expect(sha1Hex("abc")).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
  });
});

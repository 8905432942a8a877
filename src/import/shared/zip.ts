import { decompress as zstdDecompress } from "fzstd";
import yauzl, { type Entry, type ZipFile } from "yauzl";

/** The most a member may hold once unpacked (a zip bomb is refused before it is inflated). */
export const MAX_MEMBER_BYTES = 64 * 1024 * 1024;
/** The most members an archive may list. */
export const MAX_MEMBERS = 100_000;

/** Zip compression methods muse unpacks: stored, deflate, and zstd (what current Inspect writes). */
const METHODS = new Map([
  [0, "stored"],
  [8, "deflate"],
  [93, "zstd"],
]);

/** The members read from an archive, or the first reason it could not be read (with the member at fault). */
export type ZipRead = { ok: true; members: Map<string, Uint8Array> } | { ok: false; member?: string; reason: string };

/**
 * Reads the members of a zip archive that `wanted` picks, checking every member on the way: a name
 * that is absolute or climbs out with `..` (yauzl refuses it), more than MAX_MEMBERS members, a
 * member declared larger than MAX_MEMBER_BYTES, data longer or shorter than declared, an unknown
 * compression method, a truncated or damaged archive. Nothing is written anywhere.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<ZipRead> {
  return new Promise((done) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: true },
      (error, zip) => {
        if (error || zip === undefined) return done({ ok: false, reason: zipReason(error) });
        if (zip.entryCount > MAX_MEMBERS) {
          zip.close();
          return done({
            ok: false,
            reason: `lists ${zip.entryCount} members, more than the ${MAX_MEMBERS} muse reads`,
          });
        }
        walk(zip, wanted, done);
      },
    );
  });
}

function walk(zip: ZipFile, wanted: (name: string) => boolean, done: (read: ZipRead) => void): void {
  const members = new Map<string, Uint8Array>();
  let finished = false;
  const finish = (read: ZipRead) => {
    if (finished) return;
    finished = true;
    zip.close();
    done(read);
  };
  zip.on("error", (error: Error) => finish({ ok: false, reason: zipReason(error) }));
  zip.on("end", () => finish({ ok: true, members }));
  zip.on("entry", (entry: Entry) => {
    const name = entry.fileName;
    if (name.endsWith("/") || !wanted(name)) return zip.readEntry();
    const method = METHODS.get(entry.compressionMethod);
    if (method === undefined) {
      return finish({
        ok: false,
        member: name,
        reason: `compression method ${entry.compressionMethod} is not one muse reads (stored, deflate, zstd)`,
      });
    }
    if (entry.uncompressedSize > MAX_MEMBER_BYTES) {
      return finish({
        ok: false,
        member: name,
        reason: `unpacks to ${entry.uncompressedSize} bytes, more than the ${MAX_MEMBER_BYTES} muse reads`,
      });
    }
    readMember(zip, entry, method === "zstd").then(
      (data) => {
        members.set(name, data);
        zip.readEntry();
      },
      (error: Error) => finish({ ok: false, member: name, reason: zipReason(error) }),
    );
  });
  zip.readEntry();
}

/** A member's bytes: inflated by yauzl (which checks the length), or zstd-decoded into a buffer of exactly the declared size. */
function readMember(zip: ZipFile, entry: Entry, zstd: boolean): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const options = zstd ? { decodeFileData: false } : {};
    zip.openReadStream(entry, options as yauzl.ZipFileOptions, (error, stream) => {
      if (error || stream === undefined) return reject(error ?? new Error("cannot open member"));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (!zstd && size > entry.uncompressedSize) stream.destroy(new Error("unpacks to more bytes than declared"));
        chunks.push(chunk);
      });
      stream.on("error", reject);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        if (!zstd) return resolve(raw);
        try {
          resolve(unzstd(raw, entry.uncompressedSize));
        } catch (cause) {
          reject(cause instanceof Error ? cause : new Error(String(cause)));
        }
      });
    });
  });
}

/** zstd data decoded into exactly `size` bytes (fzstd writes into the given buffer, so a lying frame cannot make it allocate more). */
function unzstd(raw: Uint8Array, size: number): Uint8Array {
  let out: Uint8Array;
  try {
    out = zstdDecompress(raw, new Uint8Array(size));
  } catch (error) {
    throw new Error(`zstd data is damaged or larger than declared (${(error as Error).message})`);
  }
  if (out.length !== size) throw new Error(`zstd data unpacks to ${out.length} bytes, not the ${size} declared`);
  return out;
}

function zipReason(error: Error | null | undefined): string {
  const message = error?.message ?? "unknown error";
  if (/too many bytes|more bytes than declared/.test(message)) {
    return `unpacks to more bytes than its header declares, refused (${message})`;
  }
  if (/invalid relative path|absolute path|invalid characters in fileName/.test(message)) {
    return `not a safe archive: a member's path leaves its directory (${message})`;
  }
  if (/end of central directory record signature not found|unexpected EOF|truncated|invalid/i.test(message)) {
    return `not a readable zip archive (truncated or damaged: ${message})`;
  }
  return `not a readable zip archive (${message})`;
}

import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../core/errors.js";

/** What a previous download answered with, so that the next one can ask "only if changed". */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** The outcome of a download: the same as last time (nothing transferred), or new bytes and their validators. */
export type Downloaded = { status: "unchanged" } | { status: "downloaded"; bytes: Uint8Array; validators: Validators };

/** Options of a download: the most bytes accepted, what the last download answered, and a progress callback. */
export interface DownloadOptions {
  maxBytes: number;
  previous?: Validators;
  onProgress?: (received: number, total: number | undefined) => void;
}

/** A download that failed (network, HTTP status, too large, cut short): nothing was changed. */
export class DownloadError extends Error {}

/**
 * Fetches a URL (http, https) with a conditional request (If-None-Match / If-Modified-Since from the
 * previous answer; a 304 is "unchanged"), or reads a local path or file: URL. The body is read in
 * chunks and refused past `maxBytes`; a body shorter than its Content-Length is an error.
 */
export async function download(source: string, cwd: string, options: DownloadOptions): Promise<Downloaded> {
  if (!/^https?:\/\//i.test(source)) return readLocal(source, cwd, options.maxBytes);
  const headers: Record<string, string> = {};
  if (options.previous?.etag) headers["if-none-match"] = options.previous.etag;
  if (options.previous?.lastModified) headers["if-modified-since"] = options.previous.lastModified;
  let response: Response;
  try {
    response = await fetch(source, { headers, redirect: "follow" });
  } catch (error) {
    throw new DownloadError(`cannot download ${source}: ${causeOf(error)}`);
  }
  if (response.status === 304) return { status: "unchanged" };
  if (!response.ok || response.body === null) {
    throw new DownloadError(`cannot download ${source}: HTTP ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  const total = Number.isFinite(declared) ? declared : undefined;
  if (total !== undefined && total > options.maxBytes) {
    throw new DownloadError(`${source} is ${total} bytes, more than the ${options.maxBytes} muse accepts`);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      received += chunk.length;
      if (received > options.maxBytes) throw new DownloadError(`${source} is more than ${options.maxBytes} bytes`);
      chunks.push(chunk);
      options.onProgress?.(received, total);
    }
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    throw new DownloadError(`download of ${source} was cut off after ${received} bytes: ${causeOf(error)}`);
  }
  if (total !== undefined && received !== total) {
    throw new DownloadError(`download of ${source} was cut off: ${received} of ${total} bytes`);
  }
  const validators: Validators = {};
  const etag = response.headers.get("etag");
  const lastModified = response.headers.get("last-modified");
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return { status: "downloaded", bytes: Buffer.concat(chunks), validators };
}

async function readLocal(source: string, cwd: string, maxBytes: number): Promise<Downloaded> {
  let path: string;
  try {
    path = /^file:/i.test(source) ? fileURLToPath(source) : resolve(cwd, source);
  } catch {
    throw new UsageError(`--url must be an http(s) URL, a file: URL or a path, got '${source}'`);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) && !/^file:/i.test(source)) {
    throw new UsageError(`--url must be an http(s) URL, a file: URL or a path, got '${source}'`);
  }
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || !info.isFile()) throw new UsageError(`not a file: ${path}`);
  if (info.size > maxBytes)
    throw new DownloadError(`${path} is ${info.size} bytes, more than the ${maxBytes} muse accepts`);
  return { status: "downloaded", bytes: await readFile(path), validators: {} };
}

/** The innermost message of a fetch failure (undici wraps the socket error in `cause`). */
function causeOf(error: unknown): string {
  let e = error as { message?: string; cause?: unknown; code?: string };
  while (e?.cause && typeof e.cause === "object") e = e.cause as typeof e;
  const message = e?.message ?? String(error);
  return e?.code === undefined || message.includes(e.code) ? message : `${message} (${e.code})`;
}

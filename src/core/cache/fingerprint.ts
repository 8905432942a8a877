import { lazyCrypto } from "./checksum.js";

declare const __MUSE_CACHE_FINGERPRINT__: string | undefined;

/**
 * Identifies the code whose output the parse cache holds. The build sets it from muse's version and the
 * sources that read, validate and shape records (and the yaml and zod versions); running unbundled (tests,
 * development) it is fresh in every process, so that no entry outlives the code that wrote it.
 */
export const CACHE_FINGERPRINT: string =
  typeof __MUSE_CACHE_FINGERPRINT__ === "string" ? __MUSE_CACHE_FINGERPRINT__ : `dev-${lazyCrypto().randomUUID()}`;

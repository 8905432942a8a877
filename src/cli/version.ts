/** muse's version, replaced at build time from package.json. */
export const VERSION: string = typeof __MUSE_VERSION__ === "string" ? __MUSE_VERSION__ : "0.0.0-dev";

declare const __MUSE_VERSION__: string | undefined;

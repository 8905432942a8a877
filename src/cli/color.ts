import { type Paint, plain } from "../render/index.js";

/** Decides the colour level: --color/--no-color, then FORCE_COLOR, NO_COLOR, TERM=dumb, then the TTY. */
export function colorLevel(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return forcedLevel(env.FORCE_COLOR) || 1;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return forcedLevel(force);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  if (env.TERM === "dumb") return 0;
  return isTTY ? 1 : 0;
}

/** FORCE_COLOR as Node reads it: `0`/`false` disables, `2` and `3` pick 256 and 16M colours, anything else is 16. */
function forcedLevel(value: string | undefined): 0 | 1 | 2 | 3 {
  if (value === undefined) return 0;
  const v = value.trim().toLowerCase();
  if (v === "0" || v === "false") return 0;
  if (v === "2") return 2;
  if (/^\d+$/.test(v) && Number(v) >= 3) return 3;
  return 1;
}

/** A paint (chalk instance) of a given level; level 0 paints nothing (and chalk is not even loaded). */
export async function paintFor(level: 0 | 1 | 2 | 3): Promise<Paint> {
  if (level === 0) return plain;
  const { Chalk } = await import("chalk");
  return new Chalk({ level });
}

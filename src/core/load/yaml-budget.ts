// What the full YAML parser is allowed to build. It spends about a kilobyte per value and recurses per level of
// nesting, so an 8 MiB file of `[[[[...` or `[1,1,1,...` took gigabytes; this check runs first, over yaml's own
// lexer (a stream of tokens, constant memory, the parser's exact reading of the text), and stops at the first
// token past a limit, so that nothing is built for a file that is refused.
import { CST, Lexer } from "yaml";
import { MAX_NESTING_LEVELS, MAX_VALUES_PER_FILE } from "./limits.js";
import type { YamlFinding } from "./yaml-inspect.js";

/** What a budget check looked at: the tokens read and values counted before it stopped (for tests of its cost). */
export interface BudgetWork {
  tokens: number;
  values: number;
}

/**
 * The first place where `text` goes past MAX_NESTING_LEVELS of flow collections or MAX_VALUES_PER_FILE values
 * (keys, scalars and flow collections), as a finding; `undefined` when it stays within both. Linear in the text.
 */
export function yamlBudgetFinding(text: string, work: BudgetWork = { tokens: 0, values: 0 }): YamlFinding | undefined {
  let offset = 0;
  let flowDepth = 0;
  for (const token of new Lexer().lex(text)) {
    work.tokens++;
    const at = offset;
    if (token !== CST.DOCUMENT && token !== CST.SCALAR && token !== CST.FLOW_END) offset += token.length;
    const type = CST.tokenType(token);
    const opens = type === "flow-map-start" || type === "flow-seq-start";
    if (type === "flow-map-end" || type === "flow-seq-end") flowDepth = Math.max(0, flowDepth - 1);
    if (!opens && type !== "scalar" && type !== "single-quoted-scalar" && type !== "double-quoted-scalar") continue;
    if (++work.values > MAX_VALUES_PER_FILE) {
      return placed(text, at, `more than ${MAX_VALUES_PER_FILE} values in one file; split it into several files`);
    }
    if (opens && ++flowDepth > MAX_NESTING_LEVELS) {
      return placed(text, at, `values nested more than ${MAX_NESTING_LEVELS} levels deep`);
    }
  }
  return undefined;
}

/** A finding at a character offset of `text`. */
function placed(text: string, offset: number, message: string): YamlFinding {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1, message };
}

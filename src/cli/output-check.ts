import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type Problem, UsageError } from "../core/errors.js";
import { OutputChecker } from "../core/load/output-check.js";
import type { CheckRequest } from "./output-check-worker.js";

/** The check of an import's output (src/core/load/output-check.ts), fed file by file as the import makes them. */
export interface OutputCheck {
  /** Hands over the bytes that will be written at `path`; the same bytes object again for a path is a no-op. */
  add(path: string, bytes: Uint8Array): void;
  /** Whether `path` was handed over. */
  has(path: string): boolean;
  /** Every problem of the files at `paths` (discovery order) linked over the base layers; empty when they load. */
  problems(paths: readonly string[]): Promise<Problem[]>;
  /** Stops the work (the worker thread, if any); safe to call more than once. */
  close(): void;
}

/**
 * Starts checking an import's output over `baseDirs`: on a worker thread when the built one is beside the program
 * (dist/output-check-worker.cjs: the machine's other core reads the files while the import goes on), else on this
 * thread. Both run the same OutputChecker on the same bytes.
 */
export function startOutputCheck(baseDirs: readonly string[]): OutputCheck {
  const workerFile = fileURLToPath(new URL("./output-check-worker.cjs", import.meta.url));
  const run = existsSync(workerFile) ? workerRunner(workerFile, baseDirs) : inlineRunner(baseDirs);
  const added = new Map<string, Uint8Array>();
  return {
    add(path, bytes) {
      if (added.get(path) === bytes) return;
      added.set(path, bytes);
      run.send({ kind: "file", path, bytes });
    },
    has: (path) => added.has(path),
    problems: (paths) => run.finish([...paths]),
    close: () => run.close(),
  };
}

interface Runner {
  send(request: Extract<CheckRequest, { kind: "file" }>): void;
  finish(paths: string[]): Promise<Problem[]>;
  close(): void;
}

function inlineRunner(baseDirs: readonly string[]): Runner {
  const checker = new OutputChecker(baseDirs);
  return {
    send: ({ path, bytes }) => checker.add(path, bytes),
    finish: (paths) => checker.problems(paths),
    close: () => {},
  };
}

function workerRunner(file: string, baseDirs: readonly string[]): Runner {
  const worker = new Worker(file, { workerData: { baseDirs: [...baseDirs] } });
  worker.unref(); // never keeps muse running; `finish` holds it while it waits
  let closed = false;
  return {
    // A copy of the bytes goes over: the caller writes its own after the check.
    send: (request) => worker.postMessage(request),
    finish: (paths) =>
      new Promise<Problem[]>((resolve, reject) => {
        worker.ref();
        const failed = (error: Error) => reject(error);
        worker.once("error", failed);
        worker.once("exit", (code) => reject(new Error(`the output check stopped (exit code ${code})`)));
        worker.once("message", (reply: { problems?: Problem[]; error?: { name: string; message: string } }) => {
          worker.off("error", failed);
          worker.unref();
          if (reply.error === undefined) resolve(reply.problems ?? []);
          else
            reject(
              reply.error.name === "UsageError" ? new UsageError(reply.error.message) : new Error(reply.error.message),
            );
        });
        worker.postMessage({ kind: "finish", paths } satisfies CheckRequest);
      }),
    close: () => {
      if (closed) return;
      closed = true;
      void worker.terminate();
    },
  };
}

// The worker thread of src/cli/output-check.ts, built to dist/output-check-worker.cjs: it runs an OutputChecker on
// the other core while the import goes on. Messages in: `{ kind: "file", path, bytes }`, `{ kind: "finish", paths }`;
// out: `{ problems }` or `{ error: { name, message } }`.
import { parentPort, workerData } from "node:worker_threads";
import { OutputChecker } from "../core/load/output-check.js";

/** A message from the main thread: one file's bytes, or the list of files to link and report on. */
export type CheckRequest = { kind: "file"; path: string; bytes: Uint8Array } | { kind: "finish"; paths: string[] };

const port = parentPort;
if (port !== null) {
  const checker = new OutputChecker((workerData as { baseDirs: string[] }).baseDirs);
  port.on("message", (request: CheckRequest) => {
    if (request.kind === "file") {
      checker.add(request.path, request.bytes);
      return;
    }
    checker.problems(request.paths).then(
      (problems) => port.postMessage({ problems }),
      (error: unknown) => {
        const { name, message } = error instanceof Error ? error : new Error(String(error));
        port.postMessage({ error: { name, message } });
      },
    );
  });
}

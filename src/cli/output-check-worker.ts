// The worker thread of src/cli/output-check.ts, built to dist/output-check-worker.cjs: on the machine's other core,
// while the import goes on, it renders the documents it is given (the YAML of src/import/shared/yaml-out.ts), sends
// their bytes back to be written, and reads those same bytes with an OutputChecker.
import { parentPort, workerData } from "node:worker_threads";
import type { Problem } from "../core/errors.js";
import type { LoadOptions } from "../core/load/load-registry.js";
import { OutputChecker } from "../core/load/output-check.js";
import type { RegistryFile } from "../core/schema/index.js";
import { registryYaml } from "../import/shared/yaml-out.js";

/** What the worker is started with: the layers the output goes over, and the parse cache it may read them from. */
export interface CheckSetup {
  baseDirs: string[];
  cache: LoadOptions;
}

/** A message to the worker: a document to render and check, a file's bytes to check, or the files to report on. */
export type CheckRequest =
  | { kind: "document"; path: string; content: RegistryFile; provenance: string }
  | { kind: "file"; path: string; bytes: Uint8Array }
  | { kind: "finish"; paths: string[] };

/** A message from the worker: a rendered document's bytes, or the outcome of `finish`. */
export type CheckReply =
  | { kind: "rendered"; path: string; bytes: Uint8Array }
  | { kind: "result"; problems: Problem[] }
  | { kind: "result"; error: { name: string; message: string } };

const encoder = new TextEncoder();
const port = parentPort;
if (port !== null) {
  const { baseDirs, cache } = workerData as CheckSetup;
  const checker = new OutputChecker(baseDirs, cache);
  const reply = (message: CheckReply) => port.postMessage(message);
  port.on("message", (request: CheckRequest) => {
    if (request.kind === "document") {
      const bytes = encoder.encode(registryYaml(request.content, request.provenance));
      checker.add(request.path, bytes);
      reply({ kind: "rendered", path: request.path, bytes });
    } else if (request.kind === "file") checker.add(request.path, request.bytes);
    else {
      checker.problems(request.paths).then(
        (problems) => reply({ kind: "result", problems }),
        (error: unknown) => {
          const { name, message } = error instanceof Error ? error : new Error(String(error));
          reply({ kind: "result", error: { name, message } });
        },
      );
    }
  });
}

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type Problem, UsageError } from "../core/errors.js";
import type { LoadOptions } from "../core/load/load-registry.js";
import { OutputChecker } from "../core/load/output-check.js";
import type { RegistryFile } from "../core/schema/index.js";
import { registryYaml } from "../import/shared/yaml-out.js";
import type { CheckReply, CheckRequest, CheckSetup } from "./output-check-worker.js";

/** The check of an import's output (src/core/load/output-check.ts), fed file by file as the import makes them. */
export interface OutputCheck {
  /** Renders a final document as the YAML to write at `path` under `provenance`, and checks those bytes. */
  addDocument(path: string, content: RegistryFile, provenance: string): void;
  /** The bytes a document handed to `addDocument` was rendered as (to be written as they are). */
  bytes(path: string): Promise<Uint8Array>;
  /** Hands over the bytes that will be written at `path`; the same bytes object again for a path is a no-op. */
  add(path: string, bytes: Uint8Array): void;
  /** Every problem of the files at `paths` (discovery order) linked over the base layers; empty when they load. */
  problems(paths: readonly string[]): Promise<Problem[]>;
  /** Stops the work (the worker thread, if any); safe to call more than once. */
  close(): void;
}

/**
 * Inputs from this size up are checked on a worker thread: below it, starting the thread costs more than the other
 * core saves (a 1.4 MiB Epoch release took 80 ms longer; 2.6 MiB broke even; 5 MiB was 10% faster, 17 MiB 20%).
 */
export const WORKER_MIN_INPUT_BYTES = 4 * 1024 * 1024;

/**
 * Starts checking an import's output over `baseDirs`: on a worker thread when `inputBytes` reaches
 * WORKER_MIN_INPUT_BYTES and the built worker is beside the program (dist/output-check-worker.cjs: the machine's other
 * core renders and reads the files while the import goes on), else on this thread. Both run the same renderer and the
 * same OutputChecker; the bytes checked are the bytes written.
 */
export function startOutputCheck(baseDirs: readonly string[], cache: LoadOptions, inputBytes = 0): OutputCheck {
  const workerFile = fileURLToPath(new URL("./output-check-worker.cjs", import.meta.url));
  const onWorker = inputBytes >= WORKER_MIN_INPUT_BYTES && existsSync(workerFile);
  return onWorker ? new WorkerCheck(workerFile, baseDirs, cache) : new InlineCheck(baseDirs, cache);
}

/** The check on this thread (where the built worker is not there: tests of the sources). */
class InlineCheck implements OutputCheck {
  private readonly checker: OutputChecker;
  private readonly added = new Map<string, Uint8Array>();

  constructor(baseDirs: readonly string[], cache: LoadOptions) {
    this.checker = new OutputChecker(baseDirs, cache);
  }

  addDocument(path: string, content: RegistryFile, provenance: string): void {
    this.add(path, Buffer.from(registryYaml(content, provenance)));
  }

  async bytes(path: string): Promise<Uint8Array> {
    const bytes = this.added.get(path);
    if (bytes === undefined) throw new Error(`internal: ${path} was never rendered`);
    return bytes;
  }

  add(path: string, bytes: Uint8Array): void {
    if (this.added.get(path) === bytes) return;
    this.added.set(path, bytes);
    this.checker.add(path, bytes);
  }

  problems = (paths: readonly string[]): Promise<Problem[]> => this.checker.problems(paths);
  close(): void {}
}

/** The check on a worker thread, which never keeps muse running except while muse waits for it. */
class WorkerCheck implements OutputCheck {
  private readonly worker: Worker;
  private readonly added = new Map<string, Promise<Uint8Array> | Uint8Array>();
  private readonly rendering = new Map<string, (bytes: Uint8Array) => void>();
  private result: { resolve: (problems: Problem[]) => void; reject: (error: Error) => void } | undefined;
  /** Rejects once the worker has failed or stopped; raced against every wait. */
  private readonly failed: Promise<never>;
  private waiting = 0;
  private closed = false;

  constructor(file: string, baseDirs: readonly string[], cache: LoadOptions) {
    const workerData: CheckSetup = { baseDirs: [...baseDirs], cache };
    this.worker = new Worker(file, { workerData });
    this.worker.unref();
    this.worker.on("message", (reply: CheckReply) => this.receive(reply));
    this.failed = new Promise<never>((_, reject) => {
      this.worker.on("error", reject);
      this.worker.on("exit", (code) => reject(new Error(`the output check stopped (exit code ${code})`)));
    });
    this.failed.catch(() => {}); // seen by whoever waits
  }

  addDocument(path: string, content: RegistryFile, provenance: string): void {
    this.added.set(path, new Promise((resolve) => this.rendering.set(path, resolve)));
    this.send({ kind: "document", path, content, provenance });
  }

  async bytes(path: string): Promise<Uint8Array> {
    const bytes = this.added.get(path);
    if (bytes === undefined) throw new Error(`internal: ${path} was never rendered`);
    return bytes instanceof Uint8Array ? bytes : this.wait(Promise.race([bytes, this.failed]));
  }

  add(path: string, bytes: Uint8Array): void {
    if (this.added.get(path) === bytes) return;
    this.added.set(path, bytes);
    this.send({ kind: "file", path, bytes });
  }

  problems(paths: readonly string[]): Promise<Problem[]> {
    const result = new Promise<Problem[]>((resolve, reject) => {
      this.result = { resolve, reject };
    });
    this.send({ kind: "finish", paths: [...paths] });
    return this.wait(Promise.race([result, this.failed]));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    void this.worker.terminate();
  }

  private send(request: CheckRequest): void {
    this.worker.postMessage(request);
  }

  private receive(reply: CheckReply): void {
    if (reply.kind === "rendered") {
      this.added.set(reply.path, reply.bytes);
      this.rendering.get(reply.path)?.(reply.bytes);
      this.rendering.delete(reply.path);
    } else if ("error" in reply) {
      const { name, message } = reply.error;
      this.result?.reject(name === "UsageError" ? new UsageError(message) : new Error(message));
    } else this.result?.resolve(reply.problems);
  }

  /** Keeps muse running while it waits for the worker. */
  private async wait<T>(promise: Promise<T>): Promise<T> {
    if (this.waiting++ === 0) this.worker.ref();
    try {
      return await promise;
    } finally {
      if (--this.waiting === 0) this.worker.unref();
    }
  }
}

// discoverRegistryFiles and readRegistryBytes in process: which names are registry files, their order, and each refusal's exact message.
import { execFileSync } from "node:child_process";
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../src/core/errors.js";
import { discoverRegistryFiles } from "../src/core/load/discover.js";
import { MAX_FILE_BYTES } from "../src/core/load/limits.js";
import { readRegistryBytes } from "../src/core/load/read-file.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "muse-discover-"));
});
afterAll(() => {
  // `rm` rather than rmSync: one tree here is deeper than PATH_MAX, which rm walks by relative paths.
  execFileSync("chmod", ["-R", "u+rwx", dir]);
  execFileSync("rm", ["-rf", dir]);
});

/** A directory under the test's temporary directory holding the given files (all empty unless given text). */
function tree(name: string, files: readonly string[]): string {
  const root = join(dir, name);
  mkdirSync(root, { recursive: true });
  for (const path of files) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), "");
  }
  return root;
}

/** Whether this process may list a directory, whatever its mode says. */
function readable(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** The UsageError a discovery rejects with (fails the test when it resolves or rejects with something else). */
async function usageError(path: string): Promise<string> {
  const error = await discoverRegistryFiles(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).message;
}

describe("discoverRegistryFiles", () => {
  it("takes .yaml and .yml names in any case, and nothing that only contains or lacks the extension", async () => {
    const root = tree("names", [
      "a.yaml",
      "b.yml",
      "c.YAML",
      "d.Yml",
      "x.yaml.bak",
      "yaml",
      "yml",
      "xyaml",
      "x.yaml~",
      "x.yamll",
      "x.yaaml",
      "x.ml",
      "x.json",
    ]);
    const found = await discoverRegistryFiles(root);
    expect(found).toEqual(["a.yaml", "b.yml", "c.YAML", "d.Yml"].map((f) => join(root, f)));
  });

  it("returns every path sorted, nested directories among the files where their names fall", async () => {
    const created = ["m.yaml", "z.yaml", "b/z.yaml", "a.yaml", "b/a.yaml", "b.yaml", "a/q/r.yaml", "c.yaml"];
    const root = tree("order", created);
    const found = await discoverRegistryFiles(root);
    const expected = ["a.yaml", "a/q/r.yaml", "b.yaml", "b/a.yaml", "b/z.yaml", "c.yaml", "m.yaml", "z.yaml"];
    expect(found).toEqual(expected.map((f) => join(root, f)));
  });

  it("calls a missing path, or a path through a file, not found", async () => {
    const root = tree("missing", ["r.yaml"]);
    expect(await usageError(join(root, "nope"))).toBe(`registry not found: ${join(root, "nope")}`);
    expect(await usageError(join(root, "r.yaml", "sub"))).toBe(
      `registry not found: ${join(root, "r.yaml", "sub")} (a part of the path is not a directory (ENOTDIR))`,
    );
  });

  it("says a registry must be a directory when it is a file", async () => {
    const root = tree("file", ["r.yaml"]);
    expect(await usageError(join(root, "r.yaml"))).toBe(
      `registry must be a directory of YAML files: ${join(root, "r.yaml")} is a file`,
    );
  });

  it("names the error code of a path that cannot be looked at", async () => {
    const root = tree("stat", []);
    const loop = join(root, "loop");
    symlinkSync(loop, loop);
    expect(await usageError(loop)).toBe(`cannot read registry ${loop}: too many levels of symbolic links (ELOOP)`);
    const long = join(root, "x".repeat(300));
    expect(await usageError(long)).toBe(`cannot read registry ${long}: file name too long (ENAMETOOLONG)`);
  });

  it("names the error code of a directory whose listing fails", async () => {
    // Deeper than PATH_MAX: the directory itself is fine, listing the deepest one by its full path is not.
    const root = tree("deep", []);
    const name = "d".repeat(200);
    execFileSync("bash", ["-c", `for i in $(seq 22); do mkdir ${name} && cd ${name}; done; touch x.yaml`], {
      cwd: root,
    });
    const message = await usageError(root);
    expect(message.startsWith(`cannot read registry ${join(root, name, name)}`)).toBe(true);
    expect(message.endsWith(": file name too long (ENAMETOOLONG)")).toBe(true);
  });

  it("names EACCES for a directory it may not list", async (ctx) => {
    const root = tree("locked", ["r.yaml"]);
    chmodSync(root, 0o000);
    // A privileged user (root) lists it anyway; the case is then one this machine cannot show.
    if (readable(root)) return ctx.skip();
    expect(await usageError(root)).toBe(`cannot read registry ${root}: permission denied (EACCES)`);
    expect(await usageError(join(root, "sub"))).toBe(
      `cannot read registry ${join(root, "sub")}: permission denied (EACCES)`,
    );
  });
});

describe("discoverRegistryFiles and symbolic links", () => {
  it("follows a linked directory, even one outside the registry, and a linked file", async () => {
    const outside = tree("link-target", ["sources/a.yaml", "b.yaml"]);
    const root = tree("linked", ["models.yaml"]);
    symlinkSync(join(outside, "sources"), join(root, "sources"));
    symlinkSync(join(outside, "b.yaml"), join(root, "b.yaml"));
    expect(await discoverRegistryFiles(root)).toEqual(
      ["b.yaml", "models.yaml", "sources/a.yaml"].map((f) => join(root, f)),
    );
  });

  it("reads a directory reached twice once, and ends on a link back up the tree", async () => {
    const root = tree("cycle", ["a/x.yaml", "top.yaml"]);
    symlinkSync(root, join(root, "a", "up"));
    symlinkSync(join(root, "a"), join(root, "again"));
    expect(await discoverRegistryFiles(root)).toEqual(["a/x.yaml", "top.yaml"].map((f) => join(root, f)));
  });

  it("lists a dangling link named .yaml (reading it reports the problem), and skips hidden linked directories", async () => {
    const root = tree("dangling", ["m.yaml"]);
    symlinkSync(join(root, "nowhere.yaml"), join(root, "gone.yaml"));
    symlinkSync(tree("hidden-target", ["h.yaml"]), join(root, ".hidden"));
    expect(await discoverRegistryFiles(root)).toEqual(["gone.yaml", "m.yaml"].map((f) => join(root, f)));
  });
});

describe("readRegistryBytes", () => {
  it("reads a file of exactly the size cap, and refuses one byte more without reading it", async () => {
    const root = tree("cap", []);
    const at = join(root, "at.yaml");
    const over = join(root, "over.yaml");
    writeFileSync(at, "");
    writeFileSync(over, "");
    execFileSync("truncate", ["-s", String(MAX_FILE_BYTES), at]);
    execFileSync("truncate", ["-s", String(MAX_FILE_BYTES + 1), over]);
    const bytes = await readRegistryBytes(at);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect((bytes as Uint8Array).byteLength).toBe(MAX_FILE_BYTES);
    expect(await readRegistryBytes(over)).toEqual({
      file: over,
      line: 1,
      col: 1,
      message: `file is ${MAX_FILE_BYTES + 1} bytes, over the ${MAX_FILE_BYTES}-byte limit`,
    });
  });

  it("reads a small file's bytes as they are", async () => {
    const root = tree("small", []);
    writeFileSync(join(root, "r.yaml"), "a: \u00e9\n");
    const bytes = await readRegistryBytes(join(root, "r.yaml"));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...(bytes as Uint8Array)]).toEqual([0x61, 0x3a, 0x20, 0xc3, 0xa9, 0x0a]);
  });

  it("refuses a directory and names the code of a file it cannot open, at line 1, column 1", async () => {
    const root = tree("refuse", []);
    mkdirSync(join(root, "d.yaml"));
    expect(await readRegistryBytes(join(root, "d.yaml"))).toEqual({
      file: join(root, "d.yaml"),
      line: 1,
      col: 1,
      message: "not a regular file",
    });
    const loop = join(root, "loop.yaml");
    symlinkSync(loop, loop);
    expect(await readRegistryBytes(loop)).toEqual({ file: loop, line: 1, col: 1, message: "cannot read file: ELOOP" });
    expect(await readRegistryBytes(join(root, "gone.yaml"))).toEqual({
      file: join(root, "gone.yaml"),
      line: 1,
      col: 1,
      message: "cannot read file: ENOENT",
    });
  });
});

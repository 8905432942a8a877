/** Turns a model name into a registry id: `Qwen/QwQ-32B` → `qwen-qwq-32b`; `undefined` when nothing is left. */
export function toModelId(name: string): string | undefined {
  const id = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, (run) => (run === "." ? "." : "-"))
    .replace(/^[.-]+|[.-]+$/g, "")
    .slice(0, 120)
    .replace(/[.-]+$/, "");
  return id === "" ? undefined : id;
}

/** Turns free text into a setting token (`Forge Code` → `forge-code`); `undefined` when nothing is left. */
export function toToken(text: string): string | undefined {
  const token = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._+]+/g, "-")
    .replace(/^[^a-z0-9]+|-+$/g, "")
    .slice(0, 100);
  return token === "" ? undefined : token;
}

/** `wanted`, or `wanted-2`, `wanted-3` ... : the first id not in `taken`, which it is then added to. */
export function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

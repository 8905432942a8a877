// Writes a synthetic registry in muse's own YAML layout, for benchmarks of scale:
//   node scripts/gen-registry.mjs --scores 100000 --out /tmp/reg-100k [--seed 1]
// Shape: benchmarks.yaml, models.yaml and one file per source document under sources/, like data/.
// Many sources (about one per 100 scores), models and benchmarks; settings, uncertainty, notes and
// chart readings on some scores; block and flow styles mixed as people write them. Deterministic per seed.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

/** A small seeded PRNG (mulberry32), so the same arguments give the same registry. */
export function randomSource(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGS = [
  "Meta",
  "OpenAI",
  "Anthropic",
  "Google DeepMind",
  "xAI",
  "Mistral AI",
  "DeepSeek",
  "Alibaba",
  "Moonshot AI",
  "Zhipu AI",
  "Amazon",
  "Microsoft",
  "NVIDIA",
  "Cohere",
  "AI21 Labs",
  "MiniMax",
];
const FAMILIES = [
  "muse",
  "gpt",
  "claude",
  "gemini",
  "grok",
  "mistral",
  "deepseek",
  "qwen",
  "kimi",
  "glm",
  "nova",
  "phi",
  "nemotron",
  "command",
  "jamba",
  "abab",
];
const CATEGORIES = [
  "reasoning",
  "knowledge",
  "math",
  "science",
  "multimodal",
  "coding",
  "agentic",
  "health",
  "safety",
  "writing",
];
const NAMED_BENCHMARKS = [
  "arc-agi-2",
  "humanitys-last-exam",
  "gpqa-diamond",
  "swe-bench-verified",
  "mmmu-pro",
  "aime-2025",
  "terminal-bench-2",
  "healthbench-hard",
  "tau2-bench",
  "simpleqa",
];
const EFFORTS = ["low", "medium", "high", "xhigh", "max"];
const TOOLS = ["none", "python", "search", "any"];
const MODES = ["standard", "contemplating", "deep-think", "pro"];
const KINDS = ["first-party", "third-party", "third-party", "press"];

/** Builds the registry's records in memory: benchmarks, models and sources with scores. */
export function generateRegistry(scoreCount, seed = 1) {
  const rnd = randomSource(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const benchmarkCount = Math.max(NAMED_BENCHMARKS.length, Math.min(400, Math.round(Math.sqrt(scoreCount) * 1.2)));
  const modelCount = Math.max(20, Math.min(3000, Math.round(scoreCount / 40)));
  const sourceCount = Math.max(2, Math.round(scoreCount / 100));

  const benchmarks = [];
  for (let i = 0; i < benchmarkCount; i++) {
    const id = NAMED_BENCHMARKS[i] ?? `bench-${i}-${pick(CATEGORIES)}`;
    const unit = i < NAMED_BENCHMARKS.length || rnd() < 0.8 ? "percent" : pick(["elo", "points", "million-tokens"]);
    benchmarks.push({
      id,
      name: id.toUpperCase().replaceAll("-", " "),
      aliases: rnd() < 0.5 ? [id.replaceAll("-", "")] : [],
      category: pick(CATEGORIES),
      unit,
      higher_is_better: unit !== "million-tokens",
      description: `Synthetic benchmark number ${i}, scored in ${unit}.`,
      url: rnd() < 0.5 ? `https://example.org/benchmarks/${id}` : undefined,
    });
  }

  const models = [];
  for (let i = 0; i < modelCount; i++) {
    const family = FAMILIES[i % FAMILIES.length];
    const id = `${family}-${Math.floor(i / FAMILIES.length)}.${i % 7}`;
    models.push({
      id,
      name: `${family[0].toUpperCase()}${family.slice(1)} ${Math.floor(i / FAMILIES.length)}.${i % 7}`,
      org: ORGS[i % ORGS.length],
      released:
        rnd() < 0.7
          ? `202${4 + Math.floor(rnd() * 3)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 10)}`
          : undefined,
      open_weights: rnd() < 0.8 ? rnd() < 0.4 : undefined,
      aliases: rnd() < 0.4 ? [`${id}-2026-0${1 + (i % 9)}-05`] : [],
    });
  }

  // Popular benchmarks and models get more scores, as in real coverage (a rough Zipf shape).
  const skewed = (n) => Math.min(n - 1, Math.floor(n * rnd() ** 2));
  const sources = [];
  let left = scoreCount;
  for (let i = 0; i < sourceCount; i++) {
    const rest = sourceCount - i - 1; // sources still to fill after this one, each with at least one score
    const even = left / (rest + 1);
    const want = rest === 0 ? left : Math.max(1, Math.min(left - rest, Math.round(even * (0.5 + rnd()))));
    left -= want;
    const kind = pick(KINDS);
    const seen = new Set();
    const scores = [];
    while (scores.length < want) {
      const bench = benchmarks[skewed(benchmarks.length)];
      const model = models[skewed(models.length)];
      const setting = {};
      const r = rnd();
      if (r < 0.15) setting.effort = pick(EFFORTS);
      else if (r < 0.25) setting.tools = pick(TOOLS);
      else if (r < 0.3) Object.assign(setting, { mode: pick(MODES), agents: 1 + Math.floor(rnd() * 16) });
      else if (r < 0.32) setting.harness = "OpenHands v1.2 (synthetic)";
      const key = `${model.id}|${bench.id}|${JSON.stringify(setting)}`;
      if (seen.has(key)) {
        setting.run = `run-${scores.length}`;
      }
      seen.add(`${model.id}|${bench.id}|${JSON.stringify(setting)}`);
      const digits = pick([0, 1, 1, 1, 2]);
      const max = bench.unit === "percent" ? 100 : bench.unit === "elo" ? 2000 : 500;
      const value = Number((rnd() * max).toFixed(digits));
      scores.push({
        model: model.id,
        benchmark: bench.id,
        value,
        digits,
        setting,
        stderr: rnd() < 0.1 ? Number((rnd() * 3).toFixed(2)) : undefined,
        approx: rnd() < 0.05 ? true : undefined,
        note: rnd() < 0.03 ? `Synthetic note ${scores.length}: figure read from a table, "as published".` : undefined,
        as_named: rnd() < 0.05 ? model.name.toUpperCase() : undefined,
      });
    }
    sources.push({
      id: `source-${i}`,
      title: `Synthetic report ${i}: results of frontier models`,
      publisher: `${pick(ORGS)} Research`,
      published: `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, "0")}`,
      url: rnd() < 0.8 ? `https://example.org/reports/${i}` : undefined,
      kind,
      repeats: kind === "press" ? { name: pick(ORGS), kind: pick(["first-party", "third-party"]) } : undefined,
      scores,
    });
  }
  return { benchmarks, models, sources };
}

const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

/** Writes `records` as YAML lines, skipping undefined fields, keys in the order given. */
function block(indent, record, keys) {
  const lines = [];
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    const lead = first ? `${indent}- ` : `${indent}  `;
    first = false;
    if (Array.isArray(v)) lines.push(`${lead}${key}: [${v.map(q).join(", ")}]`);
    else if (typeof v === "object")
      lines.push(
        `${lead}${key}: { ${Object.entries(v)
          .map(([k, x]) => `${k}: ${x}`)
          .join(", ")} }`,
      );
    else lines.push(`${lead}${key}: ${typeof v === "string" ? q(v) : v}`);
  }
  return lines.join("\n");
}

function scoreYaml(s, flow) {
  const value = s.value.toFixed(s.digits);
  const setting = Object.keys(s.setting).length > 0 ? s.setting : undefined;
  if (flow && s.note === undefined && s.as_named === undefined) {
    const parts = [`model: ${s.model}`, `benchmark: ${s.benchmark}`, `value: ${value}`];
    if (setting)
      parts.push(
        `setting: { ${Object.entries(setting)
          .map(([k, v]) => `${k}: ${typeof v === "string" && /\s/.test(v) ? q(v) : v}`)
          .join(", ")} }`,
      );
    if (s.stderr !== undefined) parts.push(`stderr: ${s.stderr}`);
    if (s.approx) parts.push("approx: true");
    return `      - { ${parts.join(", ")} }`;
  }
  const lines = [`      - model: ${s.model}`, `        benchmark: ${s.benchmark}`, `        value: ${value}`];
  if (setting) {
    lines.push("        setting:");
    for (const [k, v] of Object.entries(setting)) lines.push(`          ${k}: ${typeof v === "string" ? q(v) : v}`);
  }
  if (s.stderr !== undefined) lines.push(`        stderr: ${s.stderr}`);
  if (s.approx) lines.push("        approx: true");
  if (s.as_named !== undefined) lines.push(`        as_named: ${q(s.as_named)}`);
  if (s.note !== undefined) lines.push(`        note: >-\n          ${s.note}`);
  return lines.join("\n");
}

/** Renders one source document as a registry file. */
function sourceFile(source, rnd) {
  const head = block("  ", source, ["id", "title", "publisher", "published", "url", "kind", "repeats"]);
  const scores = source.scores.map((s) => scoreYaml(s, rnd() < 0.5));
  return `# Synthetic source generated by scripts/gen-registry.mjs\nsources:\n${head}\n    scores:\n${scores.join("\n")}\n`;
}

/** Writes a generated registry to `dir` (replacing it), returning counts. */
export function writeRegistry(dir, scoreCount, seed = 1) {
  const reg = generateRegistry(scoreCount, seed);
  const rnd = randomSource(seed + 1);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "sources"), { recursive: true });
  const bKeys = ["id", "name", "aliases", "category", "unit", "higher_is_better", "description", "url"];
  const mKeys = ["id", "name", "org", "released", "open_weights", "aliases"];
  writeFileSync(
    join(dir, "benchmarks.yaml"),
    `benchmarks:\n${reg.benchmarks.map((b) => block("  ", b, bKeys)).join("\n")}\n`,
  );
  writeFileSync(join(dir, "models.yaml"), `models:\n${reg.models.map((m) => block("  ", m, mKeys)).join("\n")}\n`);
  for (const source of reg.sources) writeFileSync(join(dir, "sources", `${source.id}.yaml`), sourceFile(source, rnd));
  return {
    benchmarks: reg.benchmarks.length,
    models: reg.models.length,
    sources: reg.sources.length,
    scores: scoreCount,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      scores: { type: "string", default: "1000" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
    },
  });
  if (!values.out) {
    console.error("usage: node scripts/gen-registry.mjs --scores N --out DIR [--seed S]");
    process.exit(2);
  }
  const counts = writeRegistry(values.out, Number(values.scores), Number(values.seed));
  console.log(`${values.out}: ${JSON.stringify(counts)}`);
}

// Evaluation logs for `npm run bench`: `count` lm-evaluation-harness results files and `count` Inspect
// logs (as many .eval archives, deflated, as .json logs), each a different model with a few tasks.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zip } from "./zip.mjs";

/** Writes `count` results files into `dir/lm-eval` and `count` logs into `dir/inspect`. */
export function writeEvalLogs(dir, count) {
  mkdirSync(join(dir, "lm-eval"), { recursive: true });
  mkdirSync(join(dir, "inspect"), { recursive: true });
  for (let i = 0; i < count; i++) {
    const v = (n) => Number(((i * 7919 + n * 104729) % 1000) / 1000);
    const results = {
      gpqa_diamond_zeroshot: {
        "acc,none": v(1),
        "acc_stderr,none": 0.03,
        "acc_norm,none": v(2),
        "acc_norm_stderr,none": 0.03,
      },
      mmlu: { "acc,none": v(3), "acc_stderr,none": 0.004 },
      gsm8k: { "exact_match,strict-match": v(4), "exact_match_stderr,strict-match": 0.01 },
      hellaswag: { "acc,none": v(5), "acc_stderr,none": 0.004, "acc_norm,none": v(6), "acc_norm_stderr,none": "N/A" },
      [`custom_task_${i % 10}`]: { "f1,none": v(7), "f1_stderr,none": 0.02 },
    };
    const lmEval = {
      results,
      "n-shot": { gpqa_diamond_zeroshot: 0, mmlu: 5, gsm8k: 5, hellaswag: 10 },
      config: { model: "hf", model_args: `pretrained=bench-org/model-${i}` },
      date: 1774000000 + i * 3600,
      lm_eval_version: "0.4.9",
      model_name: `bench-org/model-${i}`,
    };
    writeFileSync(join(dir, "lm-eval", `results_${i}.json`), JSON.stringify(lmEval));
    const log = {
      version: 2,
      status: "success",
      eval: {
        task:
          i % 3 === 0 ? "inspect_evals/gpqa_diamond" : i % 3 === 1 ? "inspect_evals/mmlu_0_shot" : `custom_${i % 7}`,
        model: `openai/bench-model-${i}`,
        created: `2026-03-${String(1 + (i % 28)).padStart(2, "0")}T10:00:00+00:00`,
        model_generate_config: { reasoning_effort: ["low", "medium", "high"][i % 3] },
        config: {},
        dataset: { samples: 198 },
        packages: { inspect_ai: "0.3.140" },
      },
      results: {
        total_samples: 198,
        completed_samples: 198,
        scores: [{ name: "choice", metrics: { accuracy: { value: v(8) }, stderr: { value: 0.03 } } }],
      },
    };
    const text = JSON.stringify(log);
    if (i % 2 === 0) writeFileSync(join(dir, "inspect", `log-${i}.json`), text);
    else writeFileSync(join(dir, "inspect", `log-${i}.eval`), zip([{ name: "header.json", data: text, method: 8 }]));
  }
}

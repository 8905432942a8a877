// The parts of an Every Eval Ever aggregate record (eval.schema.json, 0.2.0 to 0.3.0) that muse reads and
// writes. A record has been checked against its JSON Schema before it is read with these types.

/** The schema version muse writes. */
export const EEE_EXPORT_VERSION = "0.3.0";

/** String-valued key-value pairs, as the schema's `additional_details` objects hold. */
export type EeeDetails = Record<string, string>;

/** Who published the figures of a record, and how they relate to the model's maker. */
export interface EeeSourceMetadata {
  source_name?: string;
  source_type: "documentation" | "evaluation_run";
  source_organization_name: string;
  source_organization_url?: string;
  evaluator_relationship: "first_party" | "third_party" | "collaborative" | "other";
  additional_details?: EeeDetails;
}

/** The model a record evaluates. */
export interface EeeModelInfo {
  name: string;
  id: string;
  developer?: string;
  inference_platform?: string;
  additional_details?: Record<string, unknown>;
}

/** Where an evaluation's data came from: a URL, a Hugging Face dataset or something else. */
export interface EeeSourceData {
  dataset_name: string;
  source_type: "url" | "hf_dataset" | "other";
  url?: string[];
  hf_repo?: string;
  hf_split?: string;
  additional_details?: EeeDetails;
}

/** How a metric reads: its direction, unit and range. */
export interface EeeMetricConfig {
  evaluation_description?: string;
  metric_id?: string;
  metric_name?: string;
  metric_kind?: string;
  metric_unit?: string;
  lower_is_better: boolean;
  score_type?: "binary" | "continuous" | "levels";
  min_score?: number | string | null;
  max_score?: number | string | null;
  additional_details?: EeeDetails;
}

/** The uncertainty of a score as the schema states it. */
export interface EeeUncertainty {
  standard_error?: { value: number; method?: string };
  confidence_interval?: { lower: number; upper: number; confidence_level?: number; method?: string };
  standard_deviation?: number;
  num_samples?: number;
}

/** A tool an agentic evaluation made available to the model. */
export interface EeeTool {
  name?: string;
  description?: string;
}

/** The generation settings of one evaluation result. */
export interface EeeGenerationConfig {
  generation_args?: {
    temperature?: number | null;
    max_tokens?: number;
    reasoning?: boolean;
    agentic_eval_config?: { available_tools?: EeeTool[]; additional_details?: EeeDetails };
    max_attempts?: number;
  };
  additional_details?: EeeDetails;
}

/** One metric result of a record. */
export interface EeeResult {
  evaluation_result_id?: string;
  evaluation_name: string;
  source_data: EeeSourceData;
  evaluation_timestamp?: string;
  metric_config: EeeMetricConfig;
  score_details: { score: number; details?: EeeDetails; uncertainty?: EeeUncertainty };
  generation_config?: EeeGenerationConfig;
}

/** An Every Eval Ever aggregate record: one evaluation of one model, from one source. */
export interface EeeRecord {
  schema_version: string;
  evaluation_id: string;
  evaluation_timestamp?: string;
  retrieved_timestamp: string;
  source_metadata: EeeSourceMetadata;
  eval_library?: { name: string; version: string; additional_details?: EeeDetails };
  model_info: EeeModelInfo;
  evaluation_results: EeeResult[];
}

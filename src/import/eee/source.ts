import type { Source } from "../../core/schema/index.js";
import type { EeeRecord, EeeSourceMetadata } from "./record.js";

/** A source as a record describes it, before its id is made unique: the fields of the registry's source record. */
export type SourceDraft = Omit<Source, "id" | "scores"> & {
  /** The id it asks for: muse's own (an export's `muse_source_id`) or one made from its name. */
  wantedId: string;
  /** Whether the id came from muse's own export (kept as it is). */
  ownId: boolean;
};

/** Keys muse's export writes into `source_metadata.additional_details` for what the schema has no field for. */
export const SOURCE_DETAILS = {
  id: "muse_source_id",
  title: "muse_title",
  published: "muse_published",
  kind: "muse_kind",
  repeatsName: "muse_repeats_name",
  repeatsKind: "muse_repeats_kind",
  license: "muse_license",
  attribution: "muse_attribution",
  note: "muse_note",
  url: "muse_url",
} as const;

const ID = /^(?=.{1,120}$)[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

const KINDS: Readonly<Record<EeeSourceMetadata["evaluator_relationship"], Source["kind"]>> = {
  first_party: "first-party",
  third_party: "third-party",
  collaborative: "first-party",
  other: "third-party",
};

/**
 * The source a record's `source_metadata` names: its organisation (publisher), name (title), URL, the kind
 * from `evaluator_relationship` (`collaborative` counts as first-party, as the maker took part; `other` as
 * third-party, and both say so in the note), and the retrieval date from `retrieved_timestamp`. What muse's
 * own export wrote into `additional_details` (id, title, date, kind, whose figures a press source repeats)
 * comes back as it was. `undefined` with a reason when the retrieval date cannot be read.
 */
export function sourceOf(record: EeeRecord): { draft: SourceDraft } | { problem: string } {
  const meta = record.source_metadata;
  const own = meta.additional_details ?? {};
  const published = own[SOURCE_DETAILS.published] ?? dateOf(record.retrieved_timestamp);
  if (published === undefined || !/^\d{4}(-\d\d(-\d\d)?)?$/.test(published))
    return { problem: `retrieved_timestamp '${record.retrieved_timestamp}' is not epoch seconds or a date` };
  const title = own[SOURCE_DETAILS.title] ?? meta.source_name ?? meta.source_organization_name;
  const ownKind = own[SOURCE_DETAILS.kind];
  const kind = ownKind === "press" || ownKind === "first-party" || ownKind === "third-party" ? ownKind : undefined;
  const repeatsKind = own[SOURCE_DETAILS.repeatsKind];
  const repeats =
    kind === "press" && own[SOURCE_DETAILS.repeatsName] !== undefined
      ? {
          name: own[SOURCE_DETAILS.repeatsName] as string,
          kind: repeatsKind === "first-party" ? ("first-party" as const) : ("third-party" as const),
        }
      : undefined;
  const relationship = meta.evaluator_relationship;
  const notes = [
    own[SOURCE_DETAILS.note],
    kind === undefined && (relationship === "collaborative" || relationship === "other")
      ? `Every Eval Ever gives the evaluator's relationship to the model as '${relationship}'.`
      : undefined,
  ].filter((n): n is string => n !== undefined);
  // Only a well-formed registry id is taken as it stands: it names the file the source is written to.
  const ownId = ID.test(own[SOURCE_DETAILS.id] ?? "") ? own[SOURCE_DETAILS.id] : undefined;
  const draft: SourceDraft = {
    wantedId: ownId ?? `eee-${title}`,
    ownId: ownId !== undefined,
    title: title.slice(0, 300),
    publisher: meta.source_organization_name.slice(0, 200),
    published,
    ...urlOf(own[SOURCE_DETAILS.url] ?? meta.source_organization_url),
    kind: kind ?? KINDS[relationship],
    ...(repeats ? { repeats } : {}),
    ...(own[SOURCE_DETAILS.license] ? { license: own[SOURCE_DETAILS.license] } : {}),
    ...(own[SOURCE_DETAILS.attribution] ? { attribution: own[SOURCE_DETAILS.attribution] } : {}),
    ...(notes.length > 0 ? { note: notes.join(" ").slice(0, 2000) } : {}),
  };
  return { draft };
}

/** A retrieval timestamp as a date: epoch seconds written as a string (`"1770682486.623709"`), or an ISO date. */
export function dateOf(timestamp: string): string | undefined {
  const text = timestamp.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const date = new Date(Number(text) * 1000);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
  }
  const iso = /^(\d{4}-\d\d-\d\d)(T|\s|$)/.exec(text);
  return iso?.[1];
}

/** `{url}` when the text is an http(s) address, else nothing. */
function urlOf(text: string | undefined): { url?: string } {
  return isWebUrl(text) ? { url: text } : {};
}

function isWebUrl(text: string | undefined): text is string {
  if (text === undefined) return false;
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

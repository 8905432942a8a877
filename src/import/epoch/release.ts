/** The citation Epoch AI asks for (from the README of its Benchmarking Hub download). */
export const EPOCH_CITATION =
  "Epoch AI, ‘AI Benchmarking Hub’. Published online at epoch.ai. Retrieved from ‘https://epoch.ai/benchmarks’ [online resource].";

/** The licence of Epoch AI's Benchmarking Hub data. */
export const EPOCH_LICENSE = "CC BY 4.0";

/** Where Epoch AI publishes the Benchmarking Hub. */
export const EPOCH_URL = "https://epoch.ai/benchmarks";

/** The release month of a download and where that was read from. */
export interface Release {
  published: string;
  from: "option" | "README" | "directory name" | "latest date in the data";
  /** Set when the README's citation names an earlier month than the data holds (the data wins). */
  warning?: string;
}

/** The citation block from the README of Epoch's download, or the standard citation when it has none. */
export function citationOf(readme: string | undefined): string {
  const block = readme === undefined ? undefined : /#+\s*Citation\s*\n+```[^\n]*\n([\s\S]*?)```/i.exec(readme)?.[1];
  const text = block?.replace(/\s+/g, " ").trim();
  return text === undefined || text === "" || text.length > 1000 ? EPOCH_CITATION : text;
}

/**
 * The release month of a download, `YYYY-MM`: the option if given, else the BibTeX year and month
 * of its README (unless the data holds a later date: a citation copied from an older release; then
 * the month of that date, with a warning naming both), else a `YYYY-MM` in the directory name, else
 * the month of the latest date in it.
 */
export function releaseOf(input: {
  option?: string;
  readme?: string;
  dirName: string;
  latestDate?: string;
}): Release | undefined {
  if (input.option !== undefined) return { published: input.option, from: "option" };
  const year = input.readme === undefined ? undefined : /\byear\s*=\s*\{?\s*(\d{4})/i.exec(input.readme)?.[1];
  const month = input.readme === undefined ? undefined : /\bmonth\s*=\s*\{?\s*(\d{1,2})\b/i.exec(input.readme)?.[1];
  if (year && month && Number(month) >= 1 && Number(month) <= 12) {
    const cited = `${year}-${month.padStart(2, "0")}`;
    const latest = input.latestDate?.slice(0, 7);
    if (latest === undefined || latest <= cited) return { published: cited, from: "README" };
    const warning = `the README's citation says ${cited} but the data holds dates up to ${input.latestDate}; release taken as ${latest} (pass --release YYYY-MM to set it)`;
    return { published: latest, from: "latest date in the data", warning };
  }
  const named = /(?:^|\D)(20\d\d)-(0[1-9]|1[0-2])(?:\D|$)/.exec(input.dirName);
  if (named?.[1] && named[2]) return { published: `${named[1]}-${named[2]}`, from: "directory name" };
  if (input.latestDate !== undefined)
    return { published: input.latestDate.slice(0, 7), from: "latest date in the data" };
  return undefined;
}

/** The latest `YYYY-MM-DD` date written anywhere in some texts, for guessing a release month. */
export function latestDateIn(texts: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const text of texts) {
    for (const [date] of text.matchAll(/\b20\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g)) {
      if (latest === undefined || date > latest) latest = date;
    }
  }
  return latest;
}

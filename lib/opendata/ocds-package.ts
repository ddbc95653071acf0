import type { OcdsRelease } from "./ocds-release";

// The release package around a page of releases (OCDS 1.1, release-package-schema.json).
// `links` comes from the pagination extension, which OCDS 1.1 leaves to extensions; the
// party scale extension defines parties' details.scale.
const EXTENSIONS = [
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/master/extension.json",
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_partyDetails_scale_extension/master/extension.json",
];

export type ReleasePackage = ReturnType<typeof releasePackage>;

// publishedDate: for a package made on demand, OCDS asks for the time of the last change to
// its contents, which is the newest release's date (or now when there is none: an empty
// range gives an empty list, which the schema's minItems frowns on but clients expect).
export function releasePackage(releases: OcdsRelease[], options: { uri: string; baseUrl: string; next?: string }) {
  const newest = releases.reduce<string | undefined>((latest, release) => (latest === undefined || release.date > latest ? release.date : latest), undefined);
  return {
    uri: options.uri,
    version: "1.1",
    extensions: EXTENSIONS,
    publishedDate: newest ?? new Date().toISOString(),
    publisher: { name: "Kraya", uri: options.baseUrl },
    releases,
    ...(options.next && { links: { next: options.next } }),
  };
}

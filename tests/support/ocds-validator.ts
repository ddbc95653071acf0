import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

// The official OCDS 1.1.5 schemas (draft-04), offline: the package schema refers to the
// release schema by its URL, which is the id it is added under. OCDS's own metadata keywords
// (codelist, versionId...) are declared so that Ajv's strict mode accepts them.
// Returns the validation errors of a release package, none when it is valid.
export const validateReleasePackage = (() => {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../fixtures/ocds-1.1.5", name), "utf8"));
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  ajv.addVocabulary(["codelist", "openCodelist", "deprecated", "deprecatedVersion", "omitWhenMerged", "versionId", "wholeListMerge"]);
  addFormats(ajv);
  ajv.addSchema(read("release-schema.json"));
  const validate = ajv.compile(read("release-package-schema.json"));
  return (releasePackage: unknown): string[] => (validate(releasePackage) ? [] : validate.errors!.map((error) => `${error.instancePath} ${error.message}`));
})();

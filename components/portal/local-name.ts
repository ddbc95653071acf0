// Places are stored with their English and Hindi names; show the one of the page's language.
export function localName(locale: string, place: { name: string; nameHi: string }): string {
  return locale === "hi" ? place.nameHi : place.name;
}

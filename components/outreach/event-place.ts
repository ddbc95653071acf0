import { localName } from "@/components/portal/local-name";

type Named = { name: string; nameHi: string };

// "Venue, District, State" for an event held in person; the caller says "Online" otherwise.
export function eventPlace(locale: string, event: { venue: string | null; district: Named | null; state: Named }): string {
  return [event.venue, event.district ? localName(locale, event.district) : null, localName(locale, event.state)].filter(Boolean).join(", ");
}

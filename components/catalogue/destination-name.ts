import { localName } from "@/components/portal/local-name";
import type { DeliveryDestination } from "@/lib/catalogue/delivery-destination";

// Where goods go, in the reader's language: the office with its district and state, or the state.
export function destinationName(destination: DeliveryDestination, locale: string): string {
  if (destination.kind === "state") return localName(locale, destination.state);
  const { office } = destination;
  return `${office.name}, ${localName(locale, office.district)}, ${localName(locale, office.state)}`;
}

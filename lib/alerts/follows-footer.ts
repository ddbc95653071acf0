import type { Translate } from "../notifications/translator";

// The last line of every catalogue alert e-mail: why the reader receives it and where to change it.
export function followsFooter(t: Translate, base: string): string {
  return t("notifications.email.manage", { link: `${base}/buyer/follows` });
}

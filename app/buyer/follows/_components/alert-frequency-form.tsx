import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { AlertFrequency } from "@/lib/db/generated/enums";
import { setAlertFrequencyAction } from "../actions";

const CHOICES: AlertFrequency[] = ["INSTANT", "DAILY"];

// Two radio buttons and Save: a plain form post, nothing to validate beyond the choice.
export async function AlertFrequencyForm({ current }: { current: AlertFrequency }) {
  const t = await getTranslations("follows.frequency");
  return (
    <form action={setAlertFrequencyAction} className="rounded-lg border border-navy-100 bg-white p-5 shadow-sm">
      <fieldset>
        <legend className="text-xl font-bold text-navy-900">{t("legend")}</legend>
        <div className="mt-3 space-y-2">
          {CHOICES.map((choice) => (
            <label key={choice} className="flex min-h-11 items-start gap-3 text-slate-800">
              <input type="radio" name="alertFrequency" value={choice} defaultChecked={choice === current} className="mt-1 size-5 accent-navy-800" />
              <span>{t(choice)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" className="mt-4">
        {t("save")}
      </Button>
    </form>
  );
}

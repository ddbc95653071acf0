import type { MakeInIndiaClass } from "../db/generated/enums";

// Public Procurement (Preference to Make in India) Order 2017, revised 2020: a Class-I local
// supplier's goods or services have at least 50 % local content, Class-II at least 20 %;
// below that the supplier is non-local and gets no purchase preference.
export const CLASS_I_MIN_LOCAL_CONTENT = 50;
export const CLASS_II_MIN_LOCAL_CONTENT = 20;

export function makeInIndiaClass(localContentPercent: number): MakeInIndiaClass {
  if (localContentPercent >= CLASS_I_MIN_LOCAL_CONTENT) return "CLASS_I";
  if (localContentPercent >= CLASS_II_MIN_LOCAL_CONTENT) return "CLASS_II";
  return "NON_LOCAL";
}

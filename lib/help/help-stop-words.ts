import type { HelpLanguage } from "./help-languages";

// Words that carry no meaning in a help question ("how do I ...", "कैसे ... करें"): left out of
// the index and of queries, so that the words that matter decide the ranking.
export const HELP_STOP_WORDS: Record<HelpLanguage, ReadonlySet<string>> = {
  en: new Set(
    ("a about after all also am an and any are as at be been before but by can could did do does doing for from get had has have how i if in into is it its " +
      "me my myself no not of on once only or our should so some such than that the their them then there these they this those to too us was we what " +
      "when where which while who whom why will with would you your yours").split(" "),
  ),
  hi: new Set(
    ("और या कि का की के को में से पर है हैं था थे थी हो होता होती होते होगा होगी करें करे करना करता करते करती कर कैसे क्या क्यों कब कहाँ कौन " +
      "मैं मुझे मेरा मेरी मेरे हम हमें हमारा आप आपका आपकी आपके यह ये वह वे इस इसे उस उसे जो तो भी ही नहीं न एक लिए साथ द्वारा सकता सकती सकते जब तक").split(" "),
  ),
  ta: new Set(
    ("எப்படி என்ன ஏன் எப்போது எங்கே யார் நான் நாம் நாங்கள் நீங்கள் உங்கள் என் எனது அது இது அந்த இந்த ஒரு மற்றும் அல்லது உம் ஆகும் உள்ள " +
      "செய்வது செய்ய வேண்டும் முடியும் எனக்கு").split(" "),
  ),
};

// The tutorial videos: short slide shows made by scripts/make-help-videos.ts (Chromium draws
// each slide on a canvas and records it), served by Kraya itself from public/help/videos with
// English and Hindi captions. The slides carry both languages; the captions say each slide.
export type VideoSlide = { en: string; hi: string; button?: { en: string; hi: string } };
export type HelpVideo = { slug: string; slides: VideoSlide[] };

export const SLIDE_SECONDS = 4;
export const CAPTION_LANGUAGES = ["en", "hi"] as const;
export type CaptionLanguage = (typeof CAPTION_LANGUAGES)[number];

export const HELP_VIDEOS: HelpVideo[] = [
  {
    slug: "accept-goods",
    slides: [
      { en: "Accept goods: a guide for the consignee", hi: "माल स्वीकार करें: प्रेषिती के लिए मार्गदर्शिका" },
      { en: "Open the Buyer portal, then Orders.", hi: "क्रेता पोर्टल में ऑर्डर खोलें।", button: { en: "Orders", hi: "ऑर्डर" } },
      { en: "Under “Needs my action”, open the order.", hi: "“मेरी कार्रवाई आवश्यक” में ऑर्डर खोलें।" },
      { en: "When the goods arrive, record the receipt (PRC).", hi: "माल पहुँचने पर प्राप्ति दर्ज करें (PRC)।", button: { en: "Record receipt", hi: "प्राप्ति दर्ज करें" } },
      { en: "Inspect the goods. You have 10 days.", hi: "माल की जाँच करें। आपके पास 10 दिन हैं।" },
      { en: "Enter the quantity you accept for each item.", hi: "हर वस्तु की स्वीकृत मात्रा भरें।" },
      { en: "Press “Accept goods” (CRAC). The seller can now invoice.", hi: "“माल स्वीकार करें” दबाएँ (CRAC)। अब विक्रेता बीजक दे सकता है।", button: { en: "Accept goods", hi: "माल स्वीकार करें" } },
      { en: "Not acceptable? Use “Reject goods” and give the reason.", hi: "माल ठीक नहीं? कारण सहित “माल अस्वीकार करें” चुनें।" },
    ],
  },
  {
    slug: "register-as-seller",
    slides: [
      { en: "Register as a seller", hi: "विक्रेता के रूप में पंजीकरण करें" },
      { en: "Keep ready: PAN, GSTIN, Udyam number, bank account and IFSC.", hi: "तैयार रखें: पैन, जीएसटीआईएन, उद्यम नंबर, बैंक खाता और आईएफ़एससी।" },
      { en: "Open “Register as a seller” from the home page.", hi: "मुखपृष्ठ से “विक्रेता के रूप में पंजीकरण करें” खोलें।", button: { en: "Register as a seller", hi: "विक्रेता के रूप में पंजीकरण करें" } },
      { en: "Fill in the enterprise, its tax registrations and special groups.", hi: "उद्यम, कर पंजीकरण और विशेष समूहों की जानकारी भरें।" },
      { en: "Add the address and the bank account for payments.", hi: "पता और भुगतान के लिए बैंक खाता भरें।" },
      { en: "Create your account and press “Register”.", hi: "अपना खाता बनाएँ और “पंजीकरण करें” दबाएँ।", button: { en: "Register", hi: "पंजीकरण करें" } },
      { en: "Sign in and complete your profile to 100 %.", hi: "साइन इन करें और प्रोफ़ाइल 100 % पूरी करें।" },
      { en: "An official of your state verifies it. Then you can sell.", hi: "आपके राज्य के अधिकारी सत्यापन करते हैं। फिर आप बेच सकते हैं।" },
    ],
  },
  {
    slug: "list-a-product",
    slides: [
      { en: "List a product", hi: "उत्पाद की लिस्टिंग करें" },
      { en: "In the Seller portal, open Listings.", hi: "विक्रेता पोर्टल में सूचियाँ खोलें।", button: { en: "Add a listing", hi: "लिस्टिंग जोड़ें" } },
      { en: "Choose the most specific category, then “Continue”.", hi: "सबसे उपयुक्त श्रेणी चुनें, फिर “आगे बढ़ें”।" },
      { en: "Write a title buyers search for, and the specifications.", hi: "ऐसा शीर्षक लिखें जिसे ख़रीदार खोजें, और विनिर्देश भरें।" },
      { en: "Enter the price, MRP, GST, stock and delivery.", hi: "मूल्य, एमआरपी, जीएसटी, स्टॉक और डिलीवरी भरें।" },
      { en: "Press “Create draft”, then upload up to 5 photos.", hi: "“ड्राफ़्ट बनाएँ” दबाएँ, फिर 5 तक फ़ोटो अपलोड करें।", button: { en: "Create draft", hi: "ड्राफ़्ट बनाएँ" } },
      { en: "In Listings, press “Submit for approval”.", hi: "सूचियों में “स्वीकृति के लिए भेजें” दबाएँ।", button: { en: "Submit for approval", hi: "स्वीकृति के लिए भेजें" } },
      { en: "Once an official approves it, buyers can find it.", hi: "अधिकारी की स्वीकृति के बाद ख़रीदार इसे खोज सकते हैं।" },
    ],
  },
];

export function findVideo(slug: string): HelpVideo | null {
  return HELP_VIDEOS.find((video) => video.slug === slug) ?? null;
}

export function videoPaths(slug: string): { webm: string; poster: string; captions: Record<CaptionLanguage, string> } {
  const base = `/help/videos/${slug}`;
  return { webm: `${base}.webm`, poster: `${base}.png`, captions: { en: `${base}.en.vtt`, hi: `${base}.hi.vtt` } };
}

function timestamp(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `00:${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}.000`;
}

// WebVTT captions: one cue per slide.
export function captionsOf(video: HelpVideo, language: CaptionLanguage): string {
  const cues = video.slides.map((slide, index) => `${index + 1}\n${timestamp(index * SLIDE_SECONDS)} --> ${timestamp((index + 1) * SLIDE_SECONDS)}\n${slide[language]}`);
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}

// `npx tsx scripts/make-help-videos.ts`: makes the help centre's tutorial videos from the slides
// in lib/help/help-videos.ts, into public/help/videos: <slug>.webm (VP9), <slug>.png (the
// poster) and <slug>.<en|hi>.vtt (captions). There is no video encoder on the server: Debian's
// Chromium draws each slide on a canvas and records the canvas with MediaRecorder. Run it again
// after changing the slides; CHROMIUM_PATH names another Chromium.
import fs from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CAPTION_LANGUAGES, captionsOf, HELP_VIDEOS, SLIDE_SECONDS, videoPaths, type VideoSlide } from "../lib/help/help-videos";

type Recording = { webm: string; poster: string; duration: number };

// Runs in the browser page: draws the slides one after the other and records them. Kept in
// plain JavaScript so that it reaches the page as written.
const RECORD_SLIDES = String.raw`async ({ slides, seconds }) => {
  const W = 640, H = 360, NAVY = "#0f1f40", SAFFRON = "#f5a623";
  const canvas = document.createElement("canvas");
  canvas.width = W;
  canvas.height = H;
  document.body.append(canvas);
  const g = canvas.getContext("2d");
  const face = (size, bold) => (bold ? "bold " : "") + size + 'px "Noto Sans", "Noto Sans Devanagari", sans-serif';
  const lines = (text, font, width) => {
    g.font = font;
    const out = [""];
    for (const word of text.split(" ")) {
      const next = out[out.length - 1] ? out[out.length - 1] + " " + word : word;
      if (g.measureText(next).width > width && out[out.length - 1]) out.push(word);
      else out[out.length - 1] = next;
    }
    return out;
  };
  const write = (text, font, color, x, y, width, lineHeight) => {
    g.fillStyle = color;
    for (const line of lines(text, font, width)) {
      g.font = font;
      g.fillText(line, x, y);
      y += lineHeight;
    }
    return y;
  };
  const draw = (slide, index) => {
    g.fillStyle = "#f1f4fa";
    g.fillRect(0, 0, W, H);
    g.fillStyle = NAVY;
    g.fillRect(0, 0, W, 48);
    g.fillStyle = SAFFRON;
    g.fillRect(0, 0, W, 4);
    write("Kraya · Help centre · सहायता केंद्र", face(15, true), "#ffffff", 24, 32, 400, 20);
    const total = slides.length - 1;
    if (index > 0) {
      g.font = face(14, false);
      const step = "Step " + index + " of " + total + " · चरण " + index + "/" + total;
      g.fillText(step, W - 24 - g.measureText(step).width, 32);
    }
    let y;
    if (index === 0) {
      y = write(slide.en, face(32, true), NAVY, 40, 140, 560, 42);
      write(slide.hi, face(26, false), "#334155", 40, y + 12, 560, 38);
    } else {
      g.fillStyle = SAFFRON;
      g.beginPath();
      g.arc(58, 104, 22, 0, Math.PI * 2);
      g.fill();
      write(String(index), face(22, true), NAVY, index > 9 ? 45 : 51, 112, 40, 24);
      y = write(slide.en, face(25, true), NAVY, 96, 112, 510, 34);
      y = write(slide.hi, face(21, false), "#334155", 96, y + 10, 510, 32);
    }
    if (slide.button) {
      g.font = face(18, true);
      const width = g.measureText(slide.button.en).width + 48;
      g.fillStyle = NAVY;
      g.beginPath();
      g.roundRect(96, 268, width, 44, 6);
      g.fill();
      write(slide.button.en, face(18, true), "#ffffff", 120, 296, width, 24);
      write(slide.button.hi, face(15, false), "#334155", 96 + width + 16, 296, 300, 20);
    }
    for (let dot = 0; dot < slides.length; dot += 1) {
      g.fillStyle = dot === index ? NAVY : "#c3cee6";
      g.beginPath();
      g.arc(W / 2 - (slides.length - 1) * 9 + dot * 18, H - 18, 5, 0, Math.PI * 2);
      g.fill();
    }
  };
  await document.fonts.load(face(20, false), "Kraya सहायता");
  draw(slides[0], 0);
  const poster = canvas.toDataURL("image/png");
  const recorder = new MediaRecorder(canvas.captureStream(10), { mimeType: "video/webm;codecs=vp9", videoBitsPerSecond: 100000 });
  const chunks = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start();
  for (let index = 0; index < slides.length; index += 1) {
    const until = performance.now() + seconds * 1000;
    while (performance.now() < until) {
      draw(slides[index], index);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  recorder.stop();
  await stopped;
  const blob = new Blob(chunks, { type: "video/webm" });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const probe = document.createElement("video");
  probe.src = URL.createObjectURL(blob);
  await new Promise((resolve) => (probe.onloadedmetadata = resolve));
  return { webm: btoa(binary), poster: poster.split(",")[1], duration: probe.duration };
}`;

const outDir = path.join(process.cwd(), "public");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
try {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><html lang='en'><body></body></html>");
  await fs.mkdir(path.join(outDir, "help/videos"), { recursive: true });
  for (const video of HELP_VIDEOS) {
    const args: { slides: VideoSlide[]; seconds: number } = { slides: video.slides, seconds: SLIDE_SECONDS };
    const recording = (await page.evaluate(`(${RECORD_SLIDES})(${JSON.stringify(args)})`)) as Recording;
    const paths = videoPaths(video.slug);
    await fs.writeFile(path.join(outDir, paths.webm), Buffer.from(recording.webm, "base64"));
    await fs.writeFile(path.join(outDir, paths.poster), Buffer.from(recording.poster, "base64"));
    for (const language of CAPTION_LANGUAGES) await fs.writeFile(path.join(outDir, paths.captions[language]), captionsOf(video, language));
    console.log(`${paths.webm}: ${Math.round(Buffer.from(recording.webm, "base64").length / 1024)} KB, duration ${recording.duration}`);
  }
} finally {
  await browser.close();
}

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { ActionContext } from "@/lib/auth/context";
import { FieldValidationError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { FeedbackRateLimitError } from "@/lib/feedback/anonymous-limits";
import { getFeedbackByToken } from "@/lib/feedback/get-feedback-by-token";
import { getFeedbackForTriage } from "@/lib/feedback/get-feedback-for-triage";
import { listFeedback } from "@/lib/feedback/list-feedback";
import { listMyFeedback } from "@/lib/feedback/list-my-feedback";
import { readFeedbackScreenshot } from "@/lib/feedback/read-feedback-screenshot";
import { sendFeedback, type SendFeedbackInput } from "@/lib/feedback/send-feedback";
import { signFormStart } from "@/lib/feedback/sender-signals";
import { triageFeedback } from "@/lib/feedback/triage-feedback";
import { fileStorage } from "@/lib/media/file-storage";
import { notificationText } from "@/lib/notifications/notification-text";
import { translatorFor } from "@/lib/notifications/translator";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorByEmail, actorWithRoles } from "./admin-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "kraya-feedback-"));
const storage = fileStorage(mediaDir);
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

const MINUTE = 60_000;
const T0 = new Date("2027-02-10T06:00:00Z");
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * MINUTE);
const as = (actor: Actor | null, now: Date, ip = "203.0.113.9"): ActionContext => ({ actor, ip, now });

// A form as the page hands it out, filled in after `filledAfterMs`.
function form(now: Date, overrides: Partial<SendFeedbackInput> = {}, filledAfterMs = 20_000): SendFeedbackInput {
  return {
    formKey: randomBytes(16).toString("base64url"),
    page: "/search?q=chair",
    category: "search",
    rating: 4,
    text: `Search found the chairs quickly, ${randomBytes(4).toString("hex")}.`,
    startedAt: signFormStart(new Date(now.getTime() - filledAfterMs)),
    locale: "en",
    screenshot: null,
    ...overrides,
  };
}

const fieldErrors = (error: unknown) => (error as FieldValidationError).fieldErrors;
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

async function biharSeller(): Promise<Actor> {
  const seller = await db().seller.findFirstOrThrow({ where: { state: { code: "BR" } }, select: { id: true } });
  return actorWithRoles(db(), ["SELLER_ADMIN"], { sellerId: seller.id });
}

describe("sending feedback", () => {
  it("keeps a signed-in buyer's feedback with their office's state, once however often the form is sent", async () => {
    const buyer = await actorByEmail(db(), "buyer@kraya.demo");
    const input = form(T0, { startedAt: undefined });
    const sent = await sendFeedback(db(), as(buyer, T0), input, storage);
    expect(sent.trackingToken).toBeNull();
    expect(await sendFeedback(db(), as(buyer, at(T0, 1)), input, storage)).toEqual(sent);
    const rows = await db().feedback.findMany({ where: { formKey: input.formKey } });
    expect(rows).toHaveLength(1);
    const office = await db().user.findUniqueOrThrow({ where: { id: buyer.userId }, select: { office: { select: { stateId: true } } } });
    expect(rows[0]).toMatchObject({ userId: buyer.userId, stateId: office.office?.stateId, status: "NEW", rating: 4, page: "/search?q=chair", ipHash: null, trackingToken: null });
    expect(await db().auditEvent.count({ where: { action: "feedback.send", entityId: String(sent.id) } })).toBe(1);
    // Someone else presenting the same form key gets nothing of it.
    const other = await actorByEmail(db(), "consignee@kraya.demo");
    expect(fieldErrors(await refusal(sendFeedback(db(), as(other, T0), input, storage)))).toEqual({ form: "feedback.errors.notSent" });
  });

  it("gives an anonymous sender a tracking token, and the same token when the form is sent twice", async () => {
    const now = at(T0, 30);
    const input = form(now, { rating: undefined, category: "other", page: "/" });
    const sent = await sendFeedback(db(), as(null, now, "198.51.100.20"), input, storage);
    expect(sent.trackingToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await sendFeedback(db(), as(null, at(now, 0.1), "198.51.100.20"), input, storage)).toEqual(sent);
    const row = await db().feedback.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({ userId: null, stateId: null, rating: null, trackingToken: sent.trackingToken });
    expect(row.ipHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.ipHash).not.toContain("198.51");
    expect(await getFeedbackByToken(db(), sent.trackingToken!)).toMatchObject({ id: sent.id, status: "NEW", reply: null });
    expect(await getFeedbackByToken(db(), "x".repeat(32))).toBeNull();
  });

  it("limits an address to 3 anonymous messages in 10 minutes, saying until when; other addresses go on", async () => {
    const ip = "198.51.100.31";
    for (const minute of [0, 1, 2]) await sendFeedback(db(), as(null, at(T0, 60 + minute), ip), form(at(T0, 60 + minute)), storage);
    for (const minute of [3, 9]) {
      const error = await refusal(sendFeedback(db(), as(null, at(T0, 60 + minute), ip), form(at(T0, 60 + minute)), storage));
      expect(error).toBeInstanceOf(FeedbackRateLimitError);
      expect(fieldErrors(error)).toEqual({ form: "feedback.errors.rateLimited" });
      expect((error as FeedbackRateLimitError).retryAt).toEqual(at(T0, 70));
    }
    await sendFeedback(db(), as(null, at(T0, 63), "198.51.100.32"), form(at(T0, 63)), storage);
    await sendFeedback(db(), as(null, at(T0, 70.5), ip), form(at(T0, 70.5)), storage);
  });

  it("limits an address to 10 anonymous messages a day", async () => {
    const ip = "198.51.100.40";
    const start = at(T0, 200);
    for (let index = 0; index < 10; index++) await sendFeedback(db(), as(null, at(start, index * 11), ip), form(at(start, index * 11)), storage);
    const error = await refusal(sendFeedback(db(), as(null, at(start, 110), ip), form(at(start, 110)), storage));
    expect((error as FeedbackRateLimitError).retryAt).toEqual(at(start, 24 * 60));
  });

  it("refuses the robots' signs: the hidden field filled in, a form sent at once or with a forged time, the same text again", async () => {
    const now = at(T0, 600);
    const ip = "198.51.100.50";
    const send = (input: SendFeedbackInput) => refusal(sendFeedback(db(), as(null, now, ip), input, storage));
    expect(fieldErrors(await send(form(now, { website: "https://cheap-pills.example" })))).toEqual({ form: "feedback.errors.notSent" });
    expect(fieldErrors(await send(form(now, {}, 1_000)))).toEqual({ form: "feedback.errors.tooFast" });
    expect(fieldErrors(await send(form(now, { startedAt: `${now.getTime() - 60_000}.forged` })))).toEqual({ form: "feedback.errors.formExpired" });
    expect(fieldErrors(await send(form(now, { startedAt: undefined })))).toEqual({ form: "feedback.errors.formExpired" });
    expect(fieldErrors(await send(form(now, {}, 25 * 60 * MINUTE)))).toEqual({ form: "feedback.errors.formExpired" });
    const text = "The delivery date on the order page is wrong.";
    await sendFeedback(db(), as(null, now, ip), form(now, { text }), storage);
    expect(fieldErrors(await refusal(sendFeedback(db(), as(null, at(now, 5), ip), form(at(now, 5), { text: `  the delivery date on the ORDER page is wrong. ` }), storage)))).toEqual({ text: "feedback.errors.duplicate" });
    expect(await db().feedback.count({ where: { text } })).toBe(1);
  });
});

describe("screenshots", () => {
  const picture = (width: number, height: number, format: "png" | "jpeg") =>
    sharp({ create: { width, height, channels: 3, background: { r: 30, g: 60, b: 120 } } })
      .withExif({ IFD0: { Copyright: "Secret Office", ImageDescription: "GPS 23.25N 77.41E" } })
      [format]()
      .toBuffer()
      .then((buffer) => new Uint8Array(buffer));

  it("re-encodes to WebP at most 1600 px wide without metadata, readable only by an admin whose area holds it", async () => {
    const sender = await biharSeller();
    const sent = await sendFeedback(db(), as(sender, at(T0, 900)), form(at(T0, 900), { screenshot: await picture(2400, 1200, "jpeg"), category: "catalogue" }), storage);
    const { screenshotKey } = await db().feedback.findUniqueOrThrow({ where: { id: sent.id }, select: { screenshotKey: true } });
    expect(screenshotKey).toMatch(new RegExp(`^feedback/${sent.id}/[0-9a-f]{24}\\.webp$`));
    const national = await actorByEmail(db(), "admin@kraya.demo");
    const bytes = await readFeedbackScreenshot(db(), as(national, T0), sent.id, storage);
    const stored = await sharp(bytes).metadata();
    expect([stored.format, stored.width, stored.height, stored.exif]).toEqual(["webp", 1600, 800, undefined]);
    expect(Buffer.from(bytes).includes("Secret Office")).toBe(false);
    await readFeedbackScreenshot(db(), as(await actorByEmail(db(), "admin.br@kraya.demo"), T0), sent.id, storage);
    await expect(readFeedbackScreenshot(db(), as(await actorByEmail(db(), "admin.mp@kraya.demo"), T0), sent.id, storage)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readFeedbackScreenshot(db(), as(sender, T0), sent.id, storage)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(readFeedbackScreenshot(db(), as(null, T0), sent.id, storage)).rejects.toThrow("Sign-in required");
  });

  it("refuses files that are not PNG, JPEG or WebP, or are over 2 MB, and stores nothing", async () => {
    const buyer = await actorByEmail(db(), "buyer@kraya.demo");
    const send = (screenshot: Uint8Array) => refusal(sendFeedback(db(), as(buyer, T0), form(T0, { screenshot }), storage));
    expect(fieldErrors(await send(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>")))).toEqual({ screenshot: "feedback.errors.screenshotType" });
    const large = new Uint8Array(2 * 1024 * 1024 + 1);
    large.set(await picture(400, 300, "png"));
    expect(fieldErrors(await send(large))).toEqual({ screenshot: "feedback.errors.screenshotTooLarge" });
    const broken = (await picture(400, 300, "png")).slice(0, 60);
    expect(fieldErrors(await send(broken))).toEqual({ screenshot: "feedback.errors.screenshotUnreadable" });
  });
});

describe("triage", () => {
  it("moves feedback along the workflow with replies, tells the signed-in sender, and keeps an audit trail", async () => {
    const buyer = await actorByEmail(db(), "buyer@kraya.demo");
    const admin = await actorByEmail(db(), "admin@kraya.demo");
    const text = `Filters by district would help, ${randomBytes(4).toString("hex")}.`;
    const { id } = await sendFeedback(db(), as(buyer, at(T0, 1000)), form(at(T0, 1000), { text, startedAt: undefined }), storage);
    const ctx = as(admin, at(T0, 1100));
    const triage = (status: "NEW" | "ACKNOWLEDGED" | "PLANNED" | "DONE" | "WONT_DO", reply?: string) => triageFeedback(db(), ctx, { feedbackId: id, status, reply });

    expect(fieldErrors(await refusal(triage("NEW")))).toEqual({ reply: "feedback.errors.nothingToSave" });
    // Answering new feedback acknowledges it.
    expect(await triage("NEW", "Thank you; we are looking at district filters.")).toEqual({ id, status: "ACKNOWLEDGED" });
    const acknowledged = await db().feedback.findUniqueOrThrow({ where: { id } });
    expect(acknowledged).toMatchObject({ status: "ACKNOWLEDGED", reply: "Thank you; we are looking at district filters.", repliedById: admin.userId, repliedAt: at(T0, 1100) });
    const notification = await db().notification.findFirstOrThrow({ where: { userId: buyer.userId, kind: "feedback.acknowledged" }, orderBy: { id: "desc" } });
    expect(notification).toMatchObject({ link: "/feedback", title: "Your feedback is acknowledged" });
    expect(notification.body).toBe("Kraya's team has read your feedback about /search?q=chair and is looking into it. The reply: “Thank you; we are looking at district filters.”");
    expect(notificationText(await translatorFor("hi"), "hi", notification).title).toBe("आपका सुझाव स्वीकार किया गया");
    expect(await db().emailOutbox.count({ where: { kind: "feedback.acknowledged" } })).toBeGreaterThan(0);

    expect(fieldErrors(await refusal(triage("NEW", "Back to new")))).toEqual({ status: "feedback.errors.transition" });
    await triage("PLANNED");
    expect((await db().notification.findFirstOrThrow({ where: { userId: buyer.userId, kind: "feedback.planned" }, orderBy: { id: "desc" } })).body).toBe("Your feedback about /search?q=chair led to a planned change.");
    expect(fieldErrors(await refusal(triage("ACKNOWLEDGED")))).toEqual({ status: "feedback.errors.transition" });
    expect(fieldErrors(await refusal(triage("DONE")))).toEqual({ reply: "feedback.errors.replyRequired" });
    await triage("DONE", "District filters are live on the search page.");
    expect(fieldErrors(await refusal(triage("WONT_DO")))).toEqual({ status: "feedback.errors.transition" });
    await triage("PLANNED");
    await triage("PLANNED", "Reopened: Bihar's districts are missing.");
    expect(fieldErrors(await refusal(triage("WONT_DO")))).toEqual({ reply: "feedback.errors.replyRequired" });

    const kinds = (await db().notification.findMany({ where: { userId: buyer.userId, kind: { startsWith: "feedback." } }, orderBy: { id: "asc" } })).map((row) => row.kind);
    expect(kinds.slice(-5)).toEqual(["feedback.acknowledged", "feedback.planned", "feedback.done", "feedback.planned", "feedback.replied"]);
    const audit = await db().auditEvent.findMany({ where: { entityType: "Feedback", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["feedback.send", ...Array(5).fill("feedback.triage")]);
    expect(audit[3]).toMatchObject({ actorUserId: admin.userId, actorRole: "ADMIN", before: { status: "PLANNED" }, after: { status: "DONE", reply: "District filters are live on the search page." } });

    // The buyer sees where it stands and the latest reply.
    const mine = await listMyFeedback(db(), as(buyer, T0), { page: 1 });
    expect(mine.rows.find((row) => row.id === id)).toMatchObject({ text, status: "PLANNED", reply: "Reopened: Bihar's districts are missing." });
  });

  it("keeps triage to admins whose area holds the feedback", async () => {
    const sender = await biharSeller();
    const { id } = await sendFeedback(db(), as(sender, at(T0, 1200)), form(at(T0, 1200), { category: "payments", startedAt: undefined }), storage);
    const anonymous = await sendFeedback(db(), as(null, at(T0, 1200), "198.51.100.60"), form(at(T0, 1200)), storage);
    const mp = as(await actorByEmail(db(), "admin.mp@kraya.demo"), at(T0, 1300));
    const bihar = as(await actorByEmail(db(), "admin.br@kraya.demo"), at(T0, 1300));
    const national = as(await actorByEmail(db(), "admin@kraya.demo"), at(T0, 1300));

    await expect(getFeedbackForTriage(db(), mp, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(triageFeedback(db(), mp, { feedbackId: id, status: "ACKNOWLEDGED" })).rejects.toBeInstanceOf(NotFoundError);
    for (const email of ["buyer@kraya.demo", "mse.seller@kraya.demo"]) {
      const ctx = as(await actorByEmail(db(), email), T0);
      await expect(triageFeedback(db(), ctx, { feedbackId: id, status: "ACKNOWLEDGED" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listFeedback(db(), ctx, { page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(triageFeedback(db(), as(sender, T0), { feedbackId: id, status: "ACKNOWLEDGED" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().feedback.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "NEW" });

    expect(await getFeedbackForTriage(db(), bihar, id)).toMatchObject({ id, status: "NEW", sender: { roles: ["SELLER_ADMIN"] }, nextStatuses: ["ACKNOWLEDGED", "PLANNED", "DONE", "WONT_DO"] });
    await triageFeedback(db(), bihar, { feedbackId: id, status: "ACKNOWLEDGED" });
    // Anonymous feedback has no state: national admins only.
    await expect(getFeedbackForTriage(db(), bihar, anonymous.id)).rejects.toBeInstanceOf(NotFoundError);
    await triageFeedback(db(), national, { feedbackId: anonymous.id, status: "WONT_DO", reply: "Kraya follows the GFR here; this cannot change." });
    expect(await getFeedbackByToken(db(), anonymous.trackingToken!)).toMatchObject({ status: "WONT_DO", reply: "Kraya follows the GFR here; this cannot change." });

    const mpList = await listFeedback(db(), mp, { page: 1, category: "payments" });
    expect(mpList.rows.some((row) => row.id === id)).toBe(false);
    const biharList = await listFeedback(db(), bihar, { page: 1, status: "ACKNOWLEDGED", category: "payments", pageText: "SEARCH" });
    expect(biharList.rows.map((row) => row.id)).toContain(id);
    expect(biharList.rows.every((row) => row.status === "ACKNOWLEDGED" && row.category === "payments" && row.state?.name === "Bihar")).toBe(true);
    const nationalList = await listFeedback(db(), national, { page: 1, status: "WONT_DO" });
    expect(nationalList.rows.find((row) => row.id === anonymous.id)).toMatchObject({ isAnonymous: true, state: null });
  });
});

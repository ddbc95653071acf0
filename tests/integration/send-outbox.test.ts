import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendOutbox } from "@/lib/email/send-outbox";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase();
const db = () => database().db;

// An SMTP server in this process that keeps what it receives.
const received: { to: string[]; data: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString()));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), data });
      callback();
    });
  },
});
let url = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("sending the outbox through SMTP", () => {
  it("sends each unsent message once, marks it sent, and sends nothing on a second run", async () => {
    await db().emailOutbox.createMany({
      data: [
        { toEmail: "first@example.gov.in", kind: "test", subject: "Kraya: first", body: "Hello" },
        { toEmail: "second@example.gov.in", kind: "test", subject: "Kraya: second", body: "नमस्ते" },
      ],
    });
    const settings = { url, from: "Kraya <no-reply@kraya.test>" };
    expect(await sendOutbox(db(), settings)).toEqual({ sent: 2, failed: 0 });
    expect(received.map((message) => message.to)).toEqual([["first@example.gov.in"], ["second@example.gov.in"]]);
    expect(received[1]?.data).toContain("Subject: Kraya: second");
    expect(await db().emailOutbox.count({ where: { sentAt: null } })).toBe(0);
    expect(await sendOutbox(db(), settings)).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(2);
  });

  it("leaves messages unsent when the server cannot be reached, and does nothing without SMTP_URL", async () => {
    await db().emailOutbox.create({ data: { toEmail: "third@example.gov.in", kind: "test", subject: "Kraya: third", body: "Hello" } });
    expect(await sendOutbox(db(), null)).toEqual({ sent: 0, failed: 0 });
    const result = await sendOutbox(db(), { url: "smtp://127.0.0.1:1", from: "no-reply@kraya.test" });
    expect(result).toEqual({ sent: 0, failed: 1 });
    expect(await db().emailOutbox.count({ where: { sentAt: null } })).toBe(1);
  });
});

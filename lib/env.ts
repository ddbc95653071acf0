import { z } from "zod";

// The one place environment variables are read and validated.
const optionalText = z.string().optional().transform((value) => (value === "" ? undefined : value));

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // A real PostgreSQL (production). When absent, the embedded PGlite database is used.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Where PGlite keeps its files; "memory://" for a throw-away database.
  KRAYA_DATA_DIR: z.string().default(".data/pglite"),
  PORT: z.coerce.number().int().positive().default(3000),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  // The address people reach Kraya at: links in e-mails, and Secure cookies when https.
  NEXTAUTH_URL: z.string().url().optional(),
  // Uploaded listing images: this folder, or an S3-compatible bucket when the four S3_* are set.
  KRAYA_MEDIA_DIR: z.string().default(".data/media"),
  S3_ENDPOINT: optionalText.pipe(z.string().url().optional()),
  S3_BUCKET: optionalText,
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_REGION: z.string().default("us-east-1"),
  // The mail server the outbox is sent through, e.g. smtp://user:pass@host:587 (smtps:// for
  // TLS from the start). Absent: e-mails stay in the EmailOutbox table.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SMTP_FROM: z.string().default("Kraya <no-reply@kraya.local>"),
  // The server's own timer for the background jobs (daily digest, outbox). Off in tests and
  // during `next build`; set "off" where a cron runs `npm run jobs` instead.
  KRAYA_JOBS: z.enum(["on", "off"]).optional(),
  // End-to-end tests only: a file holding how many milliseconds the app's clock runs ahead
  // (lib/clock.ts). Never set in a deployment.
  KRAYA_TEST_CLOCK: optionalText,
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = readEnv();

// Where links in e-mails point.
export function publicBaseUrl(source: Env = env): string {
  return (source.NEXTAUTH_URL ?? `http://localhost:${source.PORT}`).replace(/\/$/, "");
}

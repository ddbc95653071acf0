import { z } from "zod";

// The one place environment variables are read and validated.
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

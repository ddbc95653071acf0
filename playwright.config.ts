import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium, never a downloaded browser. The app runs as a newcomer runs it
// (npm start's launcher), on a fresh embedded database of its own.
// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromium,
    locale: "en-IN",
    timezoneId: "Asia/Kolkata",
    trace: "retain-on-failure",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium } },
  ],
  webServer: {
    command: "tsx --conditions=react-server scripts/start.ts --fresh",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // KRAYA_TEST_CLOCK: the file tests/e2e/support/clock.ts writes to move the app's clock ahead.
    env: { PORT: String(PORT), KRAYA_DATA_DIR: `.data/e2e-${PORT}`, DATABASE_URL: "", NEXTAUTH_URL: `http://localhost:${PORT}`, KRAYA_TEST_CLOCK: `.data/e2e-${PORT}.clock` },
  },
});

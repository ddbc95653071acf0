import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: [".next/**", ".data/**", "lib/db/generated/**", "node_modules/**", "tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  {
    // The domain layer knows nothing of Next.js or the app (house style: dependencies point one way).
    files: ["lib/**/*.ts"],
    ignores: ["lib/auth/**", "lib/i18n/request.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["next", "next/*", "@/app/*", "@/components/*"] }],
    },
  },
];

export default config;

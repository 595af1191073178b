import js from "@eslint/js";
import drizzle from "eslint-plugin-drizzle";
import tseslint from "typescript-eslint";

/** Links go through components/ui/link.tsx (no background prefetch of every link on the page). */
const nextLink = { name: "next/link", message: "Use @/components/ui/link: it does not prefetch every link on the page." };

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "db/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { drizzle },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "q"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "q"] }],
    },
  },
  // Layers: each folder says what it may import, so the dependencies run one way
  // (app → components → lib → db; db knows nothing of pages, components, sessions or Next).
  {
    files: ["db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "next-auth", message: "db/ knows nothing of sessions: take a Viewer (lib/viewer.ts)." },
            { name: "@/lib/auth", message: "db/ knows nothing of sessions: take a Viewer (lib/viewer.ts)." },
            { name: "@/lib/action", message: "db/ is below the action wrapper: throw the errors of lib/errors.ts." },
          ],
          patterns: [
            {
              group: ["@/app/**", "**/app/**"],
              message: "db/ must not import from app/ (pages import queries, not the other way round).",
            },
            { group: ["@/components/**", "**/components/**"], message: "db/ must not import from components/." },
            {
              group: ["next", "next/**", "next-auth/**", "react", "react-dom"],
              message: "db/ is plain data access: no Next, React or next-auth (caching belongs in lib/).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/**", "**/app/**"], message: "lib/ must not import from app/: move what both need into lib/." },
            { group: ["@/components/**", "**/components/**"], message: "lib/ must not import from components/." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [nextLink],
          patterns: [
            {
              group: ["@/app/**", "**/app/**"],
              message: "components/ must not import from app/: shared actions live in lib/actions/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**"],
    rules: { "no-restricted-imports": ["error", { paths: [nextLink] }] },
  },
  {
    // Pieces with no data of their own: they get everything through props.
    files: ["components/ui/**"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@/lib/auth", message: "components/ui/ has no data: take it as props." }, nextLink],
          patterns: [
            {
              group: ["@/app/**", "**/app/**"],
              message: "components/ must not import from app/: shared actions live in lib/actions/.",
            },
            {
              group: ["@/db/**", "**/db/**"],
              message: "components/ui/ has no data: take it as props (types from db/schema excepted).",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Test doubles stand in for async APIs without awaiting anything.
    files: ["tests/**"],
    rules: { "@typescript-eslint/require-await": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js", "**/*.mts"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", module: "writable" } },
  },
  {
    // Next.js loads its configuration as CommonJS.
    files: ["next.config.js"],
    languageOptions: { globals: { require: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

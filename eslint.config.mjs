import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// Layers (docs/decisions/0010-layers-checked-by-the-linter.md): app -> lib/dal -> db, components get
// data as props, lib/clinical is pure. Each pattern matches both the "@/" alias and any run of "../"
// so a relative path cannot walk around a rule.
const layer = (name) => `^(@/|(\\.\\./)+)${name}(/|$)`;
const forbid = (name, message, extra = {}) => ({ regex: layer(name), message, ...extra });

const DB = forbid("db", "Only lib/dal (and scripts) talk to the database: go through lib/dal.");
const APP = forbid("app", "Nothing imports from app/: routes are the top layer.");
const DAL_VALUES = forbid("lib/dal", "Components get data as props from pages; types from lib/dal are fine.", {
  allowTypeImports: true,
});
const NEXT_HEADERS = { name: "next/headers", message: "lib/dal takes the verified caller; read headers in app/ and pass values in." };

const restrict = (files, patterns, paths = []) => ({
  files,
  ignores: ["**/*.test.ts", "**/*.test.tsx"],
  rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns, paths }] },
});

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "next-env.d.ts",
      "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  {
    // A delete or update without WHERE touches every clinic's rows.
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  restrict(["lib/**"], [APP]),
  restrict(["components/**"], [DB, APP, DAL_VALUES]),
  restrict(["app/**"], [forbid("db", "Pages, actions and route handlers call lib/dal; only types may come from db/schema.", {
    allowTypeImports: true,
  })]),
  restrict(["lib/clinical/**"], [
    forbid("db", "lib/clinical is pure: it owns its types and db/schema imports them."),
    forbid("lib/dal", "lib/clinical is pure: it never reads data."),
    APP,
  ], [NEXT_HEADERS]),
  restrict(["lib/dal/**"], [APP, forbid("lib/auth/authed-action", "lib/dal throws UserFacingError from lib/user-facing-error; the action wrapper is for app/.")], [NEXT_HEADERS]),
  restrict(["db/**"], [
    // lib/clinical is pure (it imports nothing), and owns the clinical vocabulary the schema stores.
    { regex: "^(@/|(\\.\\./)+)lib/(?!env$|clinical/)", message: "db/ stands alone: beyond lib/env it may only import the pure lib/clinical." },
    APP,
  ]),
];

export default config;

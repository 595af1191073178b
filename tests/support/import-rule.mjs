// For tests/unit/layers.test.ts (in its own process: loading ESLint inside vitest is several times slower).
// Reads [[filePath, source], …] as JSON on stdin; prints, per case, the no-restricted-imports messages that
// the repository's eslint.config.mjs gives a file at that path for that source.
import { text } from "node:stream/consumers";
import { ESLint, Linter } from "eslint";
import tseslint from "typescript-eslint";

const cases = JSON.parse(await text(process.stdin));
const eslint = new ESLint();
const out = [];
for (const [filePath, source] of cases) {
  const rule = (await eslint.calculateConfigForFile(filePath)).rules["no-restricted-imports"];
  if (!rule) {
    out.push([]);
    continue;
  }
  const messages = new Linter().verify(
    source,
    { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tseslint.parser }, rules: { "no-restricted-imports": rule } },
    filePath,
  );
  // Anything else (a parse error, no configuration for the file) would make the check meaningless.
  for (const m of messages) if (m.ruleId !== "no-restricted-imports") throw new Error(`${filePath}: ${m.message}`);
  out.push(messages.map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));

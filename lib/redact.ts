/**
 * Log lines never carry a query's parameters (they are user data: emails, names, password hashes).
 * drizzle's "Failed query: …\nparams: …" message keeps the SQL and loses the values. scripts/serve.mjs
 * applies the same rule to whatever else is printed.
 */
export function redactQueryParams(text: string): string {
  return text.replace(/\nparams: [^\n]*/g, "\nparams: [not logged]");
}

/** An error as one loggable record: its message (and its cause's) without parameters, and where it happened. */
export function errorForLog(error: unknown): { error: string; cause?: string; stack?: string } {
  if (!(error instanceof Error)) return { error: redactQueryParams(String(error)) };
  const cause = error.cause instanceof Error ? redactQueryParams(error.cause.message) : undefined;
  const stack = error.stack
    ?.split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
  return {
    error: redactQueryParams(`${error.name}: ${error.message}`),
    ...(cause ? { cause } : {}),
    ...(stack ? { stack } : {}),
  };
}

/** The path a server action redirected to (Next throws NEXT_REDIRECT); fails when it did not redirect. */
export async function expectRedirect(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]!;
    throw err;
  }
  throw new Error("expected a redirect");
}

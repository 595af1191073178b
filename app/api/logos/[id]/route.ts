import { logoFor } from "@/db/queries/profile";
import { currentViewer } from "@/lib/auth";
import { orNull } from "@/lib/not-found";

/**
 * Provider logos from the `images` table. The stored type (found from the file's bytes at upload) is
 * the only type served; SVG is sandboxed so a script inside it can never run on our origin.
 * An image id never changes its bytes, so public logos are cached for a year.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const logo = await orNull(logoFor(id, currentViewer));
  const headers = new Headers({ "X-Content-Type-Options": "nosniff" });
  if (!logo) {
    headers.set("Cache-Control", "no-store");
    return new Response("Not found", { status: 404, headers });
  }
  headers.set("Content-Type", logo.contentType);
  headers.set("Cache-Control", logo.public ? "public, max-age=31536000, immutable" : "private, max-age=3600");
  headers.set("ETag", `"${logo.sha256}"`);
  headers.set("Content-Disposition", "inline");
  if (logo.contentType === "image/svg+xml")
    headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
  if (req.headers.get("if-none-match") === `"${logo.sha256}"`) return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(logo.bytes.length));
  return new Response(new Uint8Array(logo.bytes), { headers });
}

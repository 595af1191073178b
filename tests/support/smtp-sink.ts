import { SMTPServer } from "smtp-server";

export type Received = { to: string[]; raw: string };

/**
 * An in-process SMTP server that keeps what it receives (tests of the outbox and the emails);
 * `onMessage` also hands each message on (the browser suite writes them where its specs read them).
 */
export async function startSmtpSink(port = 0, onMessage?: (message: Received) => void) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const message = { to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") };
        received.push(message);
        onMessage?.(message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The text of a received single-part message, decoded: nodemailer sends ASCII text quoted-printable and
 * other text (an email in zh-TW) base64.
 */
export function textOf(raw: string): string {
  const split = /\r?\n\r?\n/.exec(raw);
  if (!split) return raw;
  const head = raw.slice(0, split.index);
  const body = raw.slice(split.index + split[0].length);
  if (/^content-transfer-encoding:\s*base64/im.test(head))
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/^content-transfer-encoding:\s*quoted-printable/im.test(head)) {
    const escaped = body.replace(/=\r?\n/g, "").replace(/%/g, "%25");
    return decodeURIComponent(escaped.replace(/=([0-9A-F]{2})/gi, "%$1"));
  }
  return body;
}

/** The first set-password link in a received message. */
export function linkIn(raw: string): string | undefined {
  return /https?:\/\/\S+\/set-password\/[A-Za-z0-9_-]{43}/.exec(textOf(raw))?.[0];
}

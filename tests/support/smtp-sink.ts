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

/** The first http(s) link in a received message (quoted-printable soft breaks undone). */
export function linkIn(raw: string): string | undefined {
  const text = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  return /https?:\/\/\S+\/set-password\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
}

/**
 * The browser suite's mail server: an in-process SMTP sink on E2E_SMTP_PORT, which the app under test
 * sends to (SMTP_URL, playwright.config.ts). Each message it receives becomes a JSON file in
 * E2E_MAIL_DIR, where specs read it (`emailTo` in fixtures.ts): the specs run in other processes.
 */
import fs from "node:fs";
import path from "node:path";
import { startSmtpSink } from "../support/smtp-sink";

export default async function globalSetup() {
  const dir = process.env.E2E_MAIL_DIR!;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  const sink = await startSmtpSink(Number(process.env.E2E_SMTP_PORT), (message) => {
    const file = path.join(dir, `${Date.now()}-${String(++n).padStart(4, "0")}.json`);
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(message));
    fs.renameSync(`${file}.tmp`, file);
  });
  return () => sink.close();
}

// The browser suite needs a Chromium: CHROMIUM_PATH, Debian's headless shell or /usr/bin/chromium, or
// Playwright's own (the order of playwright.config.ts). When none is there and we are root with apt-get,
// install Debian's headless shell; otherwise say in one line what to do.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

function playwrightsOwn() {
  try {
    const r = spawnSync(process.execPath, ["-e", "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
      encoding: "utf8",
    });
    return r.status === 0 && r.stdout && fs.existsSync(r.stdout) ? r.stdout : undefined;
  } catch {
    return undefined;
  }
}

if (process.env.CHROMIUM_PATH) {
  if (fs.existsSync(process.env.CHROMIUM_PATH)) process.exit(0);
  console.error(`Chromium not found: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  process.exit(1);
}
const DEBIAN = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];
const found = DEBIAN.find((p) => fs.existsSync(p)) ?? playwrightsOwn();
if (found) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
if (isRoot && hasApt) {
  console.log("[partner-hub] Chromium not found: installing Debian's chromium-headless-shell package (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const ok =
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env }).status === 0 &&
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium-headless-shell"], { stdio: "inherit", env }).status === 0;
  if (ok && fs.existsSync(DEBIAN[0])) process.exit(0);
}
console.error(
  "Chromium not found: install it (Debian: `sudo apt-get install -y chromium-headless-shell`) or set CHROMIUM_PATH to a Chromium binary.",
);
process.exit(1);

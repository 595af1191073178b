import { z } from "zod";

// The schemas run in the browser too (shared by client and server). Zod 4 probes `Function("")` to decide
// whether it may compile parsers; our Content-Security-Policy has no 'unsafe-eval', so the browser refuses
// the probe and reports a violation on every page that loads a form. Jitless parsing never tries.
z.config({ jitless: true });

export { z };

import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { inTransaction } from "@/db";
import { errorForLog, pgErrorCode, type Tx } from "@/db/client";
import { activityRecords } from "@/db/schema";
import { currentViewer } from "./auth";
import type { Viewer } from "./viewer";
import { constraintMessage } from "./constraint-messages";
import { ActionError, NotFoundError } from "./errors";
import type { FormState } from "./form-state";
import { kickOutbox } from "./outbox";
import { can, organisationColumns, type Permission } from "./permissions";
import { messageText, msg } from "./i18n/message";
import { getT } from "./i18n/server";
import { hasControlCharacter } from "./validation/text";

export type AuditInput = {
  action?: string;
  /** Who acted, when it is not the signed-in viewer (e.g. the user who just signed in). */
  actor?: Pick<Viewer, "id" | "role" | "partnerId" | "customerId">;
  targetType: string;
  targetId?: string | null;
  providerId?: string | null;
  resellerId?: string | null;
  customerId?: string | null;
  before?: unknown;
  after?: unknown;
  summary?: string;
};

export type ActionContext<V, P = undefined> = {
  viewer: V;
  /** The action's transaction. Queries find it on their own (`getDb()` returns it while the body runs). */
  tx: Tx;
  /** What the action's `prepare` step returned (work done before the transaction opened). */
  prepared: P;
  /** Adds an activity record, written in the same transaction. Without a call one generic record is written. */
  audit: (record: AuditInput) => void;
};

/** What an action body returns: `data` (typed, `D`) reaches the form as `state.data`. */
export type ActionResult<D> = {
  /** Where to go once the transaction has committed. */
  redirect?: string;
  message?: string;
  data?: D;
} | void;

/** A wrapped action as forms call it (useActionState). */
export type FormAction<D> = (prev: FormState<D> | undefined, input: FormData | Record<string, unknown>) => Promise<FormState<D>>;

type Options<S extends z.ZodType, V = Viewer | null, P = undefined> = {
  /** Activity name, e.g. "customer.create". */
  name: string;
  schema: S;
  /**
   * Slow or outside work before the transaction opens (argon2 hashing and verification must not hold a
   * database connection; a sign-in failure is recorded outside it); may throw ActionError.
   */
  prepare?: (data: z.output<S>, viewer: V) => Promise<P>;
  /** Paths (with everything below them) to revalidate after commit. */
  revalidate?: string[];
  /** Data-cache tags (unstable_cache) to expire after commit, so the next read sees the change. */
  revalidateTags?: string[];
};

const SECRET_FIELD = /password|token|secret/i;
const FIX_FIELDS = msg("errors.fixFields");

/** At most this many form fields per request (the largest form here, a profile change, sends ~100). */
export const MAX_FORM_FIELDS = 1000;
const NOT_A_FORM = msg("errors.notAForm");
const CONTROL_CHARACTERS = msg("errors.controlCharacters");
const NOT_FOUND = msg("errors.notFound");

/**
 * The action's input → plain object for zod, in one pass: repeated keys become arrays, `name[]` keys
 * always do. Null when it is no form this app sends: neither FormData nor a plain object (a crafted
 * request can send anything), or more than MAX_FORM_FIELDS fields.
 */
export function formDataToObject(input: unknown): Record<string, unknown> | null {
  if (input instanceof FormData) {
    const fields = new Map<string, unknown[]>();
    let count = 0;
    for (const [key, value] of input.entries()) {
      if (++count > MAX_FORM_FIELDS) return null;
      if (key.startsWith("$ACTION")) continue;
      const list = fields.get(key);
      if (list) list.push(value);
      else fields.set(key, [value]);
    }
    // fromEntries: a key like "__proto__" stays an ordinary field.
    return Object.fromEntries(
      [...fields].map(([key, all]) => (key.endsWith("[]") ? [key.slice(0, -2), all] : [key, all.length > 1 ? all : all[0]])),
    );
  }
  const plain = typeof input === "object" && input !== null && Object.getPrototypeOf(input) === Object.prototype;
  if (!plain || Object.keys(input).length > MAX_FORM_FIELDS) return null;
  return input as Record<string, unknown>;
}

/** Fields with a control character other than tab and line breaks (NUL, escape, …) in any of their texts. */
function fieldsWithControlCharacters(raw: Record<string, unknown>): string[] {
  return Object.entries(raw)
    .filter(([, v]) => (Array.isArray(v) ? v : [v]).some((item) => typeof item === "string" && hasControlCharacter(item, true)))
    .map(([k]) => k);
}

/** What the user typed, to refill the form (never a password or token). */
function echoValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === "string" && !SECRET_FIELD.test(k)) values[k] = v;
  }
  return values;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const flat = z.flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [k, v] of Object.entries<string[] | undefined>(flat.fieldErrors)) if (v?.length) fieldErrors[k] = v;
  return fieldErrors;
}

function isNextControlFlow(err: unknown): boolean {
  const digest = (err as { digest?: unknown })?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") || digest === "NEXT_NOT_FOUND" || digest.startsWith("NEXT_HTTP_ERROR"))
  );
}

async function run<S extends z.ZodType, V extends Viewer | null, P, D>(
  opts: Options<S, V, P>,
  viewer: V,
  input: unknown,
  body: (data: z.output<S>, ctx: ActionContext<V, P>) => Promise<ActionResult<D>>,
): Promise<FormState<D>> {
  const raw = formDataToObject(input);
  if (!raw) return { status: "invalid", message: NOT_A_FORM };
  const values = echoValues(raw);
  const controlled = fieldsWithControlCharacters(raw);
  if (controlled.length > 0) {
    for (const k of controlled) delete values[k];
    return {
      status: "invalid",
      message: FIX_FIELDS,
      fieldErrors: Object.fromEntries(controlled.map((k) => [k, [CONTROL_CHARACTERS]])),
      values,
    };
  }
  const parsed = opts.schema.safeParse(raw);
  if (!parsed.success) {
    return { status: "invalid", message: FIX_FIELDS, fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  let result: ActionResult<D>;
  try {
    const prepared = (opts.prepare ? await opts.prepare(parsed.data, viewer) : undefined) as P;
    // Every query in the body (and in whatever it calls) joins this transaction through getDb().
    result = await inTransaction(async (tx) => {
      const records: AuditInput[] = [];
      const r = await body(parsed.data, { viewer, tx, prepared, audit: (rec) => records.push(rec) });
      if (records.length === 0) records.push({ targetType: "none" });
      const own = viewer ? organisationColumns(viewer) : { providerId: null, resellerId: null, customerId: null };
      await tx.insert(activityRecords).values(
        records.map((rec) => ({
          actorUserId: (rec.actor ?? viewer)?.id ?? null,
          actorRole: (rec.actor ?? viewer)?.role ?? null,
          actorPartnerId: (rec.actor ?? viewer)?.partnerId ?? null,
          actorCustomerId: (rec.actor ?? viewer)?.customerId ?? null,
          providerId: rec.providerId !== undefined ? rec.providerId : own.providerId,
          resellerId: rec.resellerId !== undefined ? rec.resellerId : own.resellerId,
          customerId: rec.customerId ?? own.customerId,
          action: rec.action ?? opts.name,
          targetType: rec.targetType,
          targetId: rec.targetId ?? null,
          details: { before: rec.before, after: rec.after, summary: rec.summary },
        })),
      );
      return r;
    });
  } catch (err) {
    if (isNextControlFlow(err)) throw err;
    if (err instanceof ActionError) {
      return {
        status: err instanceof NotFoundError ? "not_found" : "invalid",
        message: err.field ? FIX_FIELDS : err instanceof NotFoundError ? NOT_FOUND : err.message,
        fieldErrors: err.field ? { [err.field]: [err.message] } : undefined,
        values,
      };
    }
    const pg = pgErrorCode(err);
    const known = constraintMessage(pg.constraint);
    if (known) {
      return {
        status: "invalid",
        message: known.field ? FIX_FIELDS : known.message,
        fieldErrors: known.field ? { [known.field]: [known.message] } : undefined,
        values,
      };
    }
    console.error(`[action ${opts.name}] failed: ${errorForLog(err)}`);
    return { status: "error", message: msg("errors.nothingSaved"), values };
  }
  // Email written by the change (lib/outbox) goes out now that it is committed.
  kickOutbox();
  for (const path of opts.revalidate ?? []) revalidatePath(path, "layout");
  for (const tag of opts.revalidateTags ?? []) updateTag(tag);
  if (result?.redirect) redirect(result.redirect);
  return { status: "success", message: result?.message, data: result?.data };
}

/**
 * The outcome in the reader's language: messages travel as catalogue keys (lib/i18n/message.ts) from
 * schemas, ActionErrors and constraint messages, and are put into words here, once.
 */
async function localized<D>(state: FormState<D>): Promise<FormState<D>> {
  if (!state.message && !state.fieldErrors) return state;
  const t = await getT();
  const fieldErrors = state.fieldErrors
    ? Object.fromEntries(Object.entries(state.fieldErrors).map(([k, list]) => [k, list.map((m) => messageText(t, m) ?? m)]))
    : undefined;
  return { ...state, message: messageText(t, state.message), ...(fieldErrors ? { fieldErrors } : {}) };
}

const schemas = new WeakMap<object, z.ZodType>();

/** The input schema of a wrapped action (the hostile-input sweep reads its field names). */
export function actionSchema(fn: unknown): z.ZodType | undefined {
  return typeof fn === "function" ? schemas.get(fn) : undefined;
}

function registered<F extends object>(fn: F, schema: z.ZodType): F {
  schemas.set(fn, schema);
  return fn;
}

/**
 * The one wrapper every signed-in server action goes through (no server function skips it):
 * session → permission (lib/permissions) → zod → transaction → activity record → typed state.
 * Ownership is the body's job, through the org-scoped queries in db/queries, which throw NotFoundError.
 */
export function action<S extends z.ZodType, D = never, P = undefined>(
  opts: Options<S, Viewer, P> & { permission: Permission },
  body: (data: z.output<S>, ctx: ActionContext<Viewer, P>) => Promise<ActionResult<D>>,
): FormAction<D> {
  return registered<FormAction<D>>(async (_prev, input) => {
    const viewer = await currentViewer();
    if (!viewer) redirect("/sign-in");
    if (!can(viewer, opts.permission) || (viewer.mustChangePassword && !opts.permission.startsWith("account."))) {
      return localized({ status: "not_found", message: NOT_FOUND });
    }
    return localized(await run(opts, viewer, input, body));
  }, opts.schema);
}

/** The same steps for the few public actions (sign-in, enrolment): no session, still validated and logged. */
export function publicAction<S extends z.ZodType, D = never, P = undefined>(
  opts: Options<S, Viewer | null, P>,
  body: (data: z.output<S>, ctx: ActionContext<Viewer | null, P>) => Promise<ActionResult<D>>,
): FormAction<D> {
  return registered<FormAction<D>>(async (_prev, input) => {
    return localized(await run(opts, await currentViewer(), input, body));
  }, opts.schema);
}

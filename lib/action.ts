import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { inTransaction } from "@/db";
import { pgErrorCode, type Tx } from "@/db/client";
import { activityRecords } from "@/db/schema";
import { currentViewer, type Viewer } from "./auth";
import { constraintMessage } from "./constraint-messages";
import { ActionError, NotFoundError, type FormState } from "./form-state";
import { kickOutbox } from "./outbox";
import { can, organisationColumns, type Permission } from "./permissions";

export { ActionError, NotFoundError };

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

export type ActionContext<V> = {
  viewer: V;
  /** The action's transaction. Queries find it on their own (`getDb()` returns it while the body runs). */
  tx: Tx;
  /** Adds an activity record, written in the same transaction. Without a call one generic record is written. */
  audit: (record: AuditInput) => void;
};

export type ActionResult = {
  /** Where to go once the transaction has committed. */
  redirect?: string;
  message?: string;
  data?: Record<string, unknown>;
} | void;

type Options<S extends z.ZodType> = {
  /** Activity name, e.g. "customer.create". */
  name: string;
  schema: S;
  /** Paths (with everything below them) to revalidate after commit. */
  revalidate?: string[];
  /** Data-cache tags (unstable_cache) to expire after commit, so the next read sees the change. */
  revalidateTags?: string[];
};

const SECRET_FIELD = /password|token|secret/i;
const FIX_FIELDS = "Please correct the highlighted fields.";

/** FormData → plain object for zod; repeated keys become arrays, `name[]` keys always do. */
export function formDataToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = input.getAll(key);
    if (key.endsWith("[]")) out[key.slice(0, -2)] = all;
    else out[key] = all.length > 1 ? all : all[0];
  }
  return out;
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
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest === "NEXT_NOT_FOUND" || digest.startsWith("NEXT_HTTP_ERROR"));
}

async function run<S extends z.ZodType, V extends Viewer | null>(
  opts: Options<S>,
  viewer: V,
  input: FormData | Record<string, unknown>,
  body: (data: z.output<S>, ctx: ActionContext<V>) => Promise<ActionResult>,
): Promise<FormState> {
  const raw = formDataToObject(input);
  const values = echoValues(raw);
  const parsed = opts.schema.safeParse(raw);
  if (!parsed.success) {
    return { status: "invalid", message: FIX_FIELDS, fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  let result: ActionResult;
  try {
    // Every query in the body (and in whatever it calls) joins this transaction through getDb().
    result = await inTransaction(async (tx) => {
      const records: AuditInput[] = [];
      const r = await body(parsed.data, { viewer, tx, audit: (rec) => records.push(rec) });
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
        message: err.field ? FIX_FIELDS : err.message,
        fieldErrors: err.field ? { [err.field]: [err.message] } : undefined,
        values,
      };
    }
    const pg = pgErrorCode(err);
    const known = constraintMessage(pg.constraint);
    if (known) {
      return { status: "invalid", message: known.field ? FIX_FIELDS : known.message, fieldErrors: known.field ? { [known.field]: [known.message] } : undefined, values };
    }
    console.error(`[action ${opts.name}] failed:`, err);
    return { status: "error", message: "Something went wrong and nothing was saved. Please try again.", values };
  }
  // Email written by the change (lib/outbox) goes out now that it is committed.
  kickOutbox();
  for (const path of opts.revalidate ?? []) revalidatePath(path, "layout");
  for (const tag of opts.revalidateTags ?? []) updateTag(tag);
  if (result?.redirect) redirect(result.redirect);
  return { status: "success", message: result?.message, data: result?.data };
}

/**
 * The one wrapper every signed-in server action goes through (STYLE #1):
 * session → permission (lib/permissions) → zod → transaction → activity record → typed state.
 * Ownership is the body's job, through the org-scoped queries in db/queries, which throw NotFoundError.
 */
export function action<S extends z.ZodType>(
  opts: Options<S> & { permission: Permission },
  body: (data: z.output<S>, ctx: ActionContext<Viewer>) => Promise<ActionResult>,
) {
  return async (_prev: FormState | undefined, input: FormData | Record<string, unknown>): Promise<FormState> => {
    const viewer = await currentViewer();
    if (!viewer) redirect("/sign-in");
    if (!can(viewer, opts.permission) || (viewer.mustChangePassword && !opts.permission.startsWith("account."))) {
      return { status: "not_found", message: "Not found." };
    }
    return run(opts, viewer, input, body);
  };
}

/** The same steps for the few public actions (sign-in, enrolment): no session, still validated and logged. */
export function publicAction<S extends z.ZodType>(opts: Options<S>, body: (data: z.output<S>, ctx: ActionContext<Viewer | null>) => Promise<ActionResult>) {
  return async (_prev: FormState | undefined, input: FormData | Record<string, unknown>): Promise<FormState> => {
    return run(opts, await currentViewer(), input, body);
  };
}

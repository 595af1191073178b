/**
 * Activity records in words: action names and the before/after details (page and CSV alike). Action names
 * and column headers are in the reader's language (activity.actions.*); the details are the record's own
 * words, as stored.
 */
import { messageText, type Translate } from "./i18n/message";

const labels: Record<string, string> = {
  "user.sign_in": "Sign in",
  "user.sign_out": "Sign out",
  "user.change_password": "Change password",
  "profile.request_change": "Provider profile support request",
  "support_request.review": "Support request in review",
  "support_request.complete": "Support request completed",
  "support_request.reject": "Support request rejected",
  "provider_profile.list": "Provider listed",
  "provider_profile.unlist": "Provider unlisted",
  "partner.activate": "Partner activated",
};

/**
 * The action's name in the reader's language (activity.actions.customer_create); without a translator, or
 * for an action the catalogue does not name: "customer.create" → "Customer create" unless it has a proper name above.
 */
export function actionLabel(action: string, t?: Translate): string {
  if (t) {
    const key = `activity.actions.${action.replace(/\./g, "_")}`;
    const said = messageText(t, key);
    if (said !== key && said) return said;
  }
  const known = labels[action];
  if (known) return known;
  const words = action.replace(/[._]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type Details = { before?: unknown; after?: unknown; summary?: string };
export type Change = { field: string; before?: string; after?: string };

function words(key: string): string {
  const w = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join("; ") : "none";
  if (typeof value === "object") {
    return Object.entries(value)
      .map(([k, v]) => `${words(k).toLowerCase()} ${formatValue(v)}`)
      .join(", ");
  }
  return "—";
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The fields that changed, one line each; values that stayed the same are left out. */
export function describeChanges(details: Details): Change[] {
  const { before, after } = details;
  if (before === undefined && after === undefined) return [];
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return keys
      .map((k) => ({
        field: words(k),
        before: k in b ? formatValue(b[k]) : undefined,
        after: k in a ? formatValue(a[k]) : undefined,
      }))
      .filter((c) => c.before !== c.after);
  }
  return [
    {
      field: "Value",
      before: before === undefined ? undefined : formatValue(before),
      after: after === undefined ? undefined : formatValue(after),
    },
  ];
}

export function changeText(c: Change): string {
  if (c.before !== undefined && c.after !== undefined) return `${c.field}: ${c.before} → ${c.after}`;
  return `${c.field}: ${c.after ?? c.before}`;
}

/** One line for the CSV: the summary, then each change. */
export function detailsText(details: Details): string {
  return [details.summary, ...describeChanges(details).map(changeText)].filter(Boolean).join("; ");
}

/** The CSV export's columns: those of the Activity log page, then the time of the record (English). */
export const activityCsvHeader = ["Affected customer", "Action", "User", "Status", "Details", "Date (UTC)"];

/** The same columns in the reader's language. */
export function activityCsvHeaderIn(t: Translate): string[] {
  return [
    "activity.colCustomer",
    "activity.colAction",
    "activity.colUser",
    "activity.colStatus",
    "activity.colDetails",
    "activity.colDateUtc",
  ].map((k) => messageText(t, k) ?? k);
}

export function activityCsvCells(
  r: {
    customerName: string | null;
    action: string;
    userName: string | null;
    userEmail: string | null;
    status: string;
    details: Details;
    createdAt: Date;
  },
  t?: Translate,
): string[] {
  const system = t ? (messageText(t, "activity.system") ?? "System") : "System";
  return [
    r.customerName ?? "",
    actionLabel(r.action, t),
    r.userName ? `${r.userName} <${r.userEmail}>` : system,
    r.status,
    detailsText(r.details),
    r.createdAt.toISOString(),
  ];
}

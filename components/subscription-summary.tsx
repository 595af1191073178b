"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import Link from "@/components/ui/link";
import type { CustomerSummary } from "@/lib/customer-summary";

type State = { kind: "loading" } | { kind: "failed" } | { kind: "ready"; summary: CustomerSummary };

/**
 * An expanded row of the Customers list: the customer's subscriptions, asked for when the row opens
 * (`source`: …/customers/[id]/summary) rather than rendered into every page for rows nobody opens.
 */
export function SubscriptionSummary({ source }: { source: string }) {
  const t = useTranslations();
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: "loading" });
    fetch(source, { headers: { accept: "application/json" }, signal: controller.signal })
      .then(async (r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        setState({ kind: "ready", summary: (await r.json()) as CustomerSummary });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ kind: "failed" });
      });
    return () => controller.abort();
  }, [source, attempt]);

  if (state.kind === "loading")
    return (
      <p className="text-sm text-slate-600" role="status">
        {t("customers.list.loading")}
      </p>
    );
  if (state.kind === "failed")
    return (
      <p className="text-sm text-red-800" role="alert">
        {t("customers.list.loadFailed")}{" "}
        <button type="button" className="link" onClick={() => setAttempt((n) => n + 1)}>
          {t("shell.error.retry")}
        </button>
      </p>
    );
  const { subscriptions, addHref } = state.summary;
  return (
    <>
      {subscriptions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("customers.list.noSubscriptions")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {subscriptions.map((s) => (
            <li key={s.id}>
              {/* Offer names are data, in their own words. */}
              <Link className="link" href={s.href} translate="no">
                {s.offerName}
              </Link>{" "}
              · {t("customers.list.licenses", { count: s.licenses })} ·{" "}
              <span className={s.status === "active" ? "text-green-800" : "text-amber-800"}>
                {t(`subscriptions.status.${s.status}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {addHref ? (
        <Link href={addHref} className="btn-secondary mt-3 px-3 py-1">
          {t("customers.list.addSubscription")}
        </Link>
      ) : null}
    </>
  );
}

import Link from "next/link";
import { SubscriptionStatus } from "@/components/ui/subscription-status";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { upgradeTargets } from "@/db/queries/offers";
import { subscriptionForViewer } from "@/db/queries/subscriptions";
import { assignSupportContact, changeLicenses, changeSubscriptionReseller, setSubscriptionStatus, upgradeSubscription } from "@/lib/actions/subscriptions";
import type { Viewer } from "@/lib/viewer";
import { orNotFound } from "@/lib/not-found";
import { can, homeFor } from "@/lib/permissions";
import { formatMoney } from "@/lib/format";
import { RESELLER_OPTIONS } from "@/lib/routes";

/**
 * A subscription's details. Providers manage everything; a reseller with admin rights over the
 * customer (associated with it) changes licenses; a reseller that is only partner of record or support
 * contact sees it read-only. Every form carries the version it was read at.
 */
export async function SubscriptionDetail({ viewer, subscriptionId }: { viewer: Viewer; subscriptionId: string }) {
  const row = await orNotFound(subscriptionForViewer(viewer, subscriptionId));
  const { subscription: s, offer, customer, adminRights } = row;
  const manage = can(viewer, "subscriptions.manage");
  const setSupport = can(viewer, "subscriptions.setSupportContact");
  const licensesAllowed = can(viewer, "subscriptions.changeLicenses") && adminRights;
  const home = homeFor(viewer.role);
  const assignedAs = [s.resellerId === viewer.partnerId ? "partner of record" : null, s.supportContactId === viewer.partnerId ? "assigned support contact" : null].filter(Boolean).join(" and ");
  const targets = manage ? await upgradeTargets(s.offerId) : [];
  const you = { id: s.providerId, name: `${row.providerName} (you)` };
  const none = { id: "", name: "None" };
  const ref = { subscriptionId: s.id, version: String(s.version) };
  return (
    <>
      <nav className="mb-2 text-sm">
        {adminRights ? (
          <Link href={`${home}/customers/${customer.id}`} className="link">
            ← {customer.companyName}
          </Link>
        ) : (
          <Link href={`${home}/subscriptions`} className="link">
            ← Partner of record or support contact
          </Link>
        )}
      </nav>
      <PageHeader title={offer.name} description={`${customer.companyName} · ${customer.domain}`} />
      <section className="card mb-6 p-5">
        <dl className="grid gap-4 text-sm sm:grid-cols-3 lg:grid-cols-6">
          <div>
            <dt className="text-slate-500">Status</dt>
            <dd>
              <SubscriptionStatus status={s.status} testId="subscription-status" />
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Licenses</dt>
            <dd data-testid="subscription-licenses">{s.licenses}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Price</dt>
            <dd>
              {formatMoney(offer.unitPriceCents * s.licenses)}/{offer.billingCycle === "annual" ? "yr" : "mo"}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Indirect provider</dt>
            <dd>{row.providerName}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Indirect reseller</dt>
            <dd data-testid="subscription-reseller">{row.resellerName ?? "None"}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Assigned support contact</dt>
            <dd data-testid="subscription-support">{row.supportContactName}</dd>
          </div>
        </dl>
      </section>
      {!setSupport && !adminRights && assignedAs ? (
        <div className="notice notice-info mb-6" data-testid="read-only-notice">
          You see this subscription because you are its {assignedAs}. {customer.companyName} is not associated with you, so it is read-only for you.
        </div>
      ) : null}
      {!manage && licensesAllowed ? (
        <p className="hint mb-4">You have admin rights over {customer.companyName}: a change of licenses is an order you place through {row.providerName}.</p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {setSupport ? (
          <section className="card p-5">
            <h2 className="mb-1 font-semibold">Assigned support contact</h2>
            <p className="hint mb-3">Who the customer contacts for support of this subscription: you, or one of your indirect resellers.</p>
            <ActionForm
              action={assignSupportContact}
              hidden={ref}
              testId="support-contact-form"
              fields={[
                {
                  kind: "partner",
                  name: "supportContactId",
                  label: "Assigned support contact",
                  source: RESELLER_OPTIONS,
                  selected: s.supportContactId === s.providerId ? you : { id: s.supportContactId, name: row.supportContactName },
                  fixed: [you],
                },
              ]}
              label="Submit"
            />
          </section>
        ) : null}
        {licensesAllowed ? (
          <section className="card p-5">
            <h2 className="mb-1 font-semibold">Licenses</h2>
            <p className="hint mb-3">
              Add or remove licenses: {offer.minLicenses} to {offer.maxLicenses.toLocaleString("en-US")} for this offer.
            </p>
            <ActionForm
              action={changeLicenses}
              hidden={ref}
              testId="licenses-form"
              fields={[{ kind: "number", name: "licenses", label: "Licenses", value: String(s.licenses), min: offer.minLicenses, max: offer.maxLicenses }]}
              label="Change licenses"
            />
          </section>
        ) : null}
        {manage ? (
          <section className="card p-5">
            <h2 className="mb-1 font-semibold">Indirect reseller</h2>
            <p className="hint mb-3">The partner of record earns incentive credit for this subscription.</p>
            <ActionForm
              action={changeSubscriptionReseller}
              hidden={ref}
              testId="reseller-form"
              fields={[{ kind: "partner", name: "resellerId", label: "Indirect reseller", source: RESELLER_OPTIONS, selected: s.resellerId ? { id: s.resellerId, name: row.resellerName ?? "" } : none, fixed: [none] }]}
              label="Change reseller"
              variant="secondary"
            />
          </section>
        ) : null}
        {manage ? (
          <section className="card p-5">
            <h2 className="mb-1 font-semibold">Upgrade</h2>
            {targets.length === 0 ? (
              <p className="text-sm text-slate-600">This offer has no upgrades.</p>
            ) : s.status !== "active" ? (
              <p className="text-sm text-slate-600">Reactivate the subscription to upgrade it.</p>
            ) : (
              <ActionForm
                action={upgradeSubscription}
                hidden={ref}
                testId="upgrade-form"
                fields={[{ kind: "select", name: "targetOfferId", label: "Offer", placeholder: "Choose an offer", options: targets.map((t) => [t.id, `${t.name} — ${formatMoney(t.unitPriceCents)}/license`]) }]}
                label="Upgrade"
                variant="secondary"
              />
            )}
          </section>
        ) : null}
        {manage ? (
          <section className="card p-5">
            <h2 className="mb-1 font-semibold">{s.status === "active" ? "Suspend" : "Reactivate"}</h2>
            <p className="hint mb-3">{s.status === "active" ? "A suspended subscription keeps its licenses but the customer cannot use them." : "Make the subscription usable again."}</p>
            <ActionForm
              action={setSubscriptionStatus}
              hidden={{ ...ref, status: s.status === "active" ? "suspended" : "active" }}
              testId="status-form"
              label={s.status === "active" ? "Suspend" : "Reactivate"}
              variant={s.status === "active" ? "danger" : "primary"}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}

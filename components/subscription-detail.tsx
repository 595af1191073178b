import Link from "@/components/ui/link";
import { SubscriptionStatus } from "@/components/ui/subscription-status";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { upgradeTargets } from "@/db/queries/offers";
import { subscriptionForViewer } from "@/db/queries/subscriptions";
import {
  assignSupportContact,
  changeLicenses,
  changeSubscriptionReseller,
  setSubscriptionStatus,
  upgradeSubscription,
} from "@/lib/actions/subscriptions";
import type { Viewer } from "@/lib/viewer";
import { orNotFound } from "@/lib/not-found";
import { can, homeFor } from "@/lib/permissions";
import { getFormat, getT, partnerName } from "@/lib/i18n/server";
import { resellerField } from "@/components/reseller-field";

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
  const [t, f] = await Promise.all([getT(), getFormat()]);
  const asPartner = s.resellerId === viewer.partnerId;
  const asSupport = s.supportContactId === viewer.partnerId;
  const assignedAs = asPartner && asSupport ? "both" : asPartner ? "partner" : asSupport ? "support" : null;
  const targets = manage ? await upgradeTargets(s.offerId) : [];
  const you = { id: s.providerId, name: t("subscriptions.detail.you", { name: row.providerName }) };
  const none = { id: "", name: t("subscriptions.detail.none") };
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
            {t("subscriptions.detail.backAssigned")}
          </Link>
        )}
      </nav>
      <PageHeader title={offer.name} description={`${customer.companyName} · ${customer.domain}`} />
      <section className="card mb-6 p-5">
        <dl className="grid gap-4 text-sm sm:grid-cols-3 lg:grid-cols-6">
          <div>
            <dt className="text-slate-600">{t("subscriptions.detail.status")}</dt>
            <dd>
              <SubscriptionStatus status={s.status} testId="subscription-status" />
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("subscriptions.detail.licenses")}</dt>
            <dd data-testid="subscription-licenses">{f.number(s.licenses)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("subscriptions.detail.price")}</dt>
            <dd>
              {t(offer.billingCycle === "annual" ? "customers.wizard.perYear" : "customers.wizard.perMonth", {
                amount: f.money(offer.unitPriceCents * s.licenses),
              })}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("subscriptions.detail.provider")}</dt>
            <dd>{row.providerName}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("subscriptions.detail.reseller")}</dt>
            <dd data-testid="subscription-reseller">{partnerName(row.resellerName, t) ?? t("subscriptions.detail.none")}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("subscriptions.detail.supportContact")}</dt>
            <dd data-testid="subscription-support">{partnerName(row.supportContactName, t)}</dd>
          </div>
        </dl>
      </section>
      {!setSupport && !adminRights && assignedAs ? (
        <div className="notice notice-info mb-6" data-testid="read-only-notice">
          {t("subscriptions.detail.readOnly", { role: assignedAs, company: customer.companyName })}
        </div>
      ) : null}
      {!manage && licensesAllowed ? (
        <p className="hint mb-4">
          {t("subscriptions.detail.adminRights", { company: customer.companyName, provider: row.providerName })}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {setSupport ? (
          <section className="card p-5">
            <h2 className="mb-1 font-semibold">{t("subscriptions.detail.supportContact")}</h2>
            <p className="hint mb-3">{t("subscriptions.detail.supportHint")}</p>
            <ActionForm
              action={assignSupportContact}
              hidden={ref}
              testId="support-contact-form"
              fields={[
                resellerField(
                  "supportContactId",
                  t("subscriptions.detail.supportContact"),
                  s.supportContactId === s.providerId
                    ? null
                    : { id: s.supportContactId, name: partnerName(row.supportContactName, t) },
                  you,
                ),
              ]}
              label={t("subscriptions.detail.submit")}
            />
          </section>
        ) : null}
        {licensesAllowed ? (
          <section className="card p-5">
            <h2 className="mb-1 font-semibold">{t("subscriptions.detail.licenses")}</h2>
            <p className="hint mb-3">
              {t("subscriptions.detail.licensesHint", { min: f.number(offer.minLicenses), max: f.number(offer.maxLicenses) })}
            </p>
            <ActionForm
              action={changeLicenses}
              hidden={ref}
              testId="licenses-form"
              fields={[
                {
                  kind: "number",
                  name: "licenses",
                  label: t("subscriptions.detail.licenses"),
                  value: String(s.licenses),
                  min: offer.minLicenses,
                  max: offer.maxLicenses,
                },
              ]}
              label={t("subscriptions.detail.changeLicenses")}
            />
          </section>
        ) : null}
        {manage ? (
          <section className="card p-5">
            <h2 className="mb-1 font-semibold">{t("subscriptions.detail.reseller")}</h2>
            <p className="hint mb-3">{t("subscriptions.detail.resellerHint")}</p>
            <ActionForm
              action={changeSubscriptionReseller}
              hidden={ref}
              testId="reseller-form"
              fields={[
                resellerField(
                  "resellerId",
                  t("subscriptions.detail.reseller"),
                  s.resellerId ? { id: s.resellerId, name: partnerName(row.resellerName, t) ?? "" } : null,
                  none,
                ),
              ]}
              label={t("subscriptions.detail.changeReseller")}
              variant="secondary"
            />
          </section>
        ) : null}
        {manage ? (
          <section className="card p-5">
            <h2 className="mb-1 font-semibold">{t("subscriptions.detail.upgrade")}</h2>
            {targets.length === 0 ? (
              <p className="text-sm text-slate-600">{t("subscriptions.detail.noUpgrades")}</p>
            ) : s.status !== "active" ? (
              <p className="text-sm text-slate-600">{t("subscriptions.detail.reactivateToUpgrade")}</p>
            ) : (
              <ActionForm
                action={upgradeSubscription}
                hidden={ref}
                testId="upgrade-form"
                fields={[
                  {
                    kind: "select",
                    name: "targetOfferId",
                    label: t("subscriptions.detail.offer"),
                    placeholder: t("subscriptions.detail.chooseOffer"),
                    options: targets.map((o) => [
                      o.id,
                      `${o.name} — ${t("customers.wizard.perLicense", { amount: f.money(o.unitPriceCents) })}`,
                    ]),
                  },
                ]}
                label={t("subscriptions.detail.upgrade")}
                variant="secondary"
              />
            )}
          </section>
        ) : null}
        {manage ? (
          <section className="card p-5">
            <h2 className="mb-1 font-semibold">
              {s.status === "active" ? t("subscriptions.detail.suspend") : t("subscriptions.detail.reactivate")}
            </h2>
            <p className="hint mb-3">
              {s.status === "active" ? t("subscriptions.detail.suspendHint") : t("subscriptions.detail.reactivateHint")}
            </p>
            <ActionForm
              action={setSubscriptionStatus}
              hidden={{ ...ref, status: s.status === "active" ? "suspended" : "active" }}
              testId="status-form"
              label={s.status === "active" ? t("subscriptions.detail.suspend") : t("subscriptions.detail.reactivate")}
              variant={s.status === "active" ? "danger" : "primary"}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}

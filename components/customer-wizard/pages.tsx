import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { catalog } from "@/db/queries/offers";
import { activeProviders, activeReseller, unsafePartnerName } from "@/db/queries/partners";
import { draftForViewer } from "@/db/queries/drafts";
import type { Viewer } from "@/lib/viewer";
import { orNotFound } from "@/lib/not-found";
import { can } from "@/lib/permissions";
import { countryChoices, countryName } from "@/lib/countries";
import { languages } from "@/lib/validation/customers";
import { getFormat, getT } from "@/lib/i18n/server";
import { customersHome, RESELLER_OPTIONS, wizardBase } from "@/lib/routes";
import { CancelDraftButton, CancelDraftForm } from "./cancel-button";
import { CustomerDetailsForm } from "./details-form";
import { CustomerLinesForm } from "./lines-form";
import { ReviewSubmit } from "./review-submit";
import { StepIndicator } from "./steps";

/** The wizard's draft of this user, or a 404 (another user's, expired, or malformed id). */
function loadDraft(viewer: Viewer, draftId: string) {
  return orNotFound(draftForViewer(viewer, draftId));
}

async function SubmittedNotice({ viewer }: { viewer: Viewer }) {
  const t = await getT();
  return (
    <div className="notice notice-info">
      {t("customers.wizard.submitted")}{" "}
      <Link className="link" href={customersHome(viewer)}>
        {t("customers.wizard.goToCustomers")}
      </Link>
    </div>
  );
}

/**
 * Step 1, "New customer": fresh or from a draft. A provider may come with a reseller preselected; a
 * reseller (`customers.createThroughProvider`) chooses one of its active providers first, perhaps preselected.
 */
export async function WizardDetailsStep({
  viewer,
  draftId,
  presetReseller,
  presetProvider,
}: {
  viewer: Viewer;
  draftId?: string;
  presetReseller?: string;
  presetProvider?: string;
}) {
  const draft = draftId ? await loadDraft(viewer, draftId) : undefined;
  if (draft?.submittedAt) return <SubmittedNotice viewer={viewer} />;
  const throughProvider = can(viewer, "customers.createThroughProvider");
  const providers = throughProvider ? await activeProviders(viewer) : undefined;
  // A provider picks among its (possibly thousands of) resellers in a combobox: only the chosen one is rendered.
  const chosenId = draft?.data.details?.resellerId ?? presetReseller;
  const chosen = !throughProvider && chosenId ? await activeReseller(viewer, chosenId) : undefined;
  const reseller = chosen?.id;
  const provider =
    providers?.length === 1 ? providers[0]!.id : providers?.some((p) => p.id === presetProvider) ? presetProvider : undefined;
  const [t, f] = await Promise.all([getT(), getFormat()]);
  const initial: Record<string, string> = draft?.data.details ?? {
    language: "en",
    resellerId: reseller ?? "",
    ...(provider ? { providerId: provider } : {}),
  };
  return (
    <>
      <StepIndicator current={0} />
      <PageHeader title={t("customers.wizard.detailsTitle")} description={t("customers.wizard.detailsIntro")} />
      {providers?.length === 0 ? (
        <div className="notice notice-warning" data-testid="no-provider">
          {t.rich("customers.wizard.noProvider", {
            link: (chunks) => (
              <Link className="link" href="/reseller/providers">
                {chunks}
              </Link>
            ),
          })}
        </div>
      ) : (
        <>
          <CustomerDetailsForm
            draftId={draft?.id}
            initial={initial}
            reseller={
              throughProvider
                ? undefined
                : {
                    source: RESELLER_OPTIONS,
                    selected: chosen
                      ? { id: chosen.id, name: chosen.name, detail: chosen.partnerNumber }
                      : { id: "", name: t("shell.none") },
                  }
            }
            providers={providers}
            countries={countryChoices(f.locale)}
            cancel={
              draft ? (
                <CancelDraftButton draftId={draft.id} />
              ) : (
                <Link href={customersHome(viewer)} className="btn-secondary">
                  {t("customers.wizard.cancel")}
                </Link>
              )
            }
          />
          {draft ? <CancelDraftForm draftId={draft.id} /> : null}
        </>
      )}
    </>
  );
}

/** Step 2, "New subscriptions". */
export async function WizardLinesStep({ viewer, draftId }: { viewer: Viewer; draftId: string }) {
  const draft = await loadDraft(viewer, draftId);
  if (draft.submittedAt) return <SubmittedNotice viewer={viewer} />;
  if (!draft.data.details) notFound();
  const [offers, t, f] = await Promise.all([catalog(), getT(), getFormat()]);
  const initial = Object.fromEntries((draft.data.lines ?? []).map((l) => [l.offerId, l.licenses]));
  return (
    <>
      <StepIndicator current={1} />
      <PageHeader
        title={t("customers.wizard.linesTitle")}
        description={t("customers.wizard.linesIntro", { company: draft.data.details.companyName ?? "" })}
      />
      <CustomerLinesForm
        draftId={draft.id}
        initial={initial}
        offers={offers.map((o) => ({
          id: o.id,
          name: o.name,
          description: o.description,
          category: o.category,
          terms: t("customers.wizard.offerTerms", {
            price: f.money(o.unitPriceCents),
            cycle: o.billingCycle,
            min: f.number(o.minLicenses),
            max: f.number(o.maxLicenses),
          }),
          minLicenses: o.minLicenses,
          maxLicenses: o.maxLicenses,
        }))}
        back={
          <>
            <Link href={`${wizardBase(viewer)}/${draft.id}`} className="btn-secondary">
              {t("customers.wizard.back")}
            </Link>
            <CancelDraftButton draftId={draft.id} />
          </>
        }
      />
      <CancelDraftForm draftId={draft.id} />
    </>
  );
}

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-1 text-sm">
      <dt className="text-slate-600">{label}</dt>
      <dd className="col-span-2">{value || "—"}</dd>
    </div>
  );
}

/** Step 3, "Review", then the Confirmation with the one-time setup information. */
export async function WizardReviewStep({ viewer, draftId }: { viewer: Viewer; draftId: string }) {
  const draft = await loadDraft(viewer, draftId);
  if (draft.submittedAt) return <SubmittedNotice viewer={viewer} />;
  const d = draft.data.details;
  const lines = draft.data.lines;
  if (!d) notFound();
  const base = `${wizardBase(viewer)}/${draft.id}`;
  const [offers, t, f] = await Promise.all([catalog(), getT(), getFormat()]);
  const priced = (lines ?? []).map((l) => {
    const o = offers.find((x) => x.id === l.offerId);
    return { ...l, name: o?.name ?? l.offerId, unit: o?.unitPriceCents ?? 0, cycle: o?.billingCycle ?? "monthly" };
  });
  const monthly = priced.reduce((sum, l) => sum + l.unit * l.licenses * (l.cycle === "annual" ? 1 / 12 : 1), 0);
  const [resellerName, providerName] = await Promise.all([
    d.resellerId ? unsafePartnerName(d.resellerId) : undefined,
    unsafePartnerName(draft.providerId),
  ]);
  const country = countryName(d.country ?? "", f.locale);
  const language = languages.find(([c]) => c === d.language)?.[1] ?? d.language;
  return (
    <ReviewSubmit draftId={draft.id} customersHref={customersHome(viewer)} cancel={<CancelDraftButton draftId={draft.id} />}>
      <PageHeader title={t("customers.wizard.reviewTitle")} description={t("customers.wizard.reviewIntro")} />
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="card p-5">
          <div className="mb-2 flex items-center justify-between">
            <h2 className="font-semibold">{t("customers.wizard.customerDetails")}</h2>
            <Link href={base} className="link text-sm">
              {t("customers.wizard.editDetails")}
            </Link>
          </div>
          <dl>
            <Row label={t("customers.fields.companyName")} value={d.companyName} />
            <Row label={t("customers.fields.primaryDomain")} value={`${d.domain}.onmicrosoft.com`} />
            <Row label={t("customers.fields.indirectProvider")} value={providerName} />
            <Row label={t("customers.fields.indirectReseller")} value={resellerName ?? t("shell.none")} />
            <Row
              label={t("customers.fields.address")}
              value={[d.addressLine1, d.addressLine2, d.city, d.state, d.postalCode, country].filter(Boolean).join(", ")}
            />
            <Row
              label={t("customers.fields.primaryContact")}
              value={`${d.contactFirstName} ${d.contactLastName} · ${d.contactEmail}${d.contactPhone ? ` · ${d.contactPhone}` : ""}`}
            />
            <Row label={t("customers.fields.language")} value={language} />
          </dl>
        </section>
        <section className="card p-5">
          <div className="mb-2 flex items-center justify-between">
            <h2 className="font-semibold">{t("customers.detail.subscriptions")}</h2>
            <Link href={`${base}/subscriptions`} className="link text-sm">
              {t("customers.wizard.editSubscriptions")}
            </Link>
          </div>
          {priced.length === 0 ? (
            <p className="text-sm text-red-700">{t("customers.wizard.noLines")}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>{t("customers.fields.offer")}</th>
                  <th className="text-right">{t("customers.fields.licenses")}</th>
                  <th className="text-right">{t("customers.wizard.price")}</th>
                </tr>
              </thead>
              <tbody>
                {priced.map((l) => (
                  <tr key={l.offerId}>
                    <td>{l.name}</td>
                    <td className="text-right">{f.number(l.licenses)}</td>
                    <td className="text-right">
                      {t(l.cycle === "annual" ? "customers.wizard.perYear" : "customers.wizard.perMonth", {
                        amount: f.money(l.unit * l.licenses),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td className="px-4 py-2 font-medium">{t("customers.wizard.total")}</td>
                  <td className="px-4 py-2 text-right font-medium" data-testid="total-licenses">
                    {f.number(priced.reduce((n, l) => n + l.licenses, 0))}
                  </td>
                  <td className="px-4 py-2 text-right font-medium" data-testid="total-price">
                    {t("customers.wizard.perMonth", { amount: f.money(Math.round(monthly)) })}
                  </td>
                </tr>
              </tfoot>
            </table>
          )}
        </section>
      </div>
      <CancelDraftForm draftId={draft.id} />
    </ReviewSubmit>
  );
}

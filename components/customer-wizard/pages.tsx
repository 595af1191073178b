import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { catalog } from "@/db/queries/offers";
import { activeProviders, activeReseller, unsafePartnerName } from "@/db/queries/partners";
import { draftForViewer } from "@/db/queries/drafts";
import type { Viewer } from "@/lib/viewer";
import { orNotFound } from "@/lib/not-found";
import { can } from "@/lib/permissions";
import { countryName } from "@/lib/countries";
import { languages } from "@/lib/validation/customers";
import { formatMoney } from "@/lib/format";
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

function SubmittedNotice({ viewer }: { viewer: Viewer }) {
  return (
    <div className="notice notice-info">
      This customer was already submitted.{" "}
      <Link className="link" href={customersHome(viewer)}>
        Go to Customers
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
  const provider = providers?.length === 1 ? providers[0]!.id : providers?.some((p) => p.id === presetProvider) ? presetProvider : undefined;
  const initial: Record<string, string> = draft?.data.details ?? { language: "en", resellerId: reseller ?? "", ...(provider ? { providerId: provider } : {}) };
  return (
    <>
      <StepIndicator current={0} />
      <PageHeader title="New customer" description="The customer's account, address and primary contact. Nothing is saved as a customer until you submit on the Review step." />
      {providers?.length === 0 ? (
        <div className="notice notice-warning" data-testid="no-provider">
          You need an active relationship with an indirect provider before you can add customers. When a provider sends you a relationship request, open
          its link and select Authorize indirect provider; it then appears on your{" "}
          <Link className="link" href="/reseller/providers">
            Indirect providers
          </Link>{" "}
          page.
        </div>
      ) : (
        <>
          <CustomerDetailsForm
            draftId={draft?.id}
            initial={initial}
            reseller={throughProvider ? undefined : { source: RESELLER_OPTIONS, selected: chosen ? { id: chosen.id, name: chosen.name, detail: chosen.partnerNumber } : { id: "", name: "None" } }}
            providers={providers}
            cancel={
              draft ? (
                <CancelDraftButton draftId={draft.id} />
              ) : (
                <Link href={customersHome(viewer)} className="btn-secondary">
                  Cancel
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
  const offers = await catalog();
  const initial = Object.fromEntries((draft.data.lines ?? []).map((l) => [l.offerId, l.licenses]));
  return (
    <>
      <StepIndicator current={1} />
      <PageHeader title="New subscriptions" description={`Choose one or more offers for ${draft.data.details.companyName} and the number of licenses of each.`} />
      <CustomerLinesForm
        draftId={draft.id}
        initial={initial}
        offers={offers.map((o) => ({
          id: o.id,
          name: o.name,
          description: o.description,
          category: o.category,
          price: formatMoney(o.unitPriceCents),
          billingCycle: o.billingCycle,
          minLicenses: o.minLicenses,
          maxLicenses: o.maxLicenses,
        }))}
        back={
          <>
            <Link href={`${wizardBase(viewer)}/${draft.id}`} className="btn-secondary">
              Back
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
  const offers = await catalog();
  const priced = (lines ?? []).map((l) => {
    const o = offers.find((x) => x.id === l.offerId);
    return { ...l, name: o?.name ?? l.offerId, unit: o?.unitPriceCents ?? 0, cycle: o?.billingCycle ?? "monthly" };
  });
  const monthly = priced.reduce((sum, l) => sum + l.unit * l.licenses * (l.cycle === "annual" ? 1 / 12 : 1), 0);
  const [resellerName, providerName] = await Promise.all([d.resellerId ? unsafePartnerName(d.resellerId) : undefined, unsafePartnerName(draft.providerId)]);
  const country = countryName(d.country ?? "");
  const language = languages.find(([c]) => c === d.language)?.[1] ?? d.language;
  return (
    <ReviewSubmit draftId={draft.id} customersHref={customersHome(viewer)} cancel={<CancelDraftButton draftId={draft.id} />}>
      <PageHeader title="Review" description="Check everything before you submit. Submitting creates the customer, its administrator account and the subscriptions." />
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="card p-5">
          <div className="mb-2 flex items-center justify-between">
            <h2 className="font-semibold">Customer details</h2>
            <Link href={base} className="link text-sm">
              Edit customer details
            </Link>
          </div>
          <dl>
            <Row label="Company name" value={d.companyName} />
            <Row label="Primary domain" value={`${d.domain}.onmicrosoft.com`} />
            <Row label="Indirect provider" value={providerName} />
            <Row label="Indirect reseller" value={resellerName ?? "None"} />
            <Row label="Address" value={[d.addressLine1, d.addressLine2, d.city, d.state, d.postalCode, country].filter(Boolean).join(", ")} />
            <Row label="Primary contact" value={`${d.contactFirstName} ${d.contactLastName} · ${d.contactEmail}${d.contactPhone ? ` · ${d.contactPhone}` : ""}`} />
            <Row label="Language" value={language} />
          </dl>
        </section>
        <section className="card p-5">
          <div className="mb-2 flex items-center justify-between">
            <h2 className="font-semibold">Subscriptions</h2>
            <Link href={`${base}/subscriptions`} className="link text-sm">
              Edit subscriptions
            </Link>
          </div>
          {priced.length === 0 ? (
            <p className="text-sm text-red-700">No subscriptions chosen yet: go back to the subscriptions step.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>Offer</th>
                  <th className="text-right">Licenses</th>
                  <th className="text-right">Price</th>
                </tr>
              </thead>
              <tbody>
                {priced.map((l) => (
                  <tr key={l.offerId}>
                    <td>{l.name}</td>
                    <td className="text-right">{l.licenses}</td>
                    <td className="text-right">
                      {formatMoney(l.unit * l.licenses)}/{l.cycle === "annual" ? "yr" : "mo"}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td className="px-4 py-2 font-medium">Total</td>
                  <td className="px-4 py-2 text-right font-medium" data-testid="total-licenses">
                    {priced.reduce((n, l) => n + l.licenses, 0)}
                  </td>
                  <td className="px-4 py-2 text-right font-medium" data-testid="total-price">
                    {formatMoney(Math.round(monthly))}/mo
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

import { randomUUID } from "node:crypto";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { customerForViewer } from "@/db/queries/customers";
import { catalog } from "@/db/queries/offers";
import { addSubscription } from "@/lib/actions/subscriptions";
import { requireViewer } from "@/lib/auth";
import { orNotFound } from "@/lib/not-found";
import { formatMoney } from "@/lib/format";
import { RESELLER_OPTIONS } from "@/lib/routes";

export default async function NewSubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("subscriptions.create");
  const { customer, resellerName } = await orNotFound(customerForViewer(viewer, (await params).id));
  const offers = await catalog();
  const none = { id: "", name: "None" };
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={`/provider/customers/${customer.id}`} className="link">
          ← {customer.companyName}
        </Link>
      </nav>
      <PageHeader title="New subscription" description={`Add a subscription for ${customer.companyName}. Associate an indirect reseller to give it incentive credit.`} />
      <div className="card max-w-xl p-6">
        <ActionForm
          action={addSubscription}
          // One key per rendered form: a double click places one order (lib/actions/subscriptions.ts).
          hidden={{ customerId: customer.id, requestKey: randomUUID() }}
          fields={[
            {
              kind: "select",
              name: "offerId",
              label: "Offer",
              placeholder: "Choose an offer",
              options: offers.map((o) => [o.id, `${o.name} — ${formatMoney(o.unitPriceCents)}/license · ${o.minLicenses}–${o.maxLicenses} licenses`]),
            },
            { kind: "number", name: "licenses", label: "Licenses", value: "1", min: 1 },
            {
              kind: "partner",
              name: "resellerId",
              label: "Indirect reseller",
              source: RESELLER_OPTIONS,
              selected: customer.resellerId ? { id: customer.resellerId, name: resellerName ?? "" } : none,
              fixed: [none],
            },
          ]}
          label="Submit"
        />
      </div>
    </>
  );
}

import { randomUUID } from "node:crypto";
import Link from "@/components/ui/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { customerForViewer } from "@/db/queries/customers";
import { catalog } from "@/db/queries/offers";
import { addSubscription } from "@/lib/actions/subscriptions";
import { requireViewer } from "@/lib/auth";
import { orNotFound } from "@/lib/not-found";
import { getFormat, getT } from "@/lib/i18n/server";
import { resellerField } from "@/components/reseller-field";

export default async function NewSubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("subscriptions.create");
  const { customer, resellerName } = await orNotFound(customerForViewer(viewer, (await params).id));
  const [offers, t, f] = await Promise.all([catalog(), getT(), getFormat()]);
  const none = { id: "", name: t("shell.none") };
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={`/provider/customers/${customer.id}`} className="link">
          ← {customer.companyName}
        </Link>
      </nav>
      <PageHeader
        title={t("subscriptions.new.title")}
        description={t("subscriptions.new.intro", { company: customer.companyName })}
      />
      <div className="card max-w-xl p-6">
        <ActionForm
          action={addSubscription}
          // One key per rendered form: a double click places one order (lib/actions/subscriptions.ts).
          hidden={{ customerId: customer.id, requestKey: randomUUID() }}
          fields={[
            {
              kind: "select",
              name: "offerId",
              label: t("customers.fields.offer"),
              placeholder: t("subscriptions.new.chooseOffer"),
              options: offers.map((o) => [
                o.id,
                t("subscriptions.new.offerOption", {
                  name: o.name,
                  price: f.money(o.unitPriceCents),
                  min: f.number(o.minLicenses),
                  max: f.number(o.maxLicenses),
                }),
              ]),
            },
            { kind: "number", name: "licenses", label: t("customers.fields.licenses"), value: "1", min: 1 },
            resellerField(
              "resellerId",
              t("customers.fields.indirectReseller"),
              customer.resellerId ? { id: customer.resellerId, name: resellerName ?? "" } : null,
              none,
            ),
          ]}
          label={t("subscriptions.new.submit")}
        />
      </div>
    </>
  );
}

"use client";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { placeCustomerOrder, type SetupInformation } from "@/lib/actions/customer-wizard";
import { idleState } from "@/lib/form-state";
import { StepIndicator } from "./steps";

/**
 * Submit, then the one-time Setup information. The password lives only in this component's state:
 * a double click or a retry answers "already submitted", and the first answer stays on screen.
 */
export function ReviewSubmit({
  draftId,
  customersHref,
  children,
  cancel,
}: {
  draftId: string;
  customersHref: string;
  children: React.ReactNode;
  cancel: React.ReactNode;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(placeCustomerOrder, idleState);
  const setup = useRef<SetupInformation | null>(null);
  if (!setup.current && state.status === "success" && state.data && "temporaryPassword" in state.data) {
    setup.current = state.data;
  }
  const s = setup.current;
  if (s) {
    return (
      <>
        <StepIndicator current={3} />
        <h1 className="mb-4 text-2xl font-semibold">{t("customers.wizard.added", { company: s.companyName })}</h1>
        <section className="card max-w-2xl space-y-4 p-6" aria-labelledby="setup-heading">
          <h2 id="setup-heading" className="text-lg font-semibold">
            {t("customers.wizard.setupInformation")}
          </h2>
          <p className="text-sm text-slate-600">{t("customers.wizard.setupIntro")}</p>
          <dl className="space-y-3">
            <div className="flex flex-wrap items-center gap-3">
              <dt className="w-44 text-sm text-slate-600">{t("customers.wizard.adminAccount")}</dt>
              <dd className="font-mono" data-testid="admin-account">
                {s.adminEmail}
              </dd>
              <CopyButton text={s.adminEmail} label={t("customers.wizard.copyAdmin")} />
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <dt className="w-44 text-sm text-slate-600">{t("customers.wizard.temporaryPassword")}</dt>
              <dd className="font-mono" data-testid="temporary-password">
                {s.temporaryPassword}
              </dd>
              <CopyButton text={s.temporaryPassword} label={t("customers.wizard.copyPassword")} />
            </div>
          </dl>
          <div className="notice notice-warning" role="note">
            {t("customers.wizard.setupWarning")}
          </div>
          <Link href={customersHref} className="btn-primary">
            {t("customers.wizard.done")}
          </Link>
        </section>
      </>
    );
  }
  const already = state.status === "success" && !!state.data && "alreadySubmitted" in state.data;
  return (
    <>
      <StepIndicator current={2} />
      {children}
      {already ? (
        <div className="notice notice-info mt-4">
          {t("customers.wizard.alreadySubmitted")}{" "}
          <Link className="link" href={customersHref}>
            {t("customers.wizard.goToCustomers")}
          </Link>
        </div>
      ) : (
        <form action={formAction} className="mt-6 flex flex-wrap items-center gap-3">
          <FormMessage state={state} />
          <input type="hidden" name="draftId" value={draftId} />
          <SubmitButton pendingLabel={t("customers.wizard.submitting")}>{t("customers.wizard.submit")}</SubmitButton>
          {cancel}
        </form>
      )}
    </>
  );
}

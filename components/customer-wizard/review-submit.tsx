"use client";
import Link from "next/link";
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
export function ReviewSubmit({ draftId, customersHref, children, cancel }: { draftId: string; customersHref: string; children: React.ReactNode; cancel: React.ReactNode }) {
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
        <h1 className="mb-4 text-2xl font-semibold">{s.companyName} was added</h1>
        <section className="card max-w-2xl space-y-4 p-6" aria-labelledby="setup-heading">
          <h2 id="setup-heading" className="text-lg font-semibold">
            Setup information
          </h2>
          <p className="text-sm text-slate-600">Give these to the customer&apos;s administrator. They must choose a new password when they first sign in.</p>
          <dl className="space-y-3">
            <div className="flex flex-wrap items-center gap-3">
              <dt className="w-44 text-sm text-slate-600">Administrator account</dt>
              <dd className="font-mono" data-testid="admin-account">
                {s.adminEmail}
              </dd>
              <CopyButton text={s.adminEmail} label="Copy administrator account" />
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <dt className="w-44 text-sm text-slate-600">Temporary password</dt>
              <dd className="font-mono" data-testid="temporary-password">
                {s.temporaryPassword}
              </dd>
              <CopyButton text={s.temporaryPassword} label="Copy temporary password" />
            </div>
          </dl>
          <div className="notice notice-warning" role="note">
            Copy this information now. The temporary password cannot be shown again after you close this page.
          </div>
          <Link href={customersHref} className="btn-primary">
            Done
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
          This customer was already submitted. For security the temporary password is shown only once.{" "}
          <Link className="link" href={customersHref}>
            Go to Customers
          </Link>
        </div>
      ) : (
        <form action={formAction} className="mt-6 flex flex-wrap items-center gap-3">
          <FormMessage state={state} />
          <input type="hidden" name="draftId" value={draftId} />
          <SubmitButton pendingLabel="Submitting…">Submit</SubmitButton>
          {cancel}
        </form>
      )}
    </>
  );
}

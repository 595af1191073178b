"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/form-state";
import { requestRelationship, restrictInvitation, sendRelationshipRequest } from "./actions";

/** "Request a reseller relationship": creates a fresh link, then shows the draft email that carries it. */
export function RequestRelationship() {
  const t = useTranslations();
  const [state, formAction] = useActionState(requestRelationship, idleState);
  const [closedId, setClosedId] = useState<string>();
  const draft = state.status === "success" ? state.data : undefined;
  return (
    <div className="flex flex-col items-end gap-2">
      <form action={formAction}>
        <SubmitButton pendingLabel={t("relationships.request.pending")}>{t("relationships.request.button")}</SubmitButton>
      </form>
      {state.status !== "success" ? <FormMessage state={state} /> : null}
      {draft && draft.invitationId !== closedId ? (
        <DraftEmail key={draft.invitationId} draft={draft} onDone={() => setClosedId(draft.invitationId)} />
      ) : null}
    </div>
  );
}

type CopyState = "idle" | "copied" | "selected";
/** The link and the draft email that carries it, as the action returns them. */
type Draft = NonNullable<Awaited<ReturnType<typeof requestRelationship>>["data"]>;

function DraftEmail({ draft, onDone }: { draft: Draft; onDone: () => void }) {
  const t = useTranslations();
  const dialog = useRef<HTMLDialogElement>(null);
  const message = useRef<HTMLTextAreaElement>(null);
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [copy, setCopy] = useState<CopyState>("idle");

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const hasLink = body.includes(draft.link);
  const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

  function edit(next: string) {
    setBody(next);
    setCopy("idle");
  }

  async function copyToClipboard() {
    try {
      await navigator.clipboard.writeText(body);
      setCopy("copied");
    } catch {
      // No Clipboard API, or the browser refused it: select the text so Ctrl+C / ⌘C copies it.
      message.current?.focus();
      message.current?.select();
      setCopy("selected");
    }
  }

  return (
    <dialog
      ref={dialog}
      onClose={onDone}
      aria-labelledby="draft-email-title"
      className="card m-auto w-full max-w-2xl p-6 text-left backdrop:bg-slate-900/40"
    >
      <h2 id="draft-email-title" className="text-lg font-semibold">
        {t("relationships.request.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("relationships.request.intro")}</p>
      <div className="notice notice-warning mt-4" data-testid="link-warning">
        {t("relationships.request.warning")}
      </div>
      <div className="mt-4 space-y-4">
        <div className="field">
          <label htmlFor="draft-subject">{t("relationships.request.subject")}</label>
          <input id="draft-subject" value={subject} onChange={(e) => setSubject(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="draft-body">{t("relationships.request.message")}</label>
          <textarea
            id="draft-body"
            ref={message}
            rows={14}
            value={body}
            onChange={(e) => edit(e.target.value)}
            aria-invalid={hasLink ? undefined : true}
            aria-describedby={hasLink ? undefined : "draft-body-error"}
          />
          {hasLink ? null : (
            <div id="draft-body-error" className="field-error flex flex-wrap items-center gap-2" role="alert">
              {t("relationships.request.linkMissing")}
              <button type="button" className="link" onClick={() => edit(`${body.trimEnd()}\n\n${draft.link}\n`)}>
                {t("relationships.request.putBack")}
              </button>
            </div>
          )}
        </div>
        <p className="text-xs text-slate-600">
          {t("relationships.request.personalizedLink")}{" "}
          <code className="break-all" data-testid="invitation-link">
            {draft.link}
          </code>
        </p>
      </div>
      <RestrictLink invitationId={draft.invitationId} />
      <SendFromPartnerHub draft={draft} subject={subject} body={body} />
      <div className="mt-6 flex flex-wrap items-center gap-2">
        {hasLink ? (
          <a className="btn-primary" href={mailto}>
            {t("relationships.request.openInEmail")}
          </a>
        ) : (
          <button type="button" className="btn-primary" disabled>
            {t("relationships.request.openInEmail")}
          </button>
        )}
        <button type="button" className="btn-secondary" disabled={!hasLink} onClick={() => void copyToClipboard()}>
          {copy === "copied" ? t("relationships.request.copied") : t("relationships.request.copy")}
        </button>
        <button type="button" className="btn-secondary ml-auto" onClick={() => dialog.current?.close()}>
          {t("relationships.request.done")}
        </button>
      </div>
      <p aria-live="polite" className="mt-3 text-sm text-slate-700" data-testid="copy-status">
        {copy === "copied" ? t("relationships.request.copiedStatus") : null}
        {copy === "selected" ? t("relationships.request.selectedStatus") : null}
      </p>
    </dialog>
  );
}

/** "Send from Partner Hub": the message as edited, to the address typed, through the outbox. */
function SendFromPartnerHub({ draft, subject, body }: { draft: Draft; subject: string; body: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(sendRelationshipRequest, idleState);
  return (
    <form
      action={formAction}
      className="mt-4 flex flex-wrap items-end gap-2 border-t border-slate-200 pt-4"
      noValidate
      data-testid="send-request-form"
    >
      <input type="hidden" name="invitationId" value={draft.invitationId} />
      <input type="hidden" name="link" value={draft.link} />
      <input type="hidden" name="subject" value={subject} />
      <input type="hidden" name="body" value={body} />
      <div className="min-w-64 flex-1">
        <Field label={t("relationships.send.to")} name="to" type="email" state={state} autoComplete="off" />
      </div>
      <SubmitButton variant="secondary" pendingLabel={t("relationships.send.pending")}>
        {t("relationships.send.button")}
      </SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** "Only for this reseller": when the provider knows the partner ID or email, nobody else can accept the link. */
function RestrictLink({ invitationId }: { invitationId: string }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(restrictInvitation, idleState);
  return (
    <form action={formAction} className="mt-4 border-t border-slate-200 pt-4" noValidate data-testid="restrict-link-form">
      <input type="hidden" name="invitationId" value={invitationId} />
      <fieldset>
        <legend className="text-sm font-semibold">{t("relationships.restrict.title")}</legend>
        <p className="hint mb-2">{t("relationships.restrict.hint")}</p>
        <div className="flex flex-wrap items-end gap-2">
          <div className="w-40">
            <Field
              label={t("relationships.restrict.partnerId")}
              name="partnerNumber"
              state={state}
              inputMode="numeric"
              autoComplete="off"
            />
          </div>
          <div className="min-w-56 flex-1">
            <Field label={t("relationships.restrict.email")} name="email" type="email" state={state} autoComplete="off" />
          </div>
          <SubmitButton variant="secondary" pendingLabel={t("relationships.restrict.pending")}>
            {t("relationships.restrict.button")}
          </SubmitButton>
        </div>
      </fieldset>
      <div className="mt-2">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

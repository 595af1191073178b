/**
 * The authorization matrix of the server actions (SPEC §1): every export of every "use server" file,
 * found in the code, against every actor. A foreign record is `not_found` (never forbidden, never a name),
 * a signed-out caller is sent to /sign-in. The actors (tests/support/actors.ts, shared with the browser
 * matrix) include two users of the record's provider (`extraActors`): a colleague (a second Admin: wizard
 * drafts are private to their user) and one who must still change a temporary password (refused all but `account.*`).
 * Every id an action takes is varied, not only its record (another organisation's reseller, support
 * contact, provider; an offer not in the catalog or no upgrade).
 *
 * An allowed cell runs in a fresh world (tests/support/world.ts), so its change cannot decide another cell.
 * A refused cell (invalid, not_found, sign_in) must write no row of any table (row counts and a checksum
 * of the rows' versions of every table, before and after: tests/support/db.ts `tableSnapshot`); so the
 * refused cells of a row share one world and their snapshots, and run before its allowed cells. No answer
 * (message, values, field errors, data, redirect) names an organisation, domain or id the actor may not
 * see, derived per actor from the world's parties.
 * Pages and route handlers: tests/e2e/authorization-matrix.spec.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activityRecords } from "@/db/schema";
import { invitationLink } from "@/lib/invitations";
import type { Viewer } from "@/lib/viewer";
import { actAs, form, tableSnapshot, testDb, TEST_PASSWORD } from "../support/db";
import { actors, extraActors, only as onlyFor, type Actor, type ExtraActor } from "../support/actors";
import { discoverServerActions, files, root, serverFiles, USE_SERVER_ANYWHERE } from "../support/server-actions";
import { buildWorld, draftDetails, type World } from "../support/world";

/**
 * allow: it ran and committed (success, or a redirect after writing its activity record);
 * invalid: it let the caller in and refused the input by a rule; not_found: it refused the caller;
 * sign_in: signed out, sent to /sign-in.
 */
type Outcome = "allow" | "invalid" | "not_found" | "sign_in";
type Row = Record<Actor, Outcome>;
type MatrixActor = Actor | ExtraActor;
type Case = {
  /** What this case points at, when an action has several. */
  label?: string;
  /** The colleague gets the provider's outcome, the pending password change not_found, unless given here. */
  extra?: Partial<Record<ExtraActor, Outcome>>;
  /** The form the caller submits (most actions: `(previousState, formData)`). */
  form?: (w: World, actor: Actor) => Record<string, string | string[]>;
  /** Or the arguments, and how to read the answer, for a plain exported function. */
  args?: (w: World) => unknown[];
  classify?: (result: unknown) => Outcome;
  expect: Row;
};

const only = (allowed: Partial<Row>): Row => onlyFor<Outcome>(allowed);
const signedIn = (o: Outcome): Row => only(Object.fromEntries(actors.filter((a) => a !== "signedOut").map((a) => [a, o])));
/** A wizard draft belongs to the user who started it, not to its organisation. */
const privateDraft = { colleague: "not_found" } as const;
/** What a user with a temporary password may still do: sign out, change it; the public actions answer as to anyone signed in. */
const pending = (o: Outcome) => ({ mustChangePassword: o });

const sub = (pick: (w: World) => { id: string }) => (w: World) => ({ subscriptionId: pick(w).id, version: "1" });
const theSubscription = sub((w) => w.subscription);
/** What a caller of the wizard names as the provider: its own when it is a reseller with one (unrelated → its own provider). */
const ownProvider = (w: World, a: Actor) => (a === "unrelatedReseller" ? w.otherProvider.partner.id : w.provider.partner.id);

const actionMatrix: Record<string, Case | Case[]> = {
  "lib/actions/account.ts#signIn": {
    form: (w) => ({ email: w.provider.user.email, password: TEST_PASSWORD }),
    expect: { ...signedIn("allow"), signedOut: "allow" },
    extra: pending("allow"),
  },
  "lib/actions/account.ts#signOut": { form: () => ({}), expect: signedIn("allow"), extra: pending("allow") },
  // English: the cookie it sets stays in the test run's one cookie jar.
  "lib/actions/account.ts#setLanguage": { form: () => ({ locale: "en" }), expect: signedIn("allow") },
  "lib/actions/account.ts#changePassword": {
    form: () => ({
      currentPassword: TEST_PASSWORD,
      newPassword: "a-brand-new-pass-2026",
      confirmPassword: "a-brand-new-pass-2026",
    }),
    expect: signedIn("allow"),
    extra: pending("allow"),
  },
  // "Forgot password?" answers everyone the same; a link nobody issued is refused for everyone.
  "lib/actions/account.ts#requestPasswordReset": {
    form: (w) => ({ email: w.provider.user.email }),
    expect: { ...signedIn("allow"), signedOut: "allow" },
    extra: pending("allow"),
  },
  "lib/actions/account.ts#setPasswordWithLink": {
    form: () => ({ token: "A".repeat(43), newPassword: "a-brand-new-pass-2026", confirmPassword: "a-brand-new-pass-2026" }),
    expect: { ...signedIn("invalid"), signedOut: "invalid" },
    extra: pending("invalid"),
  },
  "app/(public)/enrol/actions.ts#enrolReseller": {
    form: () => ({
      companyName: "Relecloud",
      partnerNumber: String(Math.floor(1e8 + Math.random() * 8e8)),
      country: "US",
      name: "Rae Cloud",
      email: `rae-${Date.now()}-${Math.random()}@relecloud.example`,
      password: "relecloud-2026!",
    }),
    expect: { ...signedIn("invalid"), signedOut: "allow" },
    extra: pending("invalid"),
  },
  "app/invitations/[token]/actions.ts#acceptInvitation": {
    form: (w) => ({ token: w.invitation.token, confirm: "on" }),
    // Any enrolled reseller may accept a provider's link; the one already related is told so.
    expect: only({ reseller: "invalid", unrelatedReseller: "allow" }),
  },
  "app/provider/resellers/actions.ts#requestRelationship": {
    form: () => ({}),
    expect: only({ provider: "allow", otherProvider: "allow" }),
  },
  "app/provider/resellers/actions.ts#sendRelationshipRequest": {
    form: (w) => ({
      invitationId: w.invitation.id,
      link: invitationLink(w.invitation.token),
      to: "owner@relecloud.example",
      subject: "Join us",
      body: `Accept here: ${invitationLink(w.invitation.token)}`,
    }),
    expect: only({ provider: "allow" }),
  },
  "app/provider/resellers/actions.ts#restrictInvitation": {
    form: (w) => ({ invitationId: w.invitation.id, partnerNumber: "123456", email: "" }),
    expect: only({ provider: "allow" }),
  },
  "app/provider/resellers/actions.ts#revokeInvitation": {
    form: (w) => ({ invitationId: w.invitation.id }),
    expect: only({ provider: "allow" }),
  },
  "app/provider/resellers/actions.ts#endRelationship": {
    form: (w) => ({ relationshipId: w.relationship.id }),
    expect: only({ provider: "allow" }),
  },
  "lib/actions/customer-wizard.ts#saveCustomerDetails": [
    {
      label: "a new draft naming the record's provider and reseller",
      form: (w) => draftDetails({ resellerId: w.reseller.partner.id, providerId: w.provider.partner.id }),
      // Naming a partner one has no active relationship with is a field error on that select.
      expect: only({
        provider: "allow",
        otherProvider: "invalid",
        reseller: "allow",
        unrelatedReseller: "invalid",
        salesAgent: "allow",
      }),
    },
    {
      label: "a new draft naming the other provider and its reseller",
      form: (w) => draftDetails({ resellerId: w.unrelatedReseller.partner.id, providerId: w.otherProvider.partner.id }),
      // A provider's own reseller field, a reseller's provider field: each refused when the partner is not its own.
      expect: only({
        provider: "invalid",
        otherProvider: "allow",
        reseller: "invalid",
        unrelatedReseller: "allow",
        salesAgent: "invalid",
      }),
    },
    {
      label: "the provider's draft",
      form: (w, a) => ({ ...draftDetails({ providerId: ownProvider(w, a) }), draftId: w.providerDraft.id }),
      expect: only({ provider: "allow" }),
      extra: privateDraft,
    },
    {
      label: "the reseller's draft",
      form: (w, a) => ({ ...draftDetails({ providerId: ownProvider(w, a) }), draftId: w.resellerDraft.id }),
      expect: only({ reseller: "allow" }),
    },
  ],
  "lib/actions/customer-wizard.ts#saveCustomerLines": [
    {
      label: "the provider's draft",
      form: (w) => ({ draftId: w.providerDraft.id, "offer[]": ["o365-e1"], "licenses.o365-e1": "8" }),
      expect: only({ provider: "allow" }),
      extra: privateDraft,
    },
    {
      label: "the provider's draft, an offer not in the catalog",
      form: (w) => ({ draftId: w.providerDraft.id, "offer[]": ["no-such-offer"], "licenses.no-such-offer": "8" }),
      expect: only({ provider: "invalid" }),
      extra: privateDraft,
    },
    {
      label: "the reseller's draft",
      form: (w) => ({ draftId: w.resellerDraft.id, "offer[]": ["o365-e1"], "licenses.o365-e1": "8" }),
      expect: only({ reseller: "allow" }),
    },
  ],
  "lib/actions/customer-wizard.ts#cancelCustomerDraft": [
    {
      label: "the provider's draft",
      form: (w) => ({ draftId: w.providerDraft.id }),
      expect: only({ provider: "allow" }),
      extra: privateDraft,
    },
    { label: "the reseller's draft", form: (w) => ({ draftId: w.resellerDraft.id }), expect: only({ reseller: "allow" }) },
  ],
  "lib/actions/customer-wizard.ts#placeCustomerOrder": [
    {
      label: "the provider's draft",
      form: (w) => ({ draftId: w.providerDraft.id }),
      expect: only({ provider: "allow" }),
      extra: privateDraft,
    },
    { label: "the reseller's draft", form: (w) => ({ draftId: w.resellerDraft.id }), expect: only({ reseller: "allow" }) },
  ],
  "lib/actions/customer-wizard.ts#checkDomainAvailability": {
    // Read-only and not wrapped: whoever may not add customers (signed out included) gets an empty answer.
    args: () => [`free${Date.now()}`],
    classify: (r) => ((r as { message: string }).message ? "allow" : "not_found"),
    expect: {
      ...only({ provider: "allow", otherProvider: "allow", reseller: "allow", unrelatedReseller: "allow", salesAgent: "allow" }),
      signedOut: "not_found",
    },
  },
  "lib/actions/subscriptions.ts#addSubscription": [
    {
      form: (w) => ({ customerId: w.customer.id, offerId: "o365-e3", licenses: "10", resellerId: "" }),
      expect: only({ provider: "allow", salesAgent: "allow" }),
    },
    {
      label: "the other provider's reseller of record",
      form: (w) => ({
        customerId: w.customer.id,
        offerId: "o365-e3",
        licenses: "10",
        resellerId: w.unrelatedReseller.partner.id,
      }),
      expect: only({ provider: "invalid", salesAgent: "invalid" }),
    },
    {
      // The catalog is the same for everyone: the foreign offer is one it does not have.
      label: "an offer not in the catalog",
      form: (w) => ({ customerId: w.customer.id, offerId: "no-such-offer", licenses: "10", resellerId: "" }),
      expect: only({ provider: "invalid", salesAgent: "invalid" }),
    },
  ],
  "lib/actions/subscriptions.ts#assignSupportContact": [
    {
      form: (w) => ({ ...theSubscription(w), supportContactId: w.reseller.partner.id }),
      expect: only({ provider: "allow", salesAgent: "allow", helpdeskAgent: "allow" }),
    },
    {
      label: "the other provider's reseller as support contact",
      form: (w) => ({ ...theSubscription(w), supportContactId: w.unrelatedReseller.partner.id }),
      expect: only({ provider: "invalid", salesAgent: "invalid", helpdeskAgent: "invalid" }),
    },
    {
      label: "the other provider as support contact",
      form: (w) => ({ ...theSubscription(w), supportContactId: w.otherProvider.partner.id }),
      expect: only({ provider: "invalid", salesAgent: "invalid", helpdeskAgent: "invalid" }),
    },
  ],
  "lib/actions/subscriptions.ts#changeLicenses": [
    {
      label: "a subscription of the reseller's customer",
      form: (w) => ({ ...theSubscription(w), licenses: "12" }),
      expect: only({ provider: "allow", reseller: "allow", salesAgent: "allow" }),
    },
    {
      label: "one where the reseller is only partner of record and support contact",
      form: (w) => ({ ...sub((x) => x.assignedSubscription)(w), licenses: "21" }),
      expect: only({ provider: "allow", salesAgent: "allow" }),
    },
  ],
  "lib/actions/subscriptions.ts#upgradeSubscription": [
    {
      form: (w) => ({ ...theSubscription(w), targetOfferId: "m365-business-premium" }),
      expect: only({ provider: "allow", salesAgent: "allow" }),
    },
    {
      label: "an offer that is no upgrade of it",
      form: (w) => ({ ...theSubscription(w), targetOfferId: "o365-e1" }),
      expect: only({ provider: "invalid", salesAgent: "invalid" }),
    },
  ],
  "lib/actions/subscriptions.ts#changeSubscriptionReseller": [
    {
      form: (w) => ({ ...theSubscription(w), resellerId: "" }),
      expect: only({ provider: "allow", salesAgent: "allow" }),
    },
    {
      label: "the other provider's reseller",
      form: (w) => ({ ...theSubscription(w), resellerId: w.unrelatedReseller.partner.id }),
      expect: only({ provider: "invalid", salesAgent: "invalid" }),
    },
  ],
  "lib/actions/subscriptions.ts#setSubscriptionStatus": {
    form: (w) => ({ ...theSubscription(w), status: "suspended" }),
    expect: only({ provider: "allow", salesAgent: "allow" }),
  },
  "lib/actions/subscriptions.ts#associateCustomerReseller": [
    {
      form: (w) => ({ customerId: w.customer.id, resellerId: "" }),
      expect: only({ provider: "allow", salesAgent: "allow" }),
    },
    {
      label: "the other provider's reseller",
      form: (w) => ({ customerId: w.customer.id, resellerId: w.unrelatedReseller.partner.id }),
      expect: only({ provider: "invalid", salesAgent: "invalid" }),
    },
  ],
  "app/provider/profile/actions.ts#requestProfileChange": {
    form: (w) => ({
      companyName: `${w.provider.partner.legalName} Cloud`,
      "country[]": ["US"],
      "targetUrl[]": ["https://example.com/partners"],
    }),
    expect: only({ provider: "allow", otherProvider: "allow" }),
  },
  "app/operator/requests/actions.ts#markInReview": {
    form: (w) => ({ requestId: w.supportRequest.id }),
    expect: only({ operator: "allow" }),
  },
  "app/operator/requests/actions.ts#completeRequest": {
    form: (w) => ({ requestId: w.supportRequest.id, reply: "Done." }),
    expect: only({ operator: "allow" }),
  },
  "app/operator/requests/actions.ts#rejectRequest": {
    form: (w) => ({ requestId: w.supportRequest.id, reason: "Logo too small." }),
    expect: only({ operator: "allow" }),
  },
  "app/operator/providers/actions.ts#setProviderListed": [
    { form: (w) => ({ providerId: w.provider.partner.id, listed: "false" }), expect: only({ operator: "allow" }) },
    {
      label: "a reseller's id",
      form: (w) => ({ providerId: w.reseller.partner.id, listed: "false" }),
      expect: only({ operator: "not_found" }),
    },
  ],
  "app/operator/partners/actions.ts#activatePartner": [
    { form: (w) => ({ partnerId: w.pendingReseller.id }), expect: only({ operator: "allow" }) },
    { label: "an active reseller", form: (w) => ({ partnerId: w.reseller.partner.id }), expect: only({ operator: "invalid" }) },
    { label: "a provider", form: (w) => ({ partnerId: w.provider.partner.id }), expect: only({ operator: "not_found" }) },
  ],
  // Users of an organisation: every organisation's Admin adds to its own; the record is a user of the provider.
  "lib/actions/users.ts#addUser": {
    form: () => ({ name: "Sam Sales", email: `sam-${Date.now()}-${Math.random()}@example.com`, orgRole: "admin" }),
    expect: only({ provider: "allow", otherProvider: "allow", reseller: "allow", unrelatedReseller: "allow", operator: "allow" }),
  },
  "lib/actions/users.ts#changeUserRole": {
    form: (w) => ({ userId: w.providerUser.id, orgRole: "helpdesk_agent" }),
    expect: only({ provider: "allow" }),
  },
  "lib/actions/users.ts#deactivateUser": { form: (w) => ({ userId: w.providerUser.id }), expect: only({ provider: "allow" }) },
  "lib/actions/users.ts#reactivateUser": { form: (w) => ({ userId: w.providerUser.id }), expect: only({ provider: "allow" }) },
  "lib/actions/users.ts#resetUserPassword": { form: (w) => ({ userId: w.providerUser.id }), expect: only({ provider: "allow" }) },
};

// ── what each actor may see ───────────────────────────────────────────────────────────────────────

/**
 * The names, domains and ids of the world's organisations this viewer may not see, from the world's own
 * parties: an organisation sees itself; a partner also the partners it has a relationship with and the
 * customers it is provider, reseller, partner of record or support contact of; a customer's administrator
 * also its customer's partners; the operator every partner (and no customer); everyone the providers on the
 * official list (in the world, the record's provider: buildWorld gives it its entry).
 */
function hiddenFrom(w: World, viewer: Viewer | null): string[] {
  const partners = [
    w.provider.partner,
    w.otherProvider.partner,
    w.reseller.partner,
    w.unrelatedReseller.partner,
    w.pendingReseller,
  ];
  const customers = [w.customer, w.unassociatedCustomer, w.otherCustomer];
  const subscriptions = [w.subscription, w.assignedSubscription];
  const seen = new Set<string | null>([w.provider.partner.id]);
  if (viewer?.role === "operator") for (const p of partners) seen.add(p.id);
  else if (viewer) {
    const own = viewer.partnerId ?? viewer.customerId;
    seen.add(own);
    for (const r of [w.relationship, w.otherRelationship])
      if (r.providerId === own || r.resellerId === own) for (const id of [r.providerId, r.resellerId]) seen.add(id);
    for (const c of customers) {
      const parties = [c.providerId, c.resellerId];
      for (const sub of subscriptions) if (sub.customerId === c.id) parties.push(sub.resellerId, sub.supportContactId);
      if (parties.includes(own)) seen.add(c.id);
      if (c.id === own) for (const p of parties) seen.add(p);
    }
  }
  return [
    ...partners.filter((p) => !seen.has(p.id)).flatMap((p) => [p.legalName, p.id]),
    ...customers.filter((c) => !seen.has(c.id)).flatMap((c) => [c.companyName, c.domain, c.id]),
  ];
}

// ── discovery: the actions as the code has them ────────────────────────────────────────────────────

const discovered = await discoverServerActions();

function missingEntryMessage(keys: string[]): string {
  const rows = keys.map(
    (k) =>
      `  "${k}": { form: (w) => ({ /* input naming a record of w.provider */ }), expect: only({ provider: "allow" /* , reseller: "allow", … */ }) },`,
  );
  return [
    `${keys.length} server action(s) have no row in the authorization matrix. Add to \`actionMatrix\` in tests/integration/authorization-matrix.test.ts:`,
    ...rows,
    "`only({...})` means: signed out → sign_in, every actor not listed → not_found. Give every actor that may act its outcome (allow | invalid).",
  ].join("\n");
}

describe("authorization matrix: server actions", () => {
  it("finds the server actions in the code", () => {
    expect(serverFiles.length).toBeGreaterThanOrEqual(6);
    expect(discovered.size).toBeGreaterThanOrEqual(20);
  });

  it("has a row for every server action, and none for an action that is gone", () => {
    const missing = [...discovered.keys()].filter((k) => !(k in actionMatrix));
    expect(missing, missingEntryMessage(missing)).toEqual([]);
    const stale = Object.keys(actionMatrix).filter((k) => !discovered.has(k));
    expect(stale, `Rows for server actions that no longer exist: remove them from \`actionMatrix\`.`).toEqual([]);
  });

  it('declares server actions only in "use server" files, where this matrix finds them', () => {
    const inline = files.filter(
      (f) => !serverFiles.includes(f) && USE_SERVER_ANYWHERE.test(fs.readFileSync(path.join(root, f), "utf8")),
    );
    expect(inline, 'Move these inline server actions into a "use server" file (and give them a row in the matrix).').toEqual([]);
  });

  async function activityCount() {
    const [row] = await (await testDb()).select({ n: count() }).from(activityRecords);
    return row!.n;
  }

  /** The cell's outcome, and what the caller got back (the action's answer, or where it was redirected). */
  async function outcomeOf(
    run: () => Promise<unknown>,
    classify?: (r: unknown) => Outcome,
  ): Promise<{ outcome: string; answer: unknown }> {
    const before = await activityCount();
    try {
      const answer = await run();
      if (classify) return { outcome: classify(answer), answer };
      const status = (answer as { status: string }).status;
      if (status === "success") return { outcome: "allow", answer };
      if (status === "invalid" || status === "not_found") return { outcome: status, answer };
      return { outcome: `unexpected status ${status}: ${JSON.stringify(answer)}`, answer };
    } catch (err) {
      const digest = (err as { digest?: string }).digest ?? "";
      if (!digest.startsWith("NEXT_REDIRECT")) throw err;
      const to = digest.split(";")[2]!;
      const committed = (await activityCount()) > before;
      if (committed) return { outcome: "allow", answer: to };
      return { outcome: to.startsWith("/sign-in") ? "sign_in" : `redirected to ${to} without doing anything`, answer: to };
    }
  }

  const expected = (c: Case, actor: MatrixActor): Outcome =>
    actor === "colleague"
      ? (c.extra?.colleague ?? c.expect.provider)
      : actor === "mustChangePassword"
        ? (c.extra?.mustChangePassword ?? "not_found")
        : c.expect[actor];
  const isExtra = (actor: MatrixActor): actor is ExtraActor => (extraActors as readonly string[]).includes(actor);
  const viewerFor = (w: World, actor: MatrixActor) => (isExtra(actor) ? w[actor] : w.viewers[actor]);

  for (const [key, entry] of Object.entries(actionMatrix)) {
    for (const c of Array.isArray(entry) ? entry : [entry]) {
      describe(c.label ? `${key} (${c.label})` : key, () => {
        const cells = [...actors, ...extraActors].map((actor) => ({ actor, outcome: expected(c, actor) }));
        // Refused cells first: they share one world, each one's "after" snapshot the next one's "before".
        cells.sort((a, b) => Number(a.outcome === "allow") - Number(b.outcome === "allow"));
        let spare: { world: World; snapshot: string[] } | undefined;
        for (const { actor, outcome } of cells) {
          it(`${actor} → ${outcome}`, async () => {
            const fn = discovered.get(key);
            expect(fn, `${key} is not a server action any more`).toBeDefined();
            const refused = outcome !== "allow";
            const reuse = refused ? spare : undefined;
            spare = undefined;
            const w = reuse?.world ?? (await buildWorld());
            const before = refused ? (reuse?.snapshot ?? (await tableSnapshot())) : undefined;
            const viewer = viewerFor(w, actor);
            actAs(viewer);
            // The extra actors are users of the record's provider, and fill in the form as it would.
            const input = c.args ? c.args(w) : c.form!(w, isExtra(actor) ? "provider" : actor);
            const { outcome: got, answer } = await outcomeOf(
              () => (c.args ? fn!(...(input as unknown[])) : fn!(undefined, form(input as Record<string, string | string[]>))),
              c.classify,
            );
            expect(got).toBe(outcome);
            if (before) {
              const after = await tableSnapshot();
              expect(after, `${actor} was refused (${got}), yet rows changed`).toEqual(before);
              spare = { world: w, snapshot: after };
            }
            // What the caller typed may come back (in `values`); nothing else it may not see.
            const typed = JSON.stringify(input);
            const said = JSON.stringify(answer ?? null);
            const leaked = hiddenFrom(w, viewer).filter((value) => !typed.includes(value) && said.includes(value));
            expect(leaked, `${actor}'s answer names what it may not see: ${said}`).toEqual([]);
          });
        }
      });
    }
  }
});

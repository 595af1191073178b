"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import Link from "@/components/ui/link";
import { SubscriptionSummary } from "./subscription-summary";

/** What a Customers row shows: plain strings, so a page of rows is one small array in the RSC payload. */
export type CustomerRow = {
  id: string;
  companyName: string;
  href: string;
  domain: string;
  /** The filter column's party (reseller or provider); null shows "None". */
  party: string | null;
  subscriptions: string;
  /** The route the expanded row's subscriptions load from (…/customers/[id]/summary). */
  summary: string;
};

/**
 * The body of the Customers table: each row's down arrow reveals its subscriptions beneath it. One client
 * component for the whole page of rows (not one per row with server-rendered cells), which keeps the
 * page's render and payload small at any page size.
 */
export function CustomerRows({ rows }: { rows: CustomerRow[] }) {
  return rows.map((row) => <Row key={row.id} row={row} />);
}

function Row({ row }: { row: CustomerRow }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <tbody data-testid="customer-row">
      <tr>
        <td>
          <button
            type="button"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-label={t(open ? "customers.list.hide" : "customers.list.show", { name: row.companyName })}
            className="rounded px-1 text-slate-600 hover:bg-slate-100"
          >
            <span aria-hidden className={`inline-block transition-transform ${open ? "rotate-180" : ""}`}>
              ▾
            </span>
          </button>
        </td>
        {/* Names are data, in their own words. */}
        <td translate="no">
          <Link className="link font-medium" href={row.href}>
            {row.companyName}
          </Link>
        </td>
        <td className="font-mono text-xs">{row.domain}</td>
        <td translate="no">{row.party ?? <span className="text-slate-600">{t("customers.list.none")}</span>}</td>
        <td className="text-right tabular-nums">{row.subscriptions}</td>
      </tr>
      {open ? (
        <tr className="bg-slate-50">
          <td />
          <td colSpan={4}>
            <SubscriptionSummary source={row.summary} />
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

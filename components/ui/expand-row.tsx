"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** A table row whose down arrow reveals a detail row beneath it. */
export function ExpandRow({
  label,
  cells,
  detail,
  colSpan,
}: {
  label: string;
  cells: React.ReactNode;
  detail: React.ReactNode;
  colSpan: number;
}) {
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
            aria-label={t(open ? "customers.list.hide" : "customers.list.show", { name: label })}
            className="rounded px-1 text-slate-600 hover:bg-slate-100"
          >
            <span aria-hidden className={`inline-block transition-transform ${open ? "rotate-180" : ""}`}>
              ▾
            </span>
          </button>
        </td>
        {cells}
      </tr>
      {open ? (
        <tr className="bg-slate-50">
          <td />
          <td colSpan={colSpan}>{detail}</td>
        </tr>
      ) : null}
    </tbody>
  );
}

import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";

const tabs = [
  { href: "/reseller/customers", label: "subscriptions.tabs.yourCustomers" },
  { href: "/reseller/subscriptions", label: "subscriptions.tabs.assigned" },
] as const;

/** The reseller's two views of its customers' business: customers associated with it, and subscriptions assigned to it. */
export function ResellerTabs({ current }: { current: (typeof tabs)[number]["href"] }) {
  const tr = useTranslations();
  return (
    <nav aria-label={tr("subscriptions.tabs.views")} className="mb-4 border-b border-slate-200">
      <ul className="-mb-px flex gap-1">
        {tabs.map((t) => (
          <li key={t.href}>
            <Link
              href={t.href}
              aria-current={t.href === current ? "page" : undefined}
              className={`block border-b-2 px-3 py-2 text-sm ${t.href === current ? "border-blue-700 font-medium text-blue-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {tr(t.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

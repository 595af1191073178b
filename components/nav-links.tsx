"use client";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/permissions";

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The longest matching prefix is the current section (so "Dashboard" is not active everywhere).
  const within = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  const matched = (i: NavItem) => Math.max(...[i.href, ...(i.also ?? [])].map((p) => (within(p) ? p.length : -1)));
  const active = items.filter((i) => matched(i) >= 0).sort((a, b) => matched(b) - matched(a))[0];
  return (
    <ul className="-mb-px flex gap-1 overflow-x-auto">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item === active ? "page" : undefined}
            className={`block border-b-2 px-3 py-2 text-sm whitespace-nowrap ${
              item === active
                ? "border-blue-700 font-medium text-blue-800"
                : "border-transparent text-slate-600 hover:text-slate-900"
            }`}
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

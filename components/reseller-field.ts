import type { ComboOption } from "@/components/partner-combobox";
import type { FieldSpec } from "@/components/ui/action-form";
import { RESELLER_OPTIONS } from "@/lib/routes";

/**
 * A field that picks one of the provider's active indirect resellers: a combobox that loads matches as the
 * user types (never the whole list), with one fixed choice on top — "None", or the provider itself.
 * `selected` null: the fixed choice is selected.
 */
export function resellerField(name: string, label: string, selected: ComboOption | null, fixed: ComboOption): FieldSpec {
  return { kind: "partner", name, label, source: RESELLER_OPTIONS, selected: selected ?? fixed, fixed: [fixed] };
}

/**
 * The selected choice of a list's reseller filter (`?reseller=`): "none" (direct customers), one active
 * reseller of the viewer's provider (looked up by the page; a foreign or unknown id shows as "all"), or all.
 */
export function resellerFilterChoice(
  value: string | undefined,
  chosen: { id: string; name: string } | undefined,
  t: (key: "customers.list.none" | "customers.list.all") => string,
): ComboOption {
  if (value === "none") return { id: "none", name: t("customers.list.none") };
  if (chosen) return { id: chosen.id, name: chosen.name };
  return { id: "", name: t("customers.list.all") };
}

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

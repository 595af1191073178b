"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FieldFrame, fieldA11y } from "@/components/ui/form";

export type ComboOption = { id: string; name: string; detail?: string };

/**
 * A searchable, keyboard-accessible choice among many partners (WAI-ARIA combobox with a listbox popup):
 * the page renders only the chosen one; matches are loaded from `source` (`?q=…`, JSON `ComboOption[]`,
 * scoped to the viewer's organisation) as the user types. The value goes to the form in a hidden input
 * `name`. `fixed` options (e.g. "All", "None") are always offered first.
 * Keys: ↓/↑ move, Enter chooses, Escape closes and restores the choice, typing searches.
 */
export function PartnerCombobox({
  label,
  name,
  source,
  selected,
  fixed = [],
  errors,
  hint,
  onChoose,
  id = `field-${name}`,
}: {
  label: string;
  name: string;
  source: string;
  selected: ComboOption;
  fixed?: ComboOption[];
  errors?: string[];
  hint?: string;
  /** Told of every choice (a form that remounts can keep it). */
  onChoose?: (option: ComboOption) => void;
  id?: string;
}) {
  const t = useTranslations();
  const listId = useId();
  const [choice, setChoice] = useState(selected);
  const [text, setText] = useState(selected.name);
  const [open, setOpen] = useState(false);
  const [matches, setMatches] = useState<ComboOption[]>([]);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);
  const asked = useRef(0);

  const query = text === choice.name ? "" : text.trim();
  useEffect(() => {
    if (!open) return;
    const ticket = ++asked.current;
    setLoading(true);
    const timer = setTimeout(() => {
      void fetch(`${source}?q=${encodeURIComponent(query)}`, { headers: { accept: "application/json" } })
        .then((r) => (r.ok ? (r.json() as Promise<ComboOption[]>) : []))
        .catch(() => [] as ComboOption[])
        .then((rows) => {
          if (ticket !== asked.current) return;
          setMatches(rows);
          setLoading(false);
        });
    }, 120);
    return () => clearTimeout(timer);
  }, [open, query, source]);

  const lowered = query.toLowerCase();
  const options = [...fixed.filter((o) => !lowered || o.name.toLowerCase().includes(lowered)), ...matches];
  const choose = (o: ComboOption) => {
    setChoice(o);
    onChoose?.(o);
    setText(o.name);
    setOpen(false);
  };
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {/* The listbox pops up under the input, not under the hint or the error. */}
      <div className="relative">
        <input type="hidden" name={name} value={choice.id} />
        <input
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && options[active] ? optionId(active) : undefined}
          value={text}
          placeholder={t("customers.combobox.placeholder")}
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => setOpen(true)}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            if (text.trim() === "" && fixed[0]) choose(fixed[0]);
            else setText(choice.name);
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              if (!open) return setOpen(true);
              const n = options.length;
              if (n) setActive((a) => (e.key === "ArrowDown" ? (a + 1) % n : (a - 1 + n) % n));
            } else if (e.key === "Enter" && open) {
              e.preventDefault();
              const o = options[active];
              if (o) choose(o);
            } else if (e.key === "Escape" && open) {
              e.preventDefault();
              setOpen(false);
              setText(choice.name);
            }
          }}
          {...fieldA11y(id, errors, hint)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t("customers.combobox.matches")}
          hidden={!open}
          className="absolute top-full right-0 left-0 z-20 mt-1 max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {options.map((o, i) => (
            <li
              key={o.id || "fixed-empty"}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-blue-50 text-blue-900" : "text-slate-800"}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {o.name}
              {o.detail ? <span className="ml-2 text-xs text-slate-500">{o.detail}</span> : null}
            </li>
          ))}
          {!loading && options.length === 0 ? (
            <li className="px-3 py-1.5 text-slate-500">{t("customers.combobox.noMatches")}</li>
          ) : null}
          {loading && matches.length === 0 ? (
            <li className="px-3 py-1.5 text-slate-500">{t("customers.combobox.searching")}</li>
          ) : null}
        </ul>
      </div>
    </FieldFrame>
  );
}

import { useTranslations } from "next-intl";

const steps = [
  "customers.wizard.stepDetails",
  "customers.wizard.stepLines",
  "customers.wizard.stepReview",
  "customers.wizard.stepConfirmation",
] as const;

/** Where the user is in the new-customer wizard. */
export function StepIndicator({ current }: { current: 0 | 1 | 2 | 3 }) {
  const t = useTranslations();
  return (
    <ol className="mb-6 flex flex-wrap gap-2 text-sm" aria-label={t("customers.wizard.steps")}>
      {steps.map((label, i) => (
        <li
          key={label}
          aria-current={i === current ? "step" : undefined}
          className={`flex items-center gap-2 rounded-full px-3 py-1 ${
            i === current ? "bg-blue-700 text-white" : i < current ? "bg-blue-100 text-blue-900" : "bg-slate-100 text-slate-700"
          }`}
        >
          <span aria-hidden>{i < current ? "✓" : i + 1}</span>
          {t(label)}
        </li>
      ))}
    </ol>
  );
}

/**
 * A server-rendered SVG bar chart (no client JavaScript): an image with a text alternative for
 * screen readers, and the same numbers as a table under "Show as table".
 */
import Link from "@/components/ui/link";

/** `yearStart`: a month bar that begins a year (its year is shown under it). */
export type Bar = { label: string; value: number; yearStart?: boolean };

type Props = {
  title: string;
  data: Bar[];
  /** Column headers of the table view, e.g. "Indirect reseller" and "Licenses". */
  categoryLabel: string;
  valueLabel: string;
  orientation?: "horizontal" | "vertical";
  emptyText?: string;
  testId?: string;
  /** A link to the whole list when the chart shows only the biggest bars (e.g. "All 2,001 resellers"). */
  more?: { href: string; label: string };
  /** The toggle of the table view, in the reader's language. */
  showTable?: string;
  /** How numbers are written. */
  locale?: string;
};

const WIDTH = 640;
const BAR = "#1d4ed8";
const TEXT = "#475569";
const formatter = (locale: string) => (n: number) => n.toLocaleString(locale === "en" ? "en-US" : locale);
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function HorizontalBars({ data, max, fmt }: { data: Bar[]; max: number; fmt: (n: number) => string }) {
  const labelWidth = 190;
  const area = WIDTH - labelWidth - 70;
  const row = 34;
  return (
    <>
      {data.map((d, i) => {
        const w = d.value > 0 ? Math.max(2, (d.value / max) * area) : 0;
        const y = i * row + 6;
        return (
          <g key={`${d.label}-${i}`}>
            <title>{`${d.label}: ${fmt(d.value)}`}</title>
            <text x={labelWidth - 10} y={y + 15} textAnchor="end" fontSize="13" fill={TEXT}>
              {clip(d.label, 26)}
            </text>
            <rect x={labelWidth} y={y} width={w} height={22} rx={3} fill={BAR} />
            <text x={labelWidth + w + 6} y={y + 15} fontSize="13" fill="#0f172a">
              {fmt(d.value)}
            </text>
          </g>
        );
      })}
    </>
  );
}

function VerticalBars({ data, max, height, fmt }: { data: Bar[]; max: number; height: number; fmt: (n: number) => string }) {
  const top = 22;
  const bottom = 40;
  const area = height - top - bottom;
  const slot = (WIDTH - 16) / data.length;
  const barWidth = Math.min(40, slot * 0.62);
  return (
    <>
      <line x1={8} x2={WIDTH - 8} y1={top + area} y2={top + area} stroke="#cbd5e1" />
      {data.map((d, i) => {
        const h = d.value > 0 ? Math.max(2, (d.value / max) * area) : 0;
        const cx = 8 + slot * i + slot / 2;
        const [first, second] = d.label.split(" ");
        return (
          <g key={`${d.label}-${i}`}>
            <title>{`${d.label}: ${fmt(d.value)}`}</title>
            <rect x={cx - barWidth / 2} y={top + area - h} width={barWidth} height={h} rx={3} fill={BAR} />
            <text x={cx} y={top + area - h - 6} textAnchor="middle" fontSize="12" fill="#0f172a">
              {fmt(d.value)}
            </text>
            <text x={cx} y={top + area + 16} textAnchor="middle" fontSize="12" fill={TEXT}>
              {first}
            </text>
            {second && (i === 0 || d.yearStart) ? (
              <text x={cx} y={top + area + 31} textAnchor="middle" fontSize="11" fill={TEXT}>
                {second}
              </text>
            ) : null}
          </g>
        );
      })}
    </>
  );
}

export function BarChart({
  title,
  data,
  categoryLabel,
  valueLabel,
  orientation = "horizontal",
  emptyText = "Nothing to show yet.",
  testId,
  more,
  showTable = "Show as table",
  locale = "en",
}: Props) {
  const fmt = formatter(locale);
  const max = Math.max(1, ...data.map((d) => d.value));
  const height = orientation === "horizontal" ? data.length * 34 + 12 : 240;
  const description = `${title}. ${data.map((d) => `${d.label}: ${fmt(d.value)}`).join(", ")}.`;
  const empty = data.every((d) => d.value === 0);
  return (
    <section className="card p-5" data-testid={testId} aria-label={title}>
      <h2 className="mb-3 text-base font-semibold text-slate-900">{title}</h2>
      {empty ? (
        <p className="text-sm text-slate-600">{emptyText}</p>
      ) : (
        <svg
          role="img"
          aria-label={description}
          viewBox={`0 0 ${WIDTH} ${height}`}
          className="h-auto w-full"
          preserveAspectRatio="xMinYMin meet"
        >
          <title>{description}</title>
          {orientation === "horizontal" ? (
            <HorizontalBars data={data} max={max} fmt={fmt} />
          ) : (
            <VerticalBars data={data} max={max} height={height} fmt={fmt} />
          )}
        </svg>
      )}
      {more ? (
        <Link href={more.href} className="link mt-3 inline-block text-sm">
          {more.label}
        </Link>
      ) : null}
      <details className="mt-3">
        <summary className="link cursor-pointer text-sm">{showTable}</summary>
        <table className="table mt-2">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              <th scope="col" className="text-right">
                {valueLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              <tr key={`${d.label}-${i}`}>
                <th scope="row" className="font-normal">
                  {d.label}
                </th>
                <td className="text-right tabular-nums">{fmt(d.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

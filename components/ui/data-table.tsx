/** A list page's table in its card: column headers (some only for screen readers), rows from the page. */
export type Column = string | { label: string; align?: "right"; hidden?: boolean; className?: string };

export function DataTable({
  columns,
  testId,
  children,
  footer,
}: {
  columns: Column[];
  testId?: string;
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  return (
    <div className="card overflow-x-auto">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => {
              const col = typeof c === "string" ? { label: c } : c;
              const className =
                [col.align === "right" ? "text-right" : "", "className" in col ? (col.className ?? "") : ""]
                  .filter(Boolean)
                  .join(" ") || undefined;
              return (
                <th key={col.label} scope="col" className={className}>
                  {"hidden" in col && col.hidden ? <span className="sr-only">{col.label}</span> : col.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}

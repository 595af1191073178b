/** A list page's table in its card: the header row from `columns`, the body rows as children. */
export type Column = { label: string; align?: "right"; hidden?: boolean };

export function DataTable({ columns, testId, children }: { columns: Column[]; testId?: string; children: React.ReactNode }) {
  return (
    <div className="card overflow-x-auto">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.align === "right" ? "text-right" : undefined}>
                {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

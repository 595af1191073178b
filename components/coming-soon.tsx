import { PageHeader } from "./page-header";

/** A page whose menu entry and route are real, with the capability arriving in a tracked issue. */
export function ComingSoon({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <PageHeader title={title} />
      <div className="notice notice-info">{children}</div>
    </>
  );
}

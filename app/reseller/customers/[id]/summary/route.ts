import { customerSummaryResponse } from "@/lib/customer-summary";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return customerSummaryResponse((await params).id, "reseller");
}

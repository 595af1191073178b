import { exportCustomersCsv } from "@/lib/customer-export";

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  return exportCustomersCsv(request, (await params).kind, "provider");
}

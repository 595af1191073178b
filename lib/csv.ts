/**
 * CSV for spreadsheet users: cells quoted when needed, and a cell that a spreadsheet would run as a
 * formula (starting with = + - @ or a tab/carriage return, also full-width) is prefixed with an
 * apostrophe (OWASP CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvValue = string | number | boolean | Date | null | undefined;

export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: CsvValue[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** Lets Excel read the file as UTF-8 (company names are not all ASCII). */
export const CSV_BOM = "\uFEFF";

/** A streamed CSV download: the header row, then whatever batches of rows the generator yields. */
export function csvResponse(filename: string, header: string[], rows: AsyncIterable<CsvValue[][]>): Response {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${CSV_BOM}${csvRow(header)}`));
    },
    async pull(controller) {
      const next: IteratorResult<CsvValue[][]> = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(csvRow).join("")));
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

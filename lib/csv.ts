/**
 * CSV cells for spreadsheet users: quoted when needed, and a cell that a spreadsheet would run as a
 * formula (starting with = + - @ or a tab/carriage return) is prefixed with an apostrophe (OWASP).
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

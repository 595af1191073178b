/**
 * Control characters (C0, DEL, C1) in text from a request: NUL ends C strings and PostgreSQL refuses
 * it in text columns; tab and newline let a URL or a header line say something else than it shows.
 * `multiline` allows tab, newline and carriage return (a note or a reason typed in a text area).
 */
export function hasControlCharacter(value: string, multiline = false): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (multiline && (c === 9 || c === 10 || c === 13)) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

// iCalendar content lines (RFC 5545 3.1), after the `ics` package has written them: it folds at
// 75 characters, not octets, so a line of Cyrillic or emoji could be twice too long. Every file is
// unfolded and folded again here, in one place, at 75 octets and never inside a UTF-8 character.

const CRLF = "\r\n";
/** Octets of a content line before its CRLF; a continuation line's leading space counts too. */
export const MAX_LINE_OCTETS = 75;

/** UTF-8 octets of one code point (a lone surrogate is written as U+FFFD: 3). */
function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** One unfolded content line as folded lines: 75 octets, then a space and 74 more, and so on. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = "";
  let size = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const n = octets(char.codePointAt(0) ?? 0);
    if (size + n > limit) {
      parts.push(part);
      part = "";
      size = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    part += char;
    size += n;
  }
  parts.push(part);
  return parts.join(`${CRLF} `);
}

/** Continuation lines joined back to their content line (a CRLF followed by a space or tab removed). */
export function unfoldIcs(text: string): string {
  return text.replace(/\r\n[ \t]/g, "");
}

/** The whole file unfolded and folded again at 75 octets. */
export function foldIcs(text: string): string {
  return unfoldIcs(text)
    .split(CRLF)
    .map((line) => (line === "" ? line : foldLine(line)))
    .join(CRLF);
}

/**
 * Calendar properties added to the VCALENDAR (before its first component), each unless a line of
 * that name is there already. Takes and returns unfolded text.
 */
export function withCalendarProperties(text: string, properties: readonly string[]): string {
  const lines = text.split(CRLF);
  const present = (property: string) => {
    const name = property.split(/[:;]/)[0].toUpperCase();
    return lines.some((line) => line.split(/[:;]/)[0].toUpperCase() === name);
  };
  const missing = properties.filter((p) => !present(p));
  const at = lines.findIndex((line) => line === "BEGIN:VEVENT" || line === "END:VCALENDAR");
  if (missing.length === 0 || at < 0) return text;
  return [...lines.slice(0, at), ...missing, ...lines.slice(at)].join(CRLF);
}

// The family photo's line-up: the host in the centre of the front row, then the parties by
// precedence, alternately to the host's right and left (the most senior nearest), row after row.
// Pure: positions only; the PDF draws them.

export const HOST = "__host__";

/** Rows front to back, each left to right as the camera sees them; `perRow` places per row. */
export function familyPhotoRows<T extends string>(order: readonly T[], perRow: number): (T | typeof HOST)[][] {
  const size = Math.max(3, perRow);
  const people: (T | typeof HOST)[] = [HOST, ...order];
  const rows: (T | typeof HOST)[][] = [];
  for (let start = 0; start < people.length; start += size) {
    const chunk = people.slice(start, start + size);
    // Fill from the centre outwards: centre, right, left, right, left …
    const row: (T | typeof HOST)[] = [];
    chunk.forEach((person, i) => {
      if (i === 0) row.push(person);
      else if (i % 2 === 1) row.push(person);
      else row.unshift(person);
    });
    rows.push(row);
  }
  return rows;
}

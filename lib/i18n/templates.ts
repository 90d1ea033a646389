// Phrases for client components. React passes no functions from the server to the browser, so a
// phrase that takes values ("Move {name} up") travels as a template: the function is called once
// on the server with numbered blanks, and the browser fills them in (fill). Phrases whose words
// depend on a value (plurals) must not go this way: they stay on the server.
export type Templated<T> = { [K in keyof T]: T[K] extends (...args: never[]) => string ? string : T[K] };

const blank = (i: number) => `\u0001${i}\u0001`;

export function asTemplates<T extends object>(phrases: T): Templated<T> {
  return Object.fromEntries(
    Object.entries(phrases).map(([key, value]) => [
      key,
      typeof value === "function" ? (value as (...args: string[]) => string)(...Array.from({ length: value.length }, (_, i) => blank(i))) : value,
    ]),
  ) as Templated<T>;
}

/** The template with its blanks filled, in order. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\u0001(\d+)\u0001/g, (_, i: string) => String(values[Number(i)] ?? ""));
}

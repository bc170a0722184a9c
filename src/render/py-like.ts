/**
 * A value in the notation a Python programmer reads (pure): `None`, `True`, `'text'`, `[1, 2]`,
 * `{'a': 1}`; with `max`, long text and long lists are shortened in the middle.
 */
export function pyLike(value: unknown, max = Number.POSITIVE_INFINITY): string {
  return elide(render(value, max), max);
}

function render(value: unknown, max: number): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "string")
    return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) {
    const shown = Number.isFinite(max) && value.length > 20 ? value.slice(0, 20) : value;
    const more = value.length - shown.length;
    return `[${shown.map((v) => render(v, max)).join(", ")}${more > 0 ? `, … ${more} more` : ""}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `'${k}': ${render(v, max)}`);
    return `{${entries.join(", ")}}`;
  }
  return String(value);
}

/** Text cut in the middle to at most about `max` characters, saying how much was left out. */
export function elide(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = Math.max(10, Math.floor((max - 20) / 2));
  return `${text.slice(0, keep)} …(${text.length - 2 * keep} characters)… ${text.slice(-keep)}`;
}

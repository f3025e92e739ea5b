/**
 * Publication dates as given by files or the API: ISO-8601 at any precision.
 * We keep the precision the source gives ("2023-06" stays a month) and take the
 * calendar date of a timestamp as written, so a 23:30-05:00 story keeps its local day.
 */
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function normalizePublishedAt(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('publishedAt is an invalid date');
    return value.toISOString().slice(0, 10);
  }
  const s = String(value).trim();
  const m = ISO.exec(s);
  if (!m) throw new Error(`publishedAt "${s}" is not an ISO-8601 date (YYYY, YYYY-MM or YYYY-MM-DD[Thh:mm…])`);
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) throw new Error(`publishedAt "${s}" has month ${mo}`);
  if (d) {
    const probe = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (probe.getUTCDate() !== Number(d)) throw new Error(`publishedAt "${s}" is not a calendar date`);
    return `${y}-${mo}-${d}`;
  }
  return mo ? `${y}-${mo}` : y!;
}

/** A rate as a percentage with one decimal, e.g. `12.5%`. */
export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

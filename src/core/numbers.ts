/** A whole number written in decimal digits within [min, max], or undefined (for option and query parsing). */
export function wholeNumberIn(value: string, min: number, max: number): number | undefined {
  const n = Number(value);
  return /^\d+$/.test(value) && n >= min && n <= max ? n : undefined;
}

/** A mistake in how the command was called (unknown option, missing argument): exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option}: expected one of ${allowed.join(', ')}, got "${value}"`);
}

/**
 * Bad input: a file, field or value the user can fix. The CLI prints `message` on one line and
 * exits 2; the server answers 400 with it. Anything else that is thrown is a bug.
 */
export class InputError extends Error {
  override name = 'InputError';
}

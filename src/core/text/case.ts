/** Upper-cases the first letter: the start of a sentence that was built from parts. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

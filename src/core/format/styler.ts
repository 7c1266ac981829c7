/** Colours injected by the caller (picocolors on a TTY, identity otherwise): the core never touches a terminal. */
export interface Styler {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const same = (s: string) => s;
export const plain: Styler = {
  red: same,
  yellow: same,
  blue: same,
  green: same,
  dim: same,
  bold: same,
  underline: same,
};

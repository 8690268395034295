/** The exit status of this run: the worst one any command reported (0 < 1 < 2). */
let worst = 0;

export function reportExit(code: number): void {
  worst = Math.max(worst, code);
}

export function exitCode(): number {
  return worst;
}

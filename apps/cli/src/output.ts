/** Where a command writes what the user asked for (stdout). Logs and progress go to stderr. */
export interface Output {
  readonly json: boolean;
  /** A line of human output; dropped with --json so that stdout holds only JSON. */
  line(text?: string): void;
  /** The machine output of --json: one JSON document on stdout. */
  data(value: unknown): void;
}

export function createOutput(json: boolean, write: (text: string) => void = (t) => process.stdout.write(t)): Output {
  return {
    json,
    line(text = '') {
      if (!json) write(`${text}\n`);
    },
    data(value) {
      if (json) write(`${JSON.stringify(value, null, 2)}\n`);
    },
  };
}

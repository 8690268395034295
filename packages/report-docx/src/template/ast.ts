/** The template language (see the package README, "Templates"): what a parsed template file holds. */

/** `{CODE.OPTION:field@group|02|nonzero}` or a lower-case context name `{don_vi}`. */
export interface Placeholder {
  raw: string;
  /** Indicator code (upper case) or context name (lower case). */
  name: string;
  option: string | null;
  field: string | null;
  /** `key:value` unit group, e.g. `so_huu:tu_nhan`. */
  group: string | null;
  /** Pad whole counts with leading zeros to this width (`|02` → 2). */
  pad: number;
  /** A zero counts as no data (`|nonzero`). */
  nonzero: boolean;
}

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; placeholder: Placeholder }
  /** `[ ... ]`: left out when a placeholder inside has no data. */
  | { kind: 'optional'; children: Inline[] }
  /** `^[ ... ]`: a footnote, left out when a placeholder inside has no data. */
  | { kind: 'footnote'; children: Inline[] };

export type Line =
  /** `#`, `##`, `###`: numbered I., 1., a) when written; dropped when nothing under it is written. */
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[]; line: number }
  /** A paragraph; dropped when a placeholder outside `[ ]` has no data. */
  | { kind: 'paragraph'; content: Inline[]; line: number }
  /** `{{name}}` alone on a line: a block the program builds (lists, tables). */
  | { kind: 'block'; name: string; line: number };

export interface SectionTemplate {
  file: string;
  lines: Line[];
}

/** A `key = value` file: values by key, a repeated key gives several lines. */
export interface TextsTemplate {
  file: string;
  values: ReadonlyMap<string, Inline[][]>;
}

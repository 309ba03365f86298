/** The validator's input and output, as plain data. */
import type { Content } from '../model.ts';
import type { ContentProblem } from '../report/problems.ts';

/** One file of the content folder. */
export interface ContentFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  /** The file's text (only needed for Markdown, MDX and YAML files). */
  text?: string;
  /** The first bytes of an image, to tell a real image from a broken upload. */
  head?: Uint8Array;
  /** Size in bytes, when the file was too large to be read. */
  size?: number;
  /** Size in bytes of a file a body may link to, which is published as it is (content/bodies/entry-files.ts). */
  bytes?: number;
  /** The whole text of an SVG file (only the logo may be one), for what a logo may hold (content/fields/logo.ts). */
  svg?: string;
  /** The whole text of a plain-text file a body may link to (.txt, .csv, .ics), for the private-data rule (content/bodies/entry-file-contents.ts). */
  publishedText?: string;
  /** A symbolic link: it could lead outside the repository, so it is refused. */
  symlink?: boolean;
}

export interface ValidateInput {
  /** The content folder relative to the repository root (`content`). */
  root: string;
  /** Every file under the content folder: text for .md/.mdx/.yaml, paths alone for images. */
  files: readonly ContentFile[];
  /**
   * "Now", when the caller knows it: the problems that no longer hold at it
   * are left out (ContentProblem.until). Without it they are all kept, so that
   * a result can be cached and filtered later.
   */
  now?: number;
}

export interface ValidateResult {
  /** Every problem, sorted by file and position. */
  problems: ContentProblem[];
  /** Things that pass but that maintainers must know about (trusted MDX), sorted likewise. */
  warnings: ContentProblem[];
  /** What could be read; complete and trustworthy only when there are no problems. */
  content: Content;
}

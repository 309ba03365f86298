/**
 * Where the content and the build live. `FIRSTHAND_CONTENT` points a build at
 * another content folder (the test fixtures use it); paths are resolved from
 * the project root, where npm runs every script.
 */
import { resolve } from 'node:path';

/** Absolute path of the content folder. */
export const contentDir: string = resolve(process.env['FIRSTHAND_CONTENT'] ?? 'content');

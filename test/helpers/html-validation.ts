/**
 * html-validate with the project's settings (its recommended rules, less two
 * that only judge style), run over every page of a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <img ...> and <br>; both are valid HTML.
    'void-style': 'off',
    // Long attribute values (srcset, JSON-LD) are fine.
    'long-title': 'off',
  },
});

/** Every error html-validate finds in the HTML pages of a build, as `page:line:col rule: message`; and how many pages it read. */
export async function htmlErrorsIn(dist: string): Promise<{ pages: number; errors: string[] }> {
  const errors: string[] = [];
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
    (d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('pagefind'),
  );
  for (const d of files) {
    const path = join(d.parentPath, d.name);
    const report = await validator.validateString(readFileSync(path, 'utf8'), path);
    for (const r of report.results) {
      for (const m of r.messages) if (m.severity === 2) errors.push(`${path.slice(dist.length + 1)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return { pages: files.length, errors };
}

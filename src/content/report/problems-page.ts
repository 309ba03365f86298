/**
 * The one page `astro dev` serves while the content has problems: every
 * problem as `npm run check` prints it, instead of every route failing with
 * a stack trace. It asks the browser to look again every two seconds, so the
 * site comes back by itself once the file is saved right. A tool for the
 * editor at their own machine, never published: its words are check's own.
 */
import { escapeHtml } from '../../base/escape.ts';
import { formatProblems, summarizeProblems, type ContentProblem } from './problems.ts';

/** Seconds between two looks at the content while it has problems. */
export const PROBLEMS_PAGE_REFRESH = 2;

export function problemsPage(problems: readonly ContentProblem[]): string {
  const lines = formatProblems(problems, 'text').split('\n');
  const summary = summarizeProblems(problems);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${PROBLEMS_PAGE_REFRESH}">
<title>${escapeHtml(summary)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.4rem; }
ol { padding-left: 1.5rem; }
li { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.9rem; margin: 0.4rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
p { color: #555; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #161618; } p { color: #aaa; } }
</style>
</head>
<body>
<main>
<h1>The content has problems: ${escapeHtml(summary)}</h1>
<p>The site is not shown until they are fixed. Each line is what <code>npm run check</code> says; this page looks again every ${PROBLEMS_PAGE_REFRESH} seconds and shows the site once the files are saved right.</p>
<ol>
${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}
</ol>
</main>
</body>
</html>
`;
}

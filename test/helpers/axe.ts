/** axe-core run in a page open in the browser: its violations, each as `<rule>: <help> (<up to three elements>)`. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

type AxeResult = { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = (await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } };
    return w.axe.run(document, { resultTypes: ['violations'] });
  })) as AxeResult;
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}

/**
 * A community's own look, as pages see it: its `accent` as the few CSS
 * custom properties the layout writes in the head (content/fields/accent.ts derives the
 * dark shade and the tints), and its `logo` read once per build from beside
 * site.yaml and drawn into PNGs (outputs/logo-drawing.ts), which the layout links to
 * and the route src/routes/[logo].png.ts writes. Nothing else of the logo
 * reaches the site. What the checker could not see of it (it reads a
 * picture's first bytes only) fails the build here, at `logo` in site.yaml.
 */
import { join, relative } from 'node:path';
import { contentDir } from 'virtual:firsthand/settings';
import { accentCss, deriveAccent } from '../content/fields/accent.ts';
import type { Links } from '../content/addresses.ts';
import type { Site } from '../content/model.ts';
import { formatProblems, summarizeProblems, type ContentProblem } from '../content/report/problems.ts';
import { parseYamlFile } from '../content/read/yaml.ts';
import { LogoProblem, renderLogo, type LogoImages, type LogoPng } from '../outputs/logo-drawing.ts';
import { readContentBytes } from '../node/read-content.ts';
import { ContentProblemsError } from './site-data.ts';
import { takeValidated } from '../integration/handover.ts';

/** What the layout puts in every page. */
export interface Look {
  /** The accent's custom properties, for a `<style>` in the head; absent: the theme's own colours. */
  style?: string;
  logo?: {
    header: { src: string; width: number; height: number };
    icon: string;
    touchIcon: string;
  };
}

let drawing: Promise<LogoImages | undefined> | undefined;
let looking: Promise<Look> | undefined;

/** The logo's PNGs, drawn once per build; undefined when site.yaml names no logo. */
export function loadLogo(site: Site): Promise<LogoImages | undefined> {
  drawing ??= draw(site.logo);
  return drawing;
}

/** The look of every page, worked out once per build. */
export function loadLook(site: Site, links: Links): Promise<Look> {
  looking ??= (async () => {
    const look: Look = {};
    if (site.accent !== undefined) look.style = accentCss(deriveAccent(site.accent));
    const images = await loadLogo(site);
    if (images) {
      look.logo = {
        header: { src: links.logo(images.header.name), width: images.header.width, height: images.header.height },
        icon: links.logo(images.icon.name),
        touchIcon: links.logo(images.touchIcon.name),
      };
    }
    return look;
  })();
  return looking;
}

/** Every PNG the logo is published as, for the route that writes them. */
export function logoFiles(images: LogoImages): LogoPng[] {
  return [images.header, images.icon, images.touchIcon];
}

async function draw(logo: string | undefined): Promise<LogoImages | undefined> {
  if (logo === undefined) return undefined;
  try {
    // The build's own drawing when it handed one over (one drawing per build), else this process's.
    const handed = takeValidated(contentDir)?.logo;
    return await (handed ? handed() : renderLogo(readContentBytes(contentDir, join(contentDir, logo)), logo));
  } catch (error) {
    if (!(error instanceof LogoProblem)) throw error;
    // Reported like the checker's problems: at the logo's line in site.yaml.
    const siteFile = join(contentDir, 'site.yaml');
    const problem: ContentProblem = {
      file: relative(process.cwd(), siteFile).split('\\').join('/'),
      field: 'logo',
      message: error.message,
      rule: 'image-unreadable',
    };
    const at = parseYamlFile(new TextDecoder().decode(readContentBytes(contentDir, siteFile))).locate(['logo']);
    if (at) [problem.line, problem.column] = [at.line, at.column];
    throw new ContentProblemsError(`${formatProblems([problem], 'text')}\n\n${summarizeProblems([problem])}`);
  }
}

/**
 * The link-preview card for pages without a photo of their own, drawn at
 * build time: satori lays the text out with a bundled font (no system fonts,
 * so every machine draws the same card) and resvg turns the SVG into a PNG.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export interface CardText {
  title: string;
  subtitle?: string | undefined;
  footer?: string | undefined;
}

export interface CardFonts {
  regular: ArrayBuffer | Buffer;
  bold: ArrayBuffer | Buffer;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node[] | string): Node => ({
  type,
  props: { style, ...(children !== undefined ? { children } : {}) },
});

/** A 1200×630 PNG with the community's colours. */
export async function renderCard(text: CardText, fonts: CardFonts): Promise<Uint8Array> {
  const tree = el(
    'div',
    {
      // satori sizes boxes without their padding: 1200×630 in all.
      width: '1040px',
      height: '486px',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      background: 'linear-gradient(135deg, #fbf8f3 0%, #f6e3d6 100%)',
      color: '#1f1b16',
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', width: '120px', height: '12px', background: '#b4461c', borderRadius: '6px' }),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: text.title.length > 40 ? '64px' : '84px', fontWeight: 700, lineHeight: 1.1 }, text.title),
        ...(text.subtitle ? [el('div', { fontSize: '40px', color: '#62594e', marginTop: '24px', lineHeight: 1.3 }, text.subtitle)] : []),
      ]),
      el('div', { display: 'flex', fontSize: '30px', color: '#b4461c', fontWeight: 700 }, text.footer ?? ''),
    ],
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts: [
      { name: 'Inter', data: fonts.regular, weight: 400, style: 'normal' },
      { name: 'Inter', data: fonts.bold, weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}

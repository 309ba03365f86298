import type { APIRoute } from 'astro';
import { DEFAULT_ICON_SVG } from '../outputs/default-icon.ts';

/** The default icon, linked when the community has no logo; not injected when it publishes its own public/favicon.svg (integration/routes.ts). */
export const GET: APIRoute = () => new Response(DEFAULT_ICON_SVG, { headers: { 'Content-Type': 'image/svg+xml' } });

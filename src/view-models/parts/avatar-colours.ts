/**
 * The circles of avatars drawn with initials: eight hues, one per person,
 * chosen from their name, so that a grid of people without photos is not one
 * block of a single colour. Each hue has a pale shade for the light theme and
 * a deep one for the dark theme, and the initials are the theme's text colour
 * (--text) on both: at least 4.5:1 on every circle, in light and in dark
 * (test/view-models/parts/avatar-colours.test.ts computes each contrast, and
 * holds global.css's `.avatar.c0`…`.avatar.c7` to these values).
 */

/** The circles, `.avatar.c0` to `.avatar.c7`, by theme: OKLCH lightness 0.87 (light) and 0.40 (dark), chroma about 0.07, hues 30° to 340°. */
export const AVATAR_COLOURS = {
  light: ['#fec4ba', '#f3cda3', '#d6d9a4', '#b4e2bc', '#9de3e6', '#b4d8ff', '#d3cdff', '#f5c3e3'],
  dark: ['#6a372f', '#614013', '#4a4b14', '#265331', '#035256', '#254a6e', '#47406d', '#623754'],
} as const;

/**
 * Which circle a name gets: the same name always the same one, on every page
 * and in every build (FNV-1a over the name's UTF-16 code units, no clock, no
 * randomness).
 */
export function avatarColour(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return hash % AVATAR_COLOURS.light.length;
}

/**
 * The components MDX content may use without `import`, with the attributes
 * each takes. Attribute values are always literal text; the validator checks
 * them, and the sanitizer lets exactly these through.
 */

export interface AttributeSpec {
  required?: boolean;
  /** The only values allowed, when the attribute is a choice. */
  values?: readonly string[];
  /** What the value refers to, checked against the content. */
  refers?: 'person' | 'event';
  /** Words for the editor's guide. */
  about: string;
}

export interface ComponentSpec {
  about: string;
  attributes: Record<string, AttributeSpec>;
  /** Whether the component wraps content written between its tags. */
  children: boolean;
  example: string;
}

/**
 * A lookup table with no prototype, so that a name from content such as
 * `<__proto__ />`, `<constructor />` or `<Callout constructor="x">` finds
 * nothing instead of one of JavaScript's built-in properties.
 */
function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

function component(spec: ComponentSpec): ComponentSpec {
  return { ...spec, attributes: lookupTable(spec.attributes) };
}

export const MDX_COMPONENT_SPECS: Record<string, ComponentSpec> = lookupTable({
  Person: component({
    about: "A member's name, linking to their page.",
    attributes: { handle: { required: true, refers: 'person', about: 'their handle' } },
    children: false,
    example: '<Person handle="wren_c" />',
  }),
  EventCard: component({
    about: 'A card for an event: title, date and place, linking to its page.',
    attributes: { slug: { required: true, refers: 'event', about: "the event's slug" } },
    children: false,
    example: '<EventCard slug="2010-05-13-memphis" />',
  }),
  Figure: component({
    about: 'A picture (or anything) with a caption under it.',
    attributes: { caption: { required: true, about: 'the caption' } },
    children: true,
    example: '<Figure caption="Wren and Jun at the workbench">\n\n![Two people laughing over a boot](./workbench.jpg)\n\n</Figure>',
  }),
  Callout: component({
    about: 'A highlighted note, tip or warning.',
    attributes: {
      type: { values: ['note', 'tip', 'warning'], about: 'note (default), tip or warning' },
      title: { about: 'an optional heading' },
    },
    children: true,
    example: '<Callout type="tip" title="Parking">\n\nThe lot behind the diner is free after six.\n\n</Callout>',
  }),
});

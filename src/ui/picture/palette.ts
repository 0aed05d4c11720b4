/**
 * The picture's colours on the page's dark background. Every text/background pair here is
 * checked for WCAG AA (4.5:1 for text) by the component tests, so change them there too.
 */
export const palette = {
  page: '#16181d',
  panel: '#1b1e25',
  text: '#e6e6e6',
  muted: '#aab2c0',
  layer: '#22364f',
  layerText: '#e8f1ff',
  layerSelected: '#2f5586',
  writable: '#3a2a10',
  writableText: '#ffd89a',
  tag: '#1d3b2a',
  tagText: '#b8f0c8',
  dangling: '#40301a',
  danglingText: '#ffd479',
  added: '#8ee6a2',
  changed: '#ffd479',
  deleted: '#ff9a9a',
  focus: '#4aa3ff',
  // The registries area: a layer on its way, pushed, already there, mounted; links; tag chips.
  pushing: '#2f4f7a',
  pushed: '#2e6b3a',
  exists: '#4b4f5a',
  mounted: '#5a3f74',
  link: '#79bbff',
  done: '#7fd890',
  failed: '#ff6b6b',
  chip: '#232833',
} as const;

/** The text/background pairs the picture draws. */
export const TEXT_PAIRS: Array<[keyof typeof palette, keyof typeof palette]> = [
  ['text', 'page'],
  ['muted', 'page'],
  ['text', 'panel'],
  ['muted', 'panel'],
  ['layerText', 'layer'],
  ['layerText', 'layerSelected'],
  ['writableText', 'writable'],
  ['tagText', 'tag'],
  ['danglingText', 'dangling'],
  ['added', 'panel'],
  ['changed', 'panel'],
  ['deleted', 'panel'],
  ['text', 'pushing'],
  ['text', 'pushed'],
  ['text', 'exists'],
  ['text', 'mounted'],
  ['link', 'panel'],
  ['done', 'panel'],
  ['failed', 'panel'],
  ['text', 'chip'],
  ['muted', 'chip'],
  ['danglingText', 'chip'],
  ['danglingText', 'panel'],
];

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The palette as CSS custom properties for a style attribute. */
export function paletteStyle(): string {
  return Object.entries(palette).map(([k, v]) => `--c-${k}: ${v}`).join('; ');
}

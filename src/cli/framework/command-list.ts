/**
 * cobra's command listing lines: `  name<pad> short`, names padded to the longest sibling name
 * (cobra NamePadding: at least 11), sorted by name unless an order is given.
 */
export function commandList(items: ReadonlyArray<{ name: string; short: string }>, padding: number): string {
  return items.map((c) => `  ${c.name.padEnd(padding)} ${c.short}`).join('\n');
}

/** cobra NamePadding for children of one parent. */
export function namePadding(names: readonly string[]): number {
  return Math.max(11, ...names.map((n) => n.length));
}

/** A title cut at a word boundary to `max` characters, with an ellipsis when cut. */
export function shortTitle(title: string, max = 26): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  // The cut ends a word when the next character is a space; otherwise back off to the last one.
  const space = title[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;.-]+$/, '')}…`;
}

/** `27 Jan 25` from `2025-01-27`. */
export function shortDate(date: string): string {
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${months[Number(m) - 1] ?? ''} ${y?.slice(2) ?? ''}`;
}

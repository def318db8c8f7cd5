/**
 * The fallback for editors that strip unknown tags but keep data-* attributes:
 * `<div data-strato-widget="availability" data-params='{"a":1}' data-theme="dark">` becomes a
 * <strato-widget> with the same attributes (`data-` dropped) inside that div.
 */
export function upgradeDataAttributes(doc: Document): number {
  const holders = Array.from(doc.querySelectorAll<HTMLElement>('[data-strato-widget]'));
  for (const holder of holders) {
    if (holder.querySelector('strato-widget')) continue;
    const el = doc.createElement('strato-widget');
    el.setAttribute('kind', holder.dataset.stratoWidget ?? '');
    for (const attr of Array.from(holder.attributes)) {
      if (attr.name.startsWith('data-') && attr.name !== 'data-strato-widget') el.setAttribute(attr.name.slice(5), attr.value);
    }
    holder.append(el);
  }
  return holders.length;
}

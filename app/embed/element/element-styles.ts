/** Shadow-DOM styles of <strato-widget>; `--strato-*` custom properties theme the frame. */
export const elementStyles = `
:host { display: block; contain: layout; }
:host([hidden]) { display: none; }
iframe {
  display: block; width: 100%; border: var(--strato-border, 1px solid rgba(127, 127, 127, 0.35));
  border-radius: var(--strato-radius, 8px); background: var(--strato-bg, transparent);
  color-scheme: normal; transition: height 0.15s ease-out;
}
@media (prefers-reduced-motion: reduce) { iframe { transition: none; } }
`;

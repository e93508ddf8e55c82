import { css } from 'lit';

/**
 * Design tokens shared by every element. Public, documented custom properties are `--opp-*` (set them on the element
 * or any ancestor: they inherit through shadow roots); the private `--_*` ones resolve a public token or its default.
 *
 * Light and dark: colours are `light-dark()` pairs resolved by `color-scheme`. `theme="dark|light"` (or
 * `--opp-color-scheme`) sets it; otherwise an element inherits the page's declared `color-scheme`, and on a page that
 * declares none it follows the visitor's `prefers-color-scheme` (OppElement adds that rule when the page says nothing).
 * A `theme` on an outer element reaches nested elements through the inherited `--opp-color-scheme`.
 * In dark, every element paints its own background, so its light text never lands on a light page.
 *
 * Everything here is Lit `css` (constructable stylesheets): no `<style>` elements and no `style` attributes, so pages
 * with `style-src 'self'` need no exception.
 */
export const tokens = css`
  :host {
    /* Without --opp-color-scheme the declaration is invalid, so the page's color-scheme is inherited. */
    color-scheme: var(--opp-color-scheme);
    --_text: var(--opp-color-text, light-dark(#1b1e23, #e9ebee));
    --_muted: var(--opp-color-muted, light-dark(#4f5663, #b3b9c3));
    --_bg: var(--opp-color-bg, light-dark(#ffffff, #15171b));
    --_surface: var(--opp-color-surface, light-dark(#f4f5f7, #1e2127));
    --_line: var(--opp-color-line, light-dark(#d5d9df, #3a3f48));
    --_control-border: var(--opp-color-control-border, light-dark(#6b7280, #8a919e));
    --_accent: var(--opp-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_on-accent: var(--opp-color-on-accent, light-dark(#ffffff, #0b1a2b));
    --_focus: var(--opp-color-focus, light-dark(#0b5cad, #9ecbff));
    --_open-fg: var(--opp-color-open, light-dark(#0f6b3a, #8fe0ae));
    --_open-bg: var(--opp-color-open-bg, light-dark(#e3f3ea, #173325));
    --_soon-fg: var(--opp-color-closing, light-dark(#7d4400, #ffd08a));
    --_soon-bg: var(--opp-color-closing-bg, light-dark(#fcefd9, #3a2a10));
    --_closed-fg: var(--opp-color-closed, light-dark(#9b1c1c, #ffb0b0));
    --_closed-bg: var(--opp-color-closed-bg, light-dark(#fbe8e8, #3d1a1a));
    --_neutral-fg: var(--opp-color-neutral, light-dark(#444b57, #c7ccd4));
    --_neutral-bg: var(--opp-color-neutral-bg, light-dark(#eceef1, #2a2e35));
    --_bar: var(--opp-color-bar, var(--_accent));
    --_radius: var(--opp-radius, 0.5rem);
    --_space: var(--opp-space, 1rem);
    --_shadow: var(--opp-shadow, 0 1px 2px rgb(0 0 0 / 0.08));
    display: block;
    font: inherit;
    color: var(--_text);
    /* The element's own background: the page shows through in light; in dark (or when --opp-color-bg is set) it is painted. */
    --_paint: var(--opp-color-bg, light-dark(transparent, #15171b));
    background: var(--_paint);
    border-radius: var(--_radius);
    /* Reflow (WCAG 1.4.10): a long word, URL or e-mail address from a feed wraps instead of widening the element. */
    overflow-wrap: anywhere;
  }
  :host([theme='dark']) {
    --opp-color-scheme: dark;
  }
  :host([theme='light']) {
    --opp-color-scheme: light;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  p {
    margin: 0;
  }
`;

/**
 * For elements whose content reaches their edges (no frame of their own): where the background is painted (dark, or a
 * host's --opp-color-bg), it reaches half a space beyond the element — a box-shadow, so the layout does not change — and
 * text and focus rings never sit on the painted box's edge. Invisible in light (the paint is transparent there).
 * Square, so parts stacked by a host (search box over filters over results) join without notches.
 */
export const bleed = css`
  :host {
    box-shadow: 0 0 0 calc(var(--_space) / 2) var(--_paint);
    border-radius: 0;
  }
`;

/** Buttons, chips, badges and skeletons: the few shared building blocks. */
export const controls = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.5rem;
    padding: 0.4em 1em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
    text-decoration: none;
    line-height: 1.2;
  }
  .button:hover {
    background: var(--_surface);
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .button.primary:hover {
    filter: brightness(1.1);
  }
  .link-button {
    border: 0;
    padding: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.55em;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
    color: var(--_neutral-fg);
    background: var(--_neutral-bg);
  }
  .badge::before {
    content: '';
    inline-size: 0.55em;
    block-size: 0.55em;
    border-radius: 50%;
    border: 2px solid currentColor;
  }
  .badge.open::before,
  .badge.closing-soon::before {
    background: currentColor;
  }
  .badge.open {
    color: var(--_open-fg);
    background: var(--_open-bg);
  }
  .badge.closing-soon {
    color: var(--_soon-fg);
    background: var(--_soon-bg);
  }
  .badge.full,
  .badge.closed,
  .badge.cancelled {
    color: var(--_closed-fg);
    background: var(--_closed-bg);
  }
  .badge.full::before,
  .badge.closed::before,
  .badge.cancelled::before {
    border-radius: 1px;
  }
  .skeleton {
    display: block;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_line) 50%, var(--_surface) 75%) 0 0 / 200% 100%;
    animation: opp-shimmer 1.4s ease-in-out infinite;
  }
  @keyframes opp-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Opportunity } from '../src/sdk/index.js';
import { demoItem, FORM_ITEM_ID } from './support/demo-feed.js';
import { HOSTILE_DESCRIPTION, items, NOW, opportunity } from './support/fixtures.js';
import { deep, settled, until } from './support/play.js';

interface DetailArgs {
  opportunity: Opportunity;
  now: string;
  closable: boolean;
  headingLevel: number;
}

/**
 * `<opp-detail>`: the full view of one opportunity — sanitised description, facts, learning outcomes, contact, links
 * and the way to apply (a link, an e-mail address, or the application form `<opp-apply>`, loaded on demand).
 */
const meta = {
  title: 'Elements/Detail',
  component: 'opp-detail',
  args: { opportunity: opportunity(items.open), now: NOW, closable: false, headingLevel: 2 },
  argTypes: { opportunity: { control: false } },
  render: (a) =>
    html`<opp-detail .opportunity=${a.opportunity} now=${a.now} ?closable=${a.closable} heading-level=${a.headingLevel}></opp-detail>`,
  // The description is sanitised by a lazily loaded module: wait until it is in.
  play: async ({ canvasElement }) => {
    const el = await until(() => canvasElement.querySelector('opp-detail'), 'opp-detail');
    if (el.opportunity?.description) await until(() => deep(el, '[part~="description"] .prose'), 'the sanitised description');
    await settled(canvasElement);
  },
} satisfies Meta<DetailArgs>;
export default meta;
type Story = StoryObj<DetailArgs>;

/** Everything a feed can say: rich description, facts, places, fee and what it covers, outcomes, contact, links. */
export const Full: Story = { args: { closable: true } };

/** No form: "Apply online" links to the publisher's page (opens in a new tab, and says so). */
export const LinkOnly: Story = { name: 'No form, with link', args: { opportunity: opportunity(items.linkOnly) } };

/** Only an e-mail address: a mailto link with the title as subject, and the address written out. */
export const EmailOnly: Story = { name: 'E-mail only', args: { opportunity: opportunity(items.emailOnly) } };

/** A form in the feed (demo item): "Apply here" loads `<opp-apply>` only when the visitor asks for it. */
export const WithForm: Story = { name: 'With form', args: { opportunity: demoItem(FORM_ITEM_ID) } };

/** The same, after "Apply here": the form in place, under "How to apply". */
export const WithFormOpened: Story = {
  name: 'With form (opened)',
  args: { opportunity: demoItem(FORM_ITEM_ID) },
  play: async (context) => {
    await meta.play(context);
    const button = await until(() => deep<HTMLButtonElement>(context.canvasElement, 'button[part~="apply-button"]'), 'Apply here');
    button.click();
    await until(() => deep(context.canvasElement, 'opp-apply form.opp-apply__form'), 'the application form');
    await settled(context.canvasElement);
  },
};

/** Applications closed (deadline passed): no apply buttons, a plain sentence instead. */
export const Closed: Story = { args: { opportunity: opportunity(items.closed) } };

/** Cancelled by the publisher. */
export const Cancelled: Story = { args: { opportunity: opportunity(items.cancelled) } };

/**
 * A description full of things a feed must not smuggle in: scripts, event handlers, `javascript:` links, images,
 * iframes, forms, styles. Only the prose, lists, headings, tables and safe links remain.
 */
export const HostileDescription: Story = {
  name: 'Hostile description HTML (sanitised)',
  args: { opportunity: opportunity({ ...items.open, id: 'hostile-description', description: HOSTILE_DESCRIPTION }) },
  play: async (context) => {
    await meta.play(context);
    const prose = deep(context.canvasElement, '[part~="description"] .prose')!;
    // (The element itself adds `<span class="visually-hidden"> (opens in a new tab)</span>` to links.)
    const left = prose.querySelectorAll(
      'script, style, img, svg, iframe, object, form, input, button, base, [style], [id], [onclick], [class]:not(span.visually-hidden)',
    );
    if (left.length) throw new Error(`sanitiser let through: ${[...left].map((n) => n.outerHTML).join(' ')}`);
    const links = [...prose.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    if (links.some((h) => !/^(https:|mailto:)/.test(h ?? ''))) throw new Error(`unsafe links kept: ${links.join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
    if ((window as { __oppPwned?: boolean }).__oppPwned) throw new Error('a script from the description ran');
  },
};

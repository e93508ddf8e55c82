import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Opportunity } from '../src/sdk/index.js';
import type { OppApply } from '../src/elements/apply/opp-apply.js';
import { demoItem, FORM_ITEM_ID } from './support/demo-feed.js';
import { items, NOW_DATE, opportunity } from './support/fixtures.js';
import { demoFeed, endpoint, endpointUrl, feedUrl } from './support/msw.js';
import { deep, fillRequired, settled, until } from './support/play.js';

/** The demo item with a form (given name, family name, e-mail, institution, country, role, level, motivation, CV),
 * its form sent to an endpoint of this story's own. */
function withEndpoint(name: string): Opportunity {
  const o = demoItem(FORM_ITEM_ID);
  const form = o.application!.form!;
  return { ...o, application: { ...o.application!, form: { ...form, endpoint: endpointUrl(name) } } };
}

interface ApplyArgs {
  opportunity: Opportunity;
  now: Date;
}

const render = (a: ApplyArgs) =>
  html`<div style="max-inline-size: 40rem">
    <opp-apply .opportunity=${a.opportunity} .now=${a.now} .storage=${null} min-fill-time="0" retries="0"></opp-apply>
  </div>`;

const form = (root: HTMLElement) => until(() => root.querySelector<HTMLFormElement>('opp-apply form.opp-apply__form'), 'the form');
const apply = (root: HTMLElement) => root.querySelector<OppApply>('opp-apply')!;

/** Fill in the form and press Send; wait until the attempt has an outcome. */
async function send(root: HTMLElement): Promise<void> {
  const f = await form(root);
  fillRequired(f);
  await apply(root).updateComplete;
  f.requestSubmit();
  await until(() => ['success', 'error'].includes(apply(root).attemptState.status), 'the answer of the endpoint');
  await settled(root);
}

/**
 * `<opp-apply>`: the application form built from the feed's `application.form` — native controls in the light DOM,
 * errors on leaving a field or on Send, an error summary, the privacy notice and optional consents, and a submission
 * that survives 5xx and 429. Its endpoint is answered by msw here.
 */
const meta = {
  title: 'Elements/Apply',
  component: 'opp-apply',
  args: { opportunity: withEndpoint('empty'), now: NOW_DATE },
  argTypes: { opportunity: { control: false }, now: { control: 'date' } },
  render,
  play: async ({ canvasElement }) => {
    await form(canvasElement);
    await settled(canvasElement);
  },
} satisfies Meta<ApplyArgs>;
export default meta;
type Story = StoryObj<ApplyArgs>;

/** The form as a visitor first sees it. */
export const Empty: Story = { name: 'Empty form' };

/** Send pressed with nothing filled in: an error summary (focused) linking to each field, and each field's message. */
export const ErrorsAfterSubmit: Story = {
  name: 'With errors after submit',
  args: { opportunity: withEndpoint('errors') },
  play: async ({ canvasElement }) => {
    (await form(canvasElement)).requestSubmit();
    await until(() => canvasElement.querySelector('.opp-apply__summary'), 'the error summary');
    await settled(canvasElement);
  },
};

/** Accepted (201 with a reference): the confirmation replaces the form and takes focus. */
export const Success: Story = {
  args: { opportunity: withEndpoint('success') },
  parameters: {
    msw: {
      handlers: [
        endpoint(endpointUrl('success'), 201, {
          reference: 'ILW-2028-0042',
          message: 'Thank you! We will answer by 15 January 2028.',
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
    await until(() => deep(canvasElement, '[part~="confirmation"]'), 'the confirmation');
  },
};

/** The endpoint refuses some answers (422 with `errors`): each message goes to its field. */
export const FieldErrorsFromServer: Story = {
  name: 'Server refuses answers (422)',
  args: { opportunity: withEndpoint('fields') },
  parameters: {
    msw: {
      handlers: [
        endpoint(endpointUrl('fields'), 422, {
          errors: { email: 'This address already applied for this week.' },
          message: 'Please check the marked answers.',
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
  },
};

/** The server fails (500, automatic retries off here): nothing is lost, "Try again" sends the same application. */
export const ServerError: Story = {
  name: 'Server error (500)',
  args: { opportunity: withEndpoint('server-error') },
  parameters: { msw: { handlers: [endpoint(endpointUrl('server-error'), 500, { message: 'Internal error' })] } },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
  },
};

/** Rate-limited (429, Retry-After: 120): says when to try again. */
export const RateLimited: Story = {
  name: 'Rate-limited (429)',
  args: { opportunity: withEndpoint('rate-limited') },
  parameters: { msw: { handlers: [endpoint(endpointUrl('rate-limited'), 429, { message: 'Too many requests' }, { 'Retry-After': '120' })] } },
  play: async ({ canvasElement }) => {
    await send(canvasElement);
  },
};

/** Applications closed (deadline passed): no form, a plain sentence. */
export const Closed: Story = {
  name: 'Closed (no form)',
  args: { opportunity: withEndpoint('closed'), now: new Date('2028-01-10T12:00:00Z') },
  play: async ({ canvasElement }) => {
    await until(() => deep(canvasElement, 'opp-apply', '[part~="notice"]'), 'the notice');
  },
};

/** Applications open later and the feed has no form: the opening date and the other ways to apply. */
export const UpcomingNoForm: Story = {
  name: 'Upcoming, no form',
  args: { opportunity: opportunity(items.upcoming) },
  play: async ({ canvasElement }) => {
    await until(() => deep(canvasElement, 'opp-apply', '[part~="notice"]'), 'the notice');
  },
};

/** Given `feed` + `opportunity-id` instead of the object: loads the feed itself. */
export const FromFeed: Story = {
  name: 'From a feed (feed + opportunity-id)',
  parameters: { msw: { handlers: [demoFeed(feedUrl('apply-from-feed'))] } },
  render: (a) => html`<div style="max-inline-size: 40rem">
    <opp-apply feed=${feedUrl('apply-from-feed')} opportunity-id=${FORM_ITEM_ID} .now=${a.now} .storage=${null}></opp-apply>
  </div>`,
};

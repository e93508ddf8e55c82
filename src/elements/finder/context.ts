import { createContext, ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChangeReason, FinderController } from './finder-controller.js';

/** The one `FinderController` a `<opp-finder>` or `<opp-finder-provider>` shares with the parts inside it. */
export const finderContext = createContext<FinderController | undefined>(Symbol.for('opportunity-kit/finder'));

/**
 * Connects a part (`<opp-results>`, `<opp-filters>`, …) to the nearest finder's controller and re-renders it on every
 * change. `onChange` hears the reason (for focus and announcements).
 */
export class FinderLink implements ReactiveController {
  controller?: FinderController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange?: (reason: ChangeReason) => void,
    private readonly onFocusItem?: (id: string) => void,
  ) {
    host.addController(this);
    new ContextConsumer(host, { context: finderContext, subscribe: true, callback: (c) => this.attach(c) });
  }

  private listen = (e: Event): void => {
    this.host.requestUpdate();
    this.onChange?.((e as CustomEvent<{ reason: ChangeReason }>).detail.reason);
  };

  private focusItem = (e: Event): void => {
    this.onFocusItem?.((e as CustomEvent<{ id: string }>).detail.id);
  };

  private attach(controller: FinderController | undefined): void {
    if (controller === this.controller) return;
    this.hostDisconnected();
    this.controller = controller;
    this.hostConnected();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.controller?.addEventListener('change', this.listen);
    this.controller?.addEventListener('focus-item', this.focusItem);
  }

  hostDisconnected(): void {
    this.controller?.removeEventListener('change', this.listen);
    this.controller?.removeEventListener('focus-item', this.focusItem);
  }
}

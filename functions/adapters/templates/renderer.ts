/** The compiled templates as the core's `EmailRenderer` port. */
import type { EmailRenderer } from '../../core/emails';
import {
  renderCommandConfirmation,
  renderConfirmed,
  renderGroupEmail,
  renderNotice,
  renderPrompt,
  renderRecap,
  renderReceipt,
  renderReconnect,
  renderWelcome,
} from './render';

export const templateRenderer: EmailRenderer = {
  welcome: renderWelcome,
  prompt: renderPrompt,
  receipt: renderReceipt,
  recap: renderRecap,
  command: renderCommandConfirmation,
  notice: renderNotice,
  confirmed: renderConfirmed,
  reconnect: renderReconnect,
  group: renderGroupEmail,
};

/** Sending mail: SES and the compiled templates (only the functions that send carry them). */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesMailer } from '../../adapters/ses/mailer';
import { templateRenderer } from '../../adapters/templates/renderer';
import { parseSection, sesSection } from '../config';
import type { Env } from './index';

const ses = new SESv2Client({});

export function mailPart(env: Env) {
  const config = parseSection(sesSection, env);
  return {
    mailer: new SesMailer(ses, { sender: config.sender, configurationSet: config.configurationSet }),
    renderer: templateRenderer,
  };
}

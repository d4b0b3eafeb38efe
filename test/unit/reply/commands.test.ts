import { detectCommand } from '../../../functions/core/reply';
import { COMMAND_CASES } from './command-cases';

describe('commands given by reply', () => {
  it.each(Object.entries(COMMAND_CASES))('%s', (_title, c) => {
    expect(detectCommand(c.text, c.subject ?? '')).toBe(c.command);
  });

  it('prefers stop when a reply both pauses and stops', () => {
    expect(detectCommand('Please pause. Actually no, please unsubscribe me.')).toBe('stop');
  });
});

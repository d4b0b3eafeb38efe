/** Automatic responses are recognised from their headers and subjects, never from one weak sign. */
import { detectAutoReply } from '../../../functions/core/reply';

const headers = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([k, v]) => [k.toLowerCase(), [v]]));

describe('automatic replies', () => {
  it.each([
    ['Auto-Submitted: auto-replied', { 'Auto-Submitted': 'auto-replied' }],
    ['Auto-Submitted: auto-generated', { 'Auto-Submitted': 'auto-generated' }],
    ['X-Autoreply', { 'X-Autoreply': 'yes' }],
    ['X-Autorespond', { 'X-Autorespond': 'Out of office' }],
    ['Precedence: auto_reply', { Precedence: 'auto_reply' }],
    ['two weak signs', { 'X-Auto-Response-Suppress': 'All', 'Return-Path': '<>' }],
  ])('are recognised by %s', (_name, entries) => {
    expect(
      detectAutoReply(headers(entries), 'Re: Day 3: Someone who listened', 'Back Monday.').autoReply,
    ).toBe(true);
  });

  it.each([
    'Out of Office: Re: Day 2: A family member',
    'Automatic reply: Day 4: A colleague',
    'Abwesenheitsnotiz: Day 4',
    'Réponse automatique : Day 4',
    'Respuesta automática: Day 4',
    'Re: Fuera de la oficina',
  ])('are recognised by the subject "%s"', (subject) => {
    expect(detectAutoReply(new Map(), subject, '').autoReply).toBe(true);
  });

  it('are not claimed on one weak sign alone', () => {
    expect(detectAutoReply(headers({ Precedence: 'bulk' }), 'Re: Day 3', 'Thanked my mom.').autoReply).toBe(
      false,
    );
    expect(detectAutoReply(headers({ 'Return-Path': '<>' }), 'Re: Day 3', 'Thanked my mom.').autoReply).toBe(
      false,
    );
  });

  it('are not claimed for a person’s reply that says "Auto-Submitted: no" or talks about being away', () => {
    expect(
      detectAutoReply(headers({ 'Auto-Submitted': 'no' }), 'Re: Day 3', 'Thanked my mom.').autoReply,
    ).toBe(false);
    expect(detectAutoReply(new Map(), 'Re: Day 3', 'I was on vacation but called my mom.').autoReply).toBe(
      false,
    );
  });
});

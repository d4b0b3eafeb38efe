/**
 * The sender's own words as both stages read them: a dictated reply with its spoken punctuation
 * as marks ("comma halyna period"), a typed one with its slips for "thanked" mended ("thnaked").
 */
import { undictated } from './dictation';
import { mendedThanks } from './typos';

export function ownWords(text: string): string {
  return mendedThanks(undictated(text));
}

/**
 * A message's words with its links taken out: a link's random token ("…?token=g.ajrsgmumcq…") may
 * spell any short word, so a test that a word is absent reads the words alone.
 */
export function withoutLinks(text: string | undefined): string {
  return (text ?? '').replace(/https?:\/\/\S+/g, '');
}

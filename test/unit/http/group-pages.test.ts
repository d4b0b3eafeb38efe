/** The group pages' parts: the join link's QR code. */
import { encode } from 'uqr';
import { joinQrCode } from '../../../functions/runtime/http/group-pages';

describe('the join link as a QR code', () => {
  it('draws the modules of the link itself, inline, labelled for screen readers', () => {
    const url = 'https://gratitude.example/join/gnmvb84';
    const svg = joinQrCode(url, 'QR code of the join link').value;
    expect(svg).toMatch(
      /^<div class="qr"><svg role="img" aria-label="QR code of the join link" focusable="false" /,
    );
    expect(svg).not.toMatch(/style=/);
    // One dark square per dark module of the code for this link: another link draws another code.
    const dark = encode(url, { border: 2 }).data.flat().filter(Boolean).length;
    expect(svg.match(/h6v6h-6z/g)).toHaveLength(dark);
    expect(joinQrCode('https://gratitude.example/join/abcdefg', 'x').value).not.toBe(
      svg.replace('QR code of the join link', 'x'),
    );
  });
});

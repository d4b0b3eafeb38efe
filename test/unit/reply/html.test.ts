/** HTML bodies to text, keeping what the quote stage needs. */
import { htmlToText } from '../../../functions/core/reply';
import { decodeEntities } from '../../../functions/core/reply/html';

describe('HTML to text', () => {
  it('marks blockquotes and webmail quote containers with "> "', () => {
    const html =
      '<div dir="ltr">Thanked Anna.</div><div class="gmail_quote"><div class="gmail_attr">On Mon wrote:</div><blockquote class="gmail_quote"><p>Hi Robin,</p><p>Day 3</p></blockquote></div>';
    expect(htmlToText(html)).toBe('Thanked Anna.\n> On Mon wrote:\n> > Hi Robin,\n> > Day 3');
  });

  it('turns Outlook empty paragraphs into blank lines and keeps the header block as lines', () => {
    const html =
      '<p class="MsoNormal">Could we pause?<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>From:</b> Gratitude Week &lt;p@g.example&gt;<br><b>Sent:</b> Monday</p></div>';
    expect(htmlToText(html)).toBe('Could we pause?\n\nFrom: Gratitude Week <p@g.example>\nSent: Monday');
  });

  it('skips head, style, script, comments and hidden elements', () => {
    const html =
      '<html><head><title>x</title><style>p{color:red}</style></head><body><!--[if mso]>hidden<![endif]--><div style="display: none">preheader</div><script>alert(1)</script><p>Visible</p></body></html>';
    expect(htmlToText(html)).toBe('Visible');
  });

  it('leaves out signature blocks the client inserted', () => {
    const html =
      '<div dir="ltr">Thanked Omar.<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><div dir="ltr" class="gmail_signature">Robin Vale<br>Senior Analyst</div></div><div id="AppleMailSignature">Sent from my iPhone</div>';
    expect(htmlToText(html)).toBe('Thanked Omar.');
  });

  it('writes list items as bullets and collapses whitespace', () => {
    expect(htmlToText('<ul><li>Omar</li><li>  Pilar   at reception</li></ul>')).toBe(
      '* Omar\n* Pilar at reception',
    );
  });

  it('decodes named, decimal and hexadecimal character references', () => {
    expect(decodeEntities('Ren&eacute;e &amp; Jos&#233; &#x1F60A; D&rsquo;Amico &bogus; &#xD800;')).toBe(
      'Renée & José 😊 D’Amico &bogus; \uFFFD',
    );
  });

  it('survives unclosed tags, stray brackets and deep nesting', () => {
    expect(htmlToText('<div><p>a < b <b>bold')).toBe('a < b bold');
    const deep = `${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`;
    expect(htmlToText(deep)).toBe('deep');
    expect(htmlToText(`${'<blockquote>'.repeat(2000)}x`)).toMatch(/^(> )+x$/);
  });
});

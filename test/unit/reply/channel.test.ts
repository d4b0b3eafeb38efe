import fc from 'fast-check';
import { CHANNELS, type Channel, channelOf, isChannel } from '../../../functions/core/reply/channel';

type Case = [sentence: string, channel: Channel | null];

const ENGLISH: Case[] = [
  ['Phoned my mum to thank her for the lifts to the station.', 'call'],
  ['Rang my sister Leah and thanked her for looking after the cat.', 'call'],
  ['Called Dad this morning and said thank you.', 'call'],
  ['Left my grandad a voicemail thanking him for the birthday money.', 'call'],
  ['Gave my old coach a call to say thanks.', 'call'],
  ['Thanked Priya over the phone.', 'call'],
  ['Texted Sam to thank him for taking in my parcels.', 'message'],
  ['Sent my neighbour a WhatsApp to say thanks.', 'message'],
  ['DMed Marco on Instagram to thank him for the intro.', 'message'],
  ['Thanked Jo on Signal for covering my shift.', 'message'],
  ['Messaged my colleague Tomás on Slack.', 'message'],
  ['Sent Aunt May a voice note thanking her.', 'message'],
  ['Emailed Dr. Patel to thank her for the reference.', 'email'],
  ['Wrote my old teacher an email about how much her class meant.', 'email'],
  ['Thanked my manager by email for backing me in the review.', 'email'],
  ['Sent Grandma a thank-you card.', 'letter'],
  ['Wrote a letter to Mrs. Okafor, my first boss.', 'letter'],
  ['Left a note on my flatmate’s door to thank her for the soup.', 'letter'],
  ['Posted a postcard to my cousin in Lisbon.', 'letter'],
  ['Thanked my brother in person when I saw him on Sunday.', 'in-person'],
  ['Told Anna over coffee how much her advice helped.', 'in-person'],
  ['Told him at lunch that his feedback changed my proposal.', 'in-person'],
  ['Visited my grandmother and thanked her for everything.', 'in-person'],
  ['Thanked my neighbour face to face.', 'in-person'],
  ['FaceTimed my dad to thank him.', 'video'],
  ['Thanked my mentor on a Zoom call.', 'video'],
  ['Had a video call with Lena and thanked her for the flat.', 'video'],
  ['Called my sister on FaceTime to thank her.', 'video'],
  ['Thanked my sister Leah for everything.', null],
  ['Wrote to Mr. Castellanos to thank him.', null],
  ['Said thanks to my mum.', null],
];

const SPANISH: Case[] = [
  ['Llamé a mi madre para darle las gracias.', 'call'],
  ['Le agradecí a mi abuelo por teléfono.', 'call'],
  ['Le mandé un mensaje a Carlos por WhatsApp para agradecerle.', 'message'],
  ['Le escribí un correo a la profesora García para darle las gracias.', 'email'],
  ['Le di una tarjeta a mi vecina.', 'letter'],
  ['Le di las gracias a mi hermana en persona.', 'in-person'],
  ['Le agradecí a Marta tomando un café.', 'in-person'],
  ['Hicimos una videollamada y le di las gracias a mi tío.', 'video'],
  ['Le di las gracias a mi jefe.', null],
];

const GERMAN: Case[] = [
  ['Ich habe meine Oma angerufen und mich bedankt.', 'call'],
  ['Ich rief meinen Vater an, um mich zu bedanken.', 'call'],
  ['Ich habe Jonas per WhatsApp gedankt.', 'message'],
  ['Meiner Kollegin habe ich eine Sprachnachricht geschickt.', 'message'],
  ['Ich habe Frau Weber eine E-Mail geschrieben, um mich zu bedanken.', 'email'],
  ['Ich habe meiner Nachbarin eine Dankeskarte geschrieben.', 'letter'],
  ['Ich habe mich bei meinem Bruder persönlich bedankt.', 'in-person'],
  ['Beim Kaffee habe ich mich bei Lena bedankt.', 'in-person'],
  ['Per Zoom habe ich meinem Mentor gedankt.', 'video'],
  ['Ich habe mich bei meiner Mutter bedankt.', null],
];

const FRENCH: Case[] = [
  ['J’ai appelé ma mère pour la remercier.', 'call'],
  ['Je l’ai remerciée par téléphone.', 'call'],
  ['J’ai envoyé un texto à Julien pour le remercier.', 'message'],
  ['Je lui ai envoyé un mail pour la remercier.', 'email'],
  ['J’ai écrit une carte à ma grand-mère.', 'letter'],
  ['J’ai remercié mon collègue de vive voix.', 'in-person'],
  ['Je l’ai remercié autour d’un café.', 'in-person'],
  ['J’ai remercié Claire en visio.', 'video'],
  ['J’ai remercié mon professeur.', null],
];

describe('channelOf', () => {
  describe.each([
    ['English', ENGLISH],
    ['Spanish', SPANISH],
    ['German', GERMAN],
    ['French', FRENCH],
  ])('in %s', (_language, cases) => {
    it.each(cases)('reads "%s" as %s', (sentence, channel) => {
      expect(channelOf(sentence)).toBe(channel);
    });
  });

  describe('when a sentence names several media', () => {
    it('takes the medium beside the thanks over one in another part of the sentence', () => {
      expect(channelOf('Texted Sam to ask if he was free, and thanked him in person over coffee.')).toBe(
        'in-person',
      );
      expect(channelOf('Got a lovely card from Anna, then called her to thank her.')).toBe('call');
    });

    it('takes the verb that carries the thanks over a thing it mentions', () => {
      expect(channelOf('Called Mom after getting her card.')).toBe('call');
      expect(channelOf('Texted my aunt to thank her for the letter she sent.')).toBe('message');
    });

    it('does not count what the thanks was for as the way it was said', () => {
      expect(channelOf('Thanked my teacher for the letter of recommendation.')).toBeNull();
      expect(channelOf('Thanked Ben for all the calls when I was ill.')).toBeNull();
    });

    it('does not count a medium that was tried, or not used', () => {
      expect(channelOf('Tried calling my brother but ended up texting him thanks.')).toBe('message');
      expect(channelOf("Couldn't reach her by phone, so I emailed her my thanks.")).toBe('email');
    });

    it('takes a video call as video, not as a call', () => {
      expect(channelOf('Video called Grandpa to say thank you.')).toBe('video');
      expect(channelOf('J’ai passé un appel vidéo à mon frère pour le remercier.')).toBe('video');
    });
  });

  it('does not read "a friend called Anna" as a phone call', () => {
    expect(channelOf('Thanked a friend called Anna for the soup.')).toBeNull();
    expect(channelOf('J’ai remercié un ami qui s’appelle Marc.')).toBeNull();
  });

  it('reads words typed without accents or in capitals the same', () => {
    expect(channelOf('LLAME A MI MADRE')).toBe('call');
    expect(channelOf('ich habe mich personlich bedankt')).toBe('in-person');
    expect(channelOf('Je l’ai remercie par telephone')).toBe('call');
  });

  it('gives null for an empty sentence and for anything that is not a string', () => {
    expect(channelOf('')).toBeNull();
    expect(channelOf('   ')).toBeNull();
    expect(channelOf(undefined as unknown as string)).toBeNull();
  });

  it('never throws and always answers a channel or null, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const channel = channelOf(text);
        expect(channel === null || isChannel(channel)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('knows exactly the six channels of the contract', () => {
    expect([...CHANNELS].sort()).toEqual(['call', 'email', 'in-person', 'letter', 'message', 'video']);
  });
});

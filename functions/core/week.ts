/**
 * The seven days of Gratitude Week as plain data: whom to thank each day, a nudge, and an example of
 * what to say. The order follows the challenge's argument, from the people closest to home out to
 * the people behind why you do what you do. Pure: the templates and the log page read it.
 */

export const DAYS_IN_WEEK = 7;

export type DayNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface DayContent {
  readonly day: DayNumber;
  /** Short theme; the prompt's subject is `Day N: <theme>`. */
  readonly theme: string;
  /** Whom to thank today, a phrase that completes "Today, thank …". */
  readonly who: string;
  /** One or two sentences of encouragement. */
  readonly encouragement: string;
  /** A concrete idea of what to say, with an example sentence. */
  readonly idea: string;
}

export const WEEK: readonly DayContent[] = Object.freeze([
  {
    day: 1,
    theme: 'Family',
    who: 'someone at home whose help you take for granted',
    encouragement:
      'The people closest to us do the most invisible work: the lift to the station, the bills paid, ' +
      'the dinner that simply appears. Start the week by noticing one of those things out loud.',
    idea:
      'Name the exact thing you noticed. For example: “Dad, thank you for fixing the gate last weekend ' +
      'without being asked. I think of you every morning when it closes properly.”',
  },
  {
    day: 2,
    theme: 'A friend or neighbour',
    who: 'a friend, or a neighbour who makes your street feel like home',
    encouragement:
      'Friendships run on small kindnesses that rarely get mentioned. Two lines are enough, and you ' +
      'don’t need an occasion.',
    idea:
      'Thank them for one small, specific thing. For example: “Sam, thanks for taking in my parcels all ' +
      'winter. It made a hectic few months a lot easier.”',
  },
  {
    day: 3,
    theme: 'Someone who listened',
    who: 'someone who listened to you, or traded ideas with you',
    encouragement:
      'Listening is a gift, and so is a good exchange of ideas. Think of a conversation that helped you ' +
      'see more clearly, and tell the person it mattered.',
    idea:
      'Say what the conversation changed. For example: “Priya, our coffee last month stayed with me. You ' +
      'asked the one question I had been avoiding, and it changed how I’m planning the move.”',
  },
  {
    day: 4,
    theme: 'A colleague',
    who: 'a colleague, or someone in your professional network',
    encouragement:
      'Work relationships are relationships too, and they grow the same way: by noticing what the other ' +
      'person brings. Thank them for something specific rather than for “everything”.',
    idea:
      'Point to a piece of work and its effect. For example: “Tomás, thanks for reading my draft on ' +
      'Friday. Your note about the opening made the whole proposal clearer, and the client noticed.”',
  },
  {
    day: 5,
    theme: 'A mentor',
    who: 'someone who helped your career or taught you something',
    encouragement:
      'Teachers and mentors rarely hear how the story turned out. Tell them what they taught you and ' +
      'where it took you.',
    idea:
      'Connect what they taught you to where you are now. For example: “Ms Okafor, you made me rewrite ' +
      'my first report three times. I still hear your questions whenever I write one, and I led my first ' +
      'project this spring.”',
  },
  {
    day: 6,
    theme: 'Reconnect or give back',
    who: 'someone you have lost touch with, or someone you could help in return',
    encouragement:
      'You always have something to offer, even if it is only your attention or an introduction. Lead ' +
      'with thanks, and add an offer if one comes to mind.',
    idea:
      'Thank them for something from back then, and offer something now. For example: “Lena, I was ' +
      'remembering the summer you helped me find my first flat. Thank you, years late. If you ever want ' +
      'a hand with your move, I’d be glad to help.”',
  },
  {
    day: 7,
    theme: 'Why you do what you do',
    who: 'someone connected to why you do what you do, whoever you choose',
    encouragement:
      'Think about what drives you: your family, your craft, the people you serve, the change you want ' +
      'to see. Who keeps that purpose alive for you? End the week by telling them.',
    idea:
      'Tell them how they shaped what you do. For example: “Coach Reyes, I volunteer with the junior ' +
      'team because of the way you coached us. Thank you for showing me what that looks like.”',
  },
] satisfies DayContent[]);

export function isDayNumber(day: unknown): day is DayNumber {
  return typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= DAYS_IN_WEEK;
}

/** The content of one day; throws a RangeError for anything but an integer 1..7. */
export function dayContent(day: number): DayContent {
  const content = isDayNumber(day) ? WEEK[day - 1] : undefined;
  if (content === undefined) throw new RangeError(`No such day in the week: ${day}`);
  return content;
}

/**
 * From mentions to people: one entity per person however often and however named ("Wendell" is
 * "Wendell Ashby", "my sister" is "my sister Anna"), and pronouns resolved to the nearest
 * compatible person, preferring clause subjects and main clauses.
 */
import { RELATIVE_PRONOUNS } from '../lexicon/cues';
import { CONTRASTING_MODIFIERS, GROUP_ANAPHORS, LIST_JOINERS } from '../lexicon/grammar';
import { type Gender, RELATIONSHIP_WORDS } from '../lexicon/relationships';
import type { Sentence } from '../tokens';
import { type Act, lowerAt, type Mention, type PronounRef, type Target } from './model';

export interface Entity {
  id: number;
  mentions: Mention[];
}

export function sameName(a: Mention, b: Mention): boolean {
  if (!a.key || !b.key) return false;
  if (a.key === b.key || a.aliases.includes(b.key) || b.aliases.includes(a.key)) return true;
  const pa = a.key.split(' ');
  const pb = b.key.split(' ');
  // "Wendell" ~ "Wendell Ashby"; "Okoro" ~ "Mr. Okoro" (title kept out of the key)
  if (pa.length === 1 && (pb[0] === pa[0] || pb[pb.length - 1] === pa[0])) return true;
  if (pb.length === 1 && (pa[0] === pb[0] || pa[pa.length - 1] === pb[0])) return true;
  // "Sister Ní Bhriain" ~ "Sister Úna Ní Bhriain": a surname of several words, ending both.
  const [shorter, longer] = pa.length < pb.length ? [pa, pb] : [pb, pa];
  if (shorter.length > 1 && longer.slice(-shorter.length).join(' ') === shorter.join(' ')) return true;
  // "Else Marie" ~ "Else Marie Bakken": a given name of several words, opening both.
  if (shorter.length > 1 && longer.slice(0, shorter.length).join(' ') === shorter.join(' ')) return true;
  // "Henrietta" ~ "Hen", "Alexander" ~ "Alex": a short form that opens the name.
  const [x, y] = [pa[0] as string, pb[0] as string].sort((s, t) => s.length - t.length) as [string, string];
  // Not kinship words: "Gran" is not "Grandad".
  if (
    pa.length === 1 &&
    pb.length === 1 &&
    x.length >= 3 &&
    y.length > x.length &&
    y.startsWith(x) &&
    !RELATIONSHIP_WORDS.has(x)
  )
    return true;
  return false;
}

export function buildEntities(mentions: Mention[]): Entity[] {
  const entities: Entity[] = [];
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'rel') continue;
    let target: Entity | undefined;
    if (m.kind === 'name' && m.renames) {
      // The most recent person known only by a description gets this name.
      // People in a relative clause ("the paramedic who treated my father") are not the one named.
      target = [...entities]
        .reverse()
        .find((e) => e.mentions.every((x) => x.kind === 'rel' && !x.plural && !x.subordinate));
      target ??= entities.find((e) => e.mentions.some((x) => x.kind === 'name' && sameName(x, m)));
      // "Rang Uncle Fudge. Not his real name, it's Uncle Fergus": the person just named, renamed.
      target ??= [...entities]
        .reverse()
        .find((e) => e.mentions.some((x) => x.kind === 'name' && !x.possessor));
    } else if (m.kind === 'name') {
      target = entities.find((e) => e.mentions.some((x) => x.kind === 'name' && sameName(x, m)));
    } else if (
      !m.plural &&
      !m.generic &&
      m.relationship &&
      CONTRASTING_MODIFIERS.has(m.key?.split(' ')[0] ?? '')
    ) {
      // "My first manager, Dolores, … I thanked my current manager": another one of the kind,
      // the same only as itself said again.
      target = entities.find((e) => e.mentions.some((x) => x.kind === 'rel' && x.key === m.key));
    } else if (!m.plural && !m.generic && m.relationship) {
      // "my sister" after "my sister Anna" is Anna.
      target = [...entities]
        .reverse()
        .find((e) =>
          e.mentions.some((x) => x.relationship === m.relationship && !x.plural && !x.others && !m.others),
        );
    } else if (m.plural && m.key && GROUP_ANAPHORS.has(m.key)) {
      // "Our book club … Sent the whole group a message": the group named before.
      target = [...entities].reverse().find((e) => e.mentions.some((x) => x.kind === 'rel' && x.plural));
    } else if (m.key) {
      target = entities.find((e) => e.mentions.some((x) => x.kind === 'rel' && x.key === m.key));
    }
    if (!target) {
      target = { id: entities.length, mentions: [] };
      entities.push(target);
    }
    target.mentions.push(m);
    m.entity = target.id;
  }
  return entities;
}

export function genderOf(entity: Entity): Gender | null {
  for (const m of entity.mentions) if (m.gender) return m.gender;
  return null;
}

export function pluralOf(entity: Entity): boolean {
  return entity.mentions.every((m) => m.plural);
}

/** One person each, named side by side in one sentence. */
export interface Company {
  sentence: number;
  end: number;
  members: Mention[];
}

/**
 * People named side by side ("Tobiah and Ezekiel", "Ingeborg and her husband Sven", "Mr. Farrokh,
 * who ran the chess club, and his daughter Leyla"): whom a plural pronoun may mean when no group
 * was named. Between two of them only list joiners stand, or a relative clause set off by commas.
 */
export function companiesOf(sentence: Sentence, mentions: readonly Mention[]): Company[] {
  const tokens = sentence.tokens;
  const people = mentions.filter(
    (m) =>
      m.sentence === sentence.index &&
      (m.kind === 'name' || m.kind === 'rel') &&
      (!m.possessor || m.kind === 'name') &&
      !m.plural &&
      !m.subordinate,
  );
  const joined = (from: number, to: number): boolean => {
    let q = from;
    let joiner = false;
    while (q < to) {
      const lower = lowerAt(tokens, q);
      if (lower === ',' && RELATIVE_PRONOUNS.has(lowerAt(tokens, q + 1))) {
        q += 2;
        while (q < to && lowerAt(tokens, q) !== ',') q++;
        continue;
      }
      if (!LIST_JOINERS.has(lower)) return false;
      joiner = true;
      q++;
    }
    return joiner;
  };
  const companies: Company[] = [];
  let run: Mention[] = [];
  const close = () => {
    if (run.length > 1)
      companies.push({ sentence: sentence.index, end: (run[run.length - 1] as Mention).end, members: run });
  };
  for (const m of people) {
    const last = run[run.length - 1];
    if (last && joined(last.end, m.start)) run.push(m);
    else {
      close();
      run = [m];
    }
  }
  close();
  return companies;
}

export function resolvePronoun(
  ref: PronounRef,
  mentions: readonly Mention[],
  entities: readonly Entity[],
  acts: readonly Act[],
  companies: readonly Company[] = [],
): Entity[] {
  const earlier = mentions.filter(
    (m) =>
      (m.kind === 'name' || m.kind === 'rel') &&
      !m.weak &&
      m.entity >= 0 &&
      (m.sentence < ref.sentence || (m.sentence === ref.sentence && m.end <= ref.index)),
  );
  // "I rang him and said thank you": an understood receiver is the person of the act just before
  // it in the same sentence.
  if (ref.implicit) {
    const before = acts
      .filter(
        (a) =>
          a.sentence === ref.sentence && a.index < ref.index && a.status === 'done' && a.targets.length === 1,
      )
      .pop()?.targets[0];
    if (before && 'mention' in before && before.mention.entity >= 0)
      return [entities[before.mention.entity] as Entity];
    if (before && 'pronoun' in before && !before.pronoun.implicit)
      return resolvePronoun(before.pronoun, mentions, entities, acts, companies);
  }
  const fits = (m: Mention) => {
    const entity = entities[m.entity] as Entity;
    if (!ref.anyNumber && ref.plural !== pluralOf(entity)) return false;
    const gender = genderOf(entity);
    if (ref.byUs && m.withWriter && ref.sentence - m.sentence <= 1) return false;
    // "Bettina asked me to pass on theirs": not to the one who asked.
    if (m.prompter && m.sentence === ref.sentence) return false;
    return !(ref.gender && gender && ref.gender !== gender) && !(m.generic && !m.name && !m.identified);
  };
  let compatible = earlier.filter(
    // ("Marco. The guy who fixes bikes. Said thanks": named, then described, then thanked.)
    (m) => ref.sentence - (m.describedIn ?? m.sentence) <= (ref.implicit ? 1 : m.salient ? 10 : 5) && fits(m),
  );
  // A long story: "I thanked her" a dozen sentences after the one person it was about.
  if (compatible.length === 0 && !ref.implicit && !ref.plural)
    compatible = earlier
      .filter((m) => m.kind === 'name' && m.salient && !m.prompter && !m.possessor && fits(m))
      .slice(-1);
  // Nobody before it: "Caught him after practice and said thanks. Coach Barrowman just nodded.",
  // the one the next sentence is about.
  const alone = !mentions.some((m) => m.sentence === ref.sentence && (m.kind === 'name' || m.kind === 'rel'));
  if (compatible.length === 0 && earlier.length === 0 && !ref.plural && alone) {
    const next = mentions.find(
      (m) =>
        m.kind === 'name' &&
        m.entity >= 0 &&
        m.salient &&
        !m.possessor &&
        !m.weak &&
        m.sentence === ref.sentence + 1 &&
        fits(m),
    );
    if (next) return [entities[next.entity] as Entity];
  }
  // Same sentence first (nearest), then earlier sentences' subjects, then anyone else named
  // earlier, and people in subordinate clauses ("when I lost my mother") or only owning something
  // ("Dad's oldest friend") last.
  // Whoever suggested the thanks ("Sunniva suggested I reach out to Bartosz") comes last of all, and
  // an owner ("my neighbour Daphne's little boy") just before.
  // "her colleague Iñigo helped me … I thanked her": "her" there is someone else than the colleague.
  // "Lungisani's daughter let me in. … I told him …": an owner whose own person cannot be the
  // pronoun (a daughter for "him") is the one it means, a sentence or two on.
  const ownerMeant = (m: Mention) => {
    if (!m.possessor || ref.gender === null || ref.sentence - m.sentence > 2) return false;
    return m.ownedGender != null && m.ownedGender !== ref.gender;
  };
  // "Our neighbour Precious knocked … My mother came over and even she said Precious was family.
  // Today I wrote her a card": someone the story named more than once, and first as its subject,
  // counts as a subject wherever named last.
  const protagonist = (m: Mention) => {
    const named = mentions.filter((x) => x.entity === m.entity && x.kind === 'name' && x !== m);
    return m.kind === 'name' && named.some((x) => x.salient && x.sentence < m.sentence);
  };
  // "My speech therapist had sent me to her. I told her …": not the one that "her" could not be.
  const boundAway = (m: Mention) =>
    m.boundAway !== undefined && m.boundAway === ref.gender && m.sentence === ref.sentence - 1;
  const tier = (m: Mention) =>
    m.prompter
      ? 5
      : ownerMeant(m)
        ? 1
        : m.possessor || (ref.gender !== null && m.ownerGender === ref.gender)
          ? 4
          : m.subordinate || m.commenter
            ? 3
            : m.sentence === ref.sentence
              ? 0
              : (m.salient || protagonist(m)) && !boundAway(m)
                ? 1
                : 2;
  const rank = (m: Mention) => tier(m) * 1_000_000 - (m.sentence * 1000 + m.start);
  const best = [...compatible].sort((a, b) => rank(a) - rank(b))[0];
  // "Schrieb Bärbel einen Brief. Als mein Vater krank war, … Jetzt habe ich mich bedankt": an
  // understood person is the one the story was doing things for, not someone in a "when" clause
  // or after a preposition ("ela cuidou de mim e da minha irmã. Finalmente agradeci.").
  if (ref.implicit && (!best || best.subordinate || !best.salient)) {
    const topic = [...acts]
      .reverse()
      .find(
        (a) =>
          a.status === 'done' &&
          a.targets.length === 1 &&
          (a.sentence < ref.sentence || (a.sentence === ref.sentence && a.index < ref.index)) &&
          ref.sentence - a.sentence <= 2,
      )?.targets[0];
    if (topic && 'mention' in topic && topic.mention.entity >= 0 && fits(topic.mention))
      return [entities[topic.mention.entity] as Entity];
  }
  if (ref.plural) {
    // "Tobiah and Ezekiel raked my leaves. Thanked em": the people named together, unless a group
    // named later (or in a main clause of the same sentence) is nearer.
    const company = [...companies]
      .reverse()
      .find(
        (c) =>
          (c.sentence < ref.sentence || (c.sentence === ref.sentence && c.end <= ref.index)) &&
          ref.sentence - c.sentence <= 2,
      );
    if (company && (!best || best.subordinate || best.sentence <= company.sentence)) {
      const ids = [...new Set(company.members.map((m) => m.entity).filter((id) => id >= 0))];
      return ids.map((id) => entities[id] as Entity);
    }
    // "My neighbour Precious watched the kids … Her husband Kojo drove me. I took them both a
    // cake.": two people, the last two named one by one, never a group.
    if (ref.pair && (!best || pluralOf(entities[best.entity] as Entity))) {
      const people = earlier.filter(
        (m) =>
          ref.sentence - m.sentence <= 2 &&
          !m.plural &&
          !m.possessor &&
          !m.subordinate &&
          !m.generic &&
          !(ref.byUs && m.withWriter),
      );
      const ids = [...new Set(people.map((m) => m.entity))].slice(-2);
      if (ids.length === 2) return ids.map((id) => entities[id] as Entity);
    }
  }
  if (ref.plural && compatible.length === 0) {
    // "Called Anna and Ben and thanked them": the people of the last act with several.
    const last = [...acts].reverse().find((a) => a.sentence <= ref.sentence && a.targets.length > 1);
    if (last)
      return last.targets.flatMap((t) =>
        'mention' in t && t.mention.entity >= 0 ? [entities[t.mention.entity] as Entity] : [],
      );
    return bothOfThem(ref, mentions, entities, acts);
  }
  return best ? [entities[best.entity] as Entity] : [];
}

/**
 * "Rang Mum. … Told em both actually, Dad was on speaker.": a plural pronoun with no group before
 * it is the one person reached so far and another named after it in the sentence.
 */
function bothOfThem(
  ref: PronounRef,
  mentions: readonly Mention[],
  entities: readonly Entity[],
  acts: readonly Act[],
): Entity[] {
  const reached = [...acts]
    .reverse()
    .find(
      (a) =>
        a.status === 'done' &&
        a.sentence < ref.sentence &&
        a.targets.length === 1 &&
        'mention' in (a.targets[0] as Target),
    )?.targets[0];
  const person = (m: Mention) =>
    (m.kind === 'name' || m.kind === 'rel') && !m.plural && !m.possessor && m.entity >= 0;
  // "Called my sister. Then my brother. Thanked them both for looking after Mum": the one named
  // after the one reached, before the pronoun, comes first.
  const between = mentions.filter(
    (m) =>
      reached &&
      'mention' in reached &&
      m.sentence > reached.mention.sentence &&
      m.sentence < ref.sentence &&
      !m.subordinate &&
      person(m),
  );
  const named =
    between[between.length - 1] ??
    mentions.find((m) => m.sentence === ref.sentence && m.start > ref.index && person(m));
  if (!reached || !('mention' in reached) || !named || reached.mention.entity === named.entity) return [];
  return [entities[reached.mention.entity] as Entity, entities[named.entity] as Entity];
}

export function entityName(entity: Entity): string | null {
  const names = entity.mentions.filter((m) => m.kind === 'name' && m.name);
  // A name the writer gives as the real one ("her real name is …") is the one to keep.
  const real = names.find((m) => m.renames && names.some((x) => !x.renames && !sameName(x, m)));
  if (real?.name) return real.name;
  if (names.length > 0) {
    // The fullest form used, with its title if there was one.
    return (
      [...names].sort(
        (a, b) =>
          (b.name as string).split(' ').length - (a.name as string).split(' ').length ||
          (b.name as string).length - (a.name as string).length,
      )[0]?.name ?? null
    );
  }
  return entity.mentions.find((m) => m.description)?.description ?? null;
}

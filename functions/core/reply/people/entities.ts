/**
 * From mentions to people: one entity per person however often and however named ("Wendell" is
 * "Wendell Ashby", "my sister" is "my sister Anna"), and pronouns resolved to the nearest
 * compatible person, preferring clause subjects and main clauses.
 */
import type { Gender } from '../lexicon/relationships';
import type { Act, Mention, PronounRef } from './model';

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
    } else if (m.kind === 'name') {
      target = entities.find((e) => e.mentions.some((x) => x.kind === 'name' && sameName(x, m)));
    } else if (!m.plural && !m.generic && m.relationship) {
      // "my sister" after "my sister Anna" is Anna.
      target = [...entities]
        .reverse()
        .find((e) =>
          e.mentions.some((x) => x.relationship === m.relationship && !x.plural && !x.others && !m.others),
        );
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

export function resolvePronoun(
  ref: PronounRef,
  mentions: readonly Mention[],
  entities: readonly Entity[],
  acts: readonly Act[],
): Entity[] {
  const before = mentions.filter(
    (m) =>
      (m.kind === 'name' || m.kind === 'rel') &&
      !m.weak &&
      m.entity >= 0 &&
      (m.sentence < ref.sentence || (m.sentence === ref.sentence && m.end <= ref.index)) &&
      ref.sentence - m.sentence <= (ref.implicit ? 1 : m.salient ? 10 : 5),
  );
  const compatible = before.filter((m) => {
    const entity = entities[m.entity] as Entity;
    if (ref.plural !== pluralOf(entity)) return false;
    const gender = genderOf(entity);
    return !(ref.gender && gender && ref.gender !== gender) && !(m.generic && !m.name);
  });
  if (ref.plural && compatible.length === 0) {
    // "Called Anna and Ben and thanked them": the people of the last act with several.
    const last = [...acts].reverse().find((a) => a.sentence <= ref.sentence && a.targets.length > 1);
    return last
      ? last.targets.flatMap((t) =>
          'mention' in t && t.mention.entity >= 0 ? [entities[t.mention.entity] as Entity] : [],
        )
      : [];
  }
  // Same sentence first (nearest), then earlier sentences' subjects, then anyone else named
  // earlier, and people in subordinate clauses ("when I lost my mother") last.
  const tier = (m: Mention) => (m.subordinate ? 3 : m.sentence === ref.sentence ? 0 : m.salient ? 1 : 2);
  const rank = (m: Mention) => tier(m) * 1_000_000 - (m.sentence * 1000 + m.start);
  const best = [...compatible].sort((a, b) => rank(a) - rank(b))[0];
  return best ? [entities[best.entity] as Entity] : [];
}

export function entityName(entity: Entity): string | null {
  const names = entity.mentions.filter((m) => m.kind === 'name' && m.name);
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

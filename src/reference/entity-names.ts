import type { ReferenceEntity } from './types';

/** One name of an entity, with the field it is written in (for messages). */
export interface EntityName {
  readonly field: string;
  readonly value: string;
}

/**
 * Every name by which an entity may be written: its name fields (name, nameNl,
 * title, titleNl, acronym) and its aliases, in that order.
 */
export function namesOf(entity: ReferenceEntity): EntityName[] {
  const names: EntityName[] = [];
  const add = (field: string, value: string | undefined): void => {
    if (value !== undefined) names.push({ field, value });
  };
  switch (entity.kind) {
    case 'country':
    case 'group':
    case 'topic':
      add('name', entity.name);
      add('nameNl', entity.nameNl);
      break;
    case 'organization':
      add('name', entity.name);
      add('nameNl', entity.nameNl);
      add('acronym', entity.acronym);
      break;
    case 'office':
      add('title', entity.title);
      add('titleNl', entity.titleNl);
      break;
    case 'person':
      add('name', entity.name);
      break;
    default:
      return unreachable(entity);
  }
  entity.aliases.forEach((alias, index) => add(`aliases[${index}]`, alias));
  return names;
}

function unreachable(value: never): never {
  throw new Error(`Unexpected entity: ${JSON.stringify(value)}`);
}

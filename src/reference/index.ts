/**
 * Reference data: the hand-written facts that hold independently of any
 * letter (seeds/reference/*.yaml), their loader and validator, and the
 * `NameIndex` that resolves names, finds mentions in texts, resolves an office
 * to its holder on a date and looks up the summit catalogue.
 */
export type {
  Country,
  Group,
  Office,
  OfficeTerm,
  Organization,
  Person,
  ReferenceData,
  ReferenceEntity,
  ReferenceKind,
  MinisterialEntry,
  MinisterialKind,
  SummitEntry,
  SummitKind,
  Topic,
} from './types';
export {
  REFERENCE_FILES,
  ReferenceDataError,
  defaultReferenceDir,
  loadReferenceData,
  projectRoot,
} from './load-reference';
export { NameIndex, type Holding, type Mention, type SummitQuery } from './name-index';
export { foldName, foldText, slugify, type FoldedText } from './fold-text';
export { isIsoDate } from './iso-date';
export { namesOf, type EntityName } from './entity-names';

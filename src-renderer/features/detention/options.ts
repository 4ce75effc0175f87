import {
  deadlineSettingsSchema,
  detentionEpisodeSchema,
  groundKinds,
  hearingSchema,
  hearingTypes as coreHearingTypes,
  type HearingType,
} from '../../../src-main/core/model/case.ts';
import type enStrings from '../../i18n/en.json';
import type frStrings from '../../i18n/fr.json';
import { regions } from '../../../src-main/core/rules/regions.ts';

/** Every choice the Detention tab offers, read from the case schema so a new value cannot be missed. */
export const authorities = detentionEpisodeSchema.shape.authority.unwrap().options;
export const startSources = detentionEpisodeSchema.shape.startSource.unwrap().options;
export const facilityTypes = detentionEpisodeSchema.shape.facility.unwrap().shape.type.options;
export const facilityProvinces = detentionEpisodeSchema.shape.facility.unwrap().shape.province.unwrap().options;
export const irbRegions = detentionEpisodeSchema.shape.region.unwrap().options;
export const endReasons = detentionEpisodeSchema.shape.endReason.unwrap().options;
export const grounds = groundKinds;
export const hearingTypes = coreHearingTypes;

/** Compiles only when every hearing type of the core list has a label in both UI languages. */
type LabelledEveryType<T extends Readonly<Record<HearingType, string>>> = T;
export type HearingTypeLabels =
  LabelledEveryType<(typeof enStrings)['detention']['hearingTypes']> | LabelledEveryType<(typeof frStrings)['detention']['hearingTypes']>;
export const hearingModes = hearingSchema.shape.mode.unwrap().options;
export const framings = hearingSchema.shape.ministerFramings.unwrap().element.options;
export const outcomes = hearingSchema.shape.outcome.unwrap().options;
export const holidayRegions = regions;
export const holidayActions = deadlineSettingsSchema.shape.holidayOverrides.unwrap().element.shape.action.options;

/** The paragraph of IRPA s.58(1) each ground comes from, shown beside its plain-language label. */
export const groundParagraph: Readonly<Record<(typeof groundKinds)[number], string>> = {
  DANGER: 'a',
  FLIGHT: 'b',
  SECURITY_INQUIRY: 'c',
  IDENTITY: 'd',
  IDENTITY_DFN: 'e',
};

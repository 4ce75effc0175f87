import data from '../../../templates/rules/portal.json' with { type: 'json' };
import { parsePortalRules, type PortalRules } from '../../core/rules/portal-rules.ts';

/** The shipped portal limits, parsed once; a malformed file fails at load, not at upload. */
export const defaultPortalRules: PortalRules = parsePortalRules(data);

import { useTranslation } from 'react-i18next';
import { commonRegions, commonScripts } from '../../src-main/core/lang/common-codes.ts';
import { codeName, scriptLabel } from './scripts.ts';

/** <datalist> suggestions for ISO 15924 script codes, labelled in the UI language. */
export function ScriptCodeList({ id, language }: { readonly id: string; readonly language: string }) {
  const { t } = useTranslation();
  return (
    <datalist id={id}>
      {commonScripts.map((code) => (
        <option key={code} value={code} label={scriptLabel(t, language, code) ?? code} />
      ))}
    </datalist>
  );
}

/** <datalist> suggestions for two-letter country codes, labelled in the UI language. */
export function RegionCodeList({ id, language }: { readonly id: string; readonly language: string }) {
  return (
    <datalist id={id}>
      {commonRegions.map((code) => (
        <option key={code} value={code} label={codeName(language, 'region', code) ?? code} />
      ))}
    </datalist>
  );
}

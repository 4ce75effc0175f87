/**
 * The full lists behind the code pickers: every ISO 15924 script and every ISO 3166 country or
 * ISO 639-1 language the platform can name. Scripts are listed (4 letters are too many to try);
 * two-letter codes are found by asking `Intl.DisplayNames` which of AA–ZZ it knows.
 */
export const isoScriptCodes: readonly string[] = [
  'Adlm Afak Aghb Ahom Arab Aran Armi Armn Avst Bali Bamu Bass Batk Beng Bhks Blis Bopo Brah Brai Bugi Buhd Cakm Cans Cari',
  'Cham Cher Chrs Cirt Copt Cpmn Cprt Cyrl Cyrs Deva Diak Dogr Dsrt Dupl Egyd Egyh Egyp Elba Elym Ethi Geok Geor Glag Gong',
  'Gonm Goth Gran Grek Gujr Guru Hanb Hang Hani Hano Hans Hant Hatr Hebr Hira Hluw Hmng Hmnp Hrkt Hung Inds Ital Jamo Java',
  'Jpan Jurc Kali Kana Kawi Khar Khmr Khoj Kits Knda Kore Kpel Kthi Lana Laoo Latf Latg Latn Lepc Limb Lina Linb Lisu Loma',
  'Lyci Lydi Mahj Maka Mand Mani Marc Maya Medf Mend Merc Mero Mlym Modi Mong Moon Mroo Mtei Mult Mymr Nagm Nand Narb Nbat',
  'Newa Nkgb Nkoo Nshu Ogam Olck Orkh Orya Osge Osma Ougr Palm Pauc Perm Phag Phli Phlp Phlv Phnx Plrd Prti Rjng Rohg Roro',
  'Runr Samr Sara Sarb Saur Sgnw Shaw Shrd Sidd Sind Sinh Sogd Sogo Sora Soyo Sund Sylo Syrc Syre Syrj Syrn Tagb Takr Tale',
  'Talu Taml Tang Tavt Telu Teng Tfng Tglg Thaa Thai Tibt Tirh Tnsa Toto Ugar Vaii Visp Vith Wara Wcho Xpeo Xsux Yezi Yiii',
  'Zanb',
]
  .join(' ')
  .split(' ');

/**
 * Two-letter region codes that are no ISO 3166-1 country: groupings, pseudo-locales, "unknown",
 * codes withdrawn (Zaire, Metropolitan France) and those only reserved (Ascension, Canary Islands).
 */
const NOT_COUNTRIES: ReadonlySet<string> = new Set('EU EZ UN QO XA XB ZZ FX ZR AN BU CS DD NT SU TP YD YU AC CP CQ DG EA IC TA'.split(' '));

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const found = new Map<'region' | 'language', readonly string[]>();

/**
 * Every two-letter code of the kind the platform has an English name for: countries in upper
 * case ("CN"), ISO 639-1 languages in lower case ("th"). Worked out once, then kept.
 */
export function twoLetterCodes(type: 'region' | 'language'): readonly string[] {
  const known = found.get(type);
  if (known) return known;
  const names = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
  const codes: string[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = type === 'region' ? `${a}${b}`.toUpperCase() : `${a}${b}`;
      if (type === 'region' && NOT_COUNTRIES.has(code)) continue;
      if (names.of(code) !== undefined) codes.push(code);
    }
  }
  found.set(type, codes);
  return codes;
}

/**
 * Word lists the date-proposal parser reads: month names, calendar markers, qualifiers,
 * seasons and lunar festivals, in the languages clients and documents use most.
 */

/** Month names and abbreviations by month number (1–12), Gregorian (English, French). */
export const latinMonths: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'fev'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'décembre', 'decembre', 'déc'],
];

/** Thai month names, full and abbreviated (ม.ค. …), by month number. */
export const thaiMonths: readonly (readonly string[])[] = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  ['พฤศจิกายน', 'พ.ย.'],
  ['ธันวาคม', 'ธ.ค.'],
];

/** Solar Hijri month names in Persian and in common transliteration, by month number. */
export const persianMonths: readonly (readonly string[])[] = [
  ['فروردین', 'farvardin'],
  ['اردیبهشت', 'ordibehesht'],
  ['خرداد', 'khordad'],
  ['تیر', 'tir'],
  ['مرداد', 'mordad'],
  ['شهریور', 'shahrivar'],
  ['مهر', 'mehr'],
  ['آبان', 'aban'],
  ['آذر', 'azar'],
  ['دی', 'dey'],
  ['بهمن', 'bahman'],
  ['اسفند', 'esfand'],
];

export const buddhistMarker = /พ\s*\.?\s*ศ\s*\.?|(?<![\p{L}])b\.?\s?e\.?(?![\p{L}])/u;
export const minguoMarker = /民[國国]|(?<![\p{L}])roc(?![\p{L}])|(?<![\p{L}])minguo(?![\p{L}])/u;
export const solarHijriMarker = /ه\s*\.?\s*ش|هجری\s+شمسی|(?<![\p{L}])(?:sh|ap)(?![\p{L}])|(?<![\p{L}])solar hijri(?![\p{L}])/u;
export const koreanLunarMarker = /음력/u;
export const chineseLunarMarker = /[農农][曆历]|[陰阴][曆历]/u;

export type FestivalCalendar = 'korean-lunar' | 'chinese-lunar';

/** Lunar festivals and the lunar month and day they fall on. */
export const festivals: readonly {
  readonly words: RegExp;
  readonly calendar: FestivalCalendar;
  readonly month: number;
  readonly day: number;
}[] = [
  { words: /추석|한가위/u, calendar: 'korean-lunar', month: 8, day: 15 },
  { words: /설날|구정/u, calendar: 'korean-lunar', month: 1, day: 1 },
  { words: /대보름/u, calendar: 'korean-lunar', month: 1, day: 15 },
  { words: /단오/u, calendar: 'korean-lunar', month: 5, day: 5 },
  { words: /(?<![\p{L}])chuseok(?![\p{L}])/u, calendar: 'korean-lunar', month: 8, day: 15 },
  { words: /(?<![\p{L}])seollal(?![\p{L}])/u, calendar: 'korean-lunar', month: 1, day: 1 },
  { words: /中秋|(?<![\p{L}])mid-autumn(?![\p{L}])/u, calendar: 'chinese-lunar', month: 8, day: 15 },
  {
    words: /春[節节]|(?<![\p{L}])(?:lunar new year|chinese new year|spring festival)(?![\p{L}])/u,
    calendar: 'chinese-lunar',
    month: 1,
    day: 1,
  },
  { words: /元宵/u, calendar: 'chinese-lunar', month: 1, day: 15 },
  { words: /端午/u, calendar: 'chinese-lunar', month: 5, day: 5 },
];

export type Qualifier = 'circa' | 'before' | 'after' | 'unknown';

/** Words that qualify a date, removed from the text before the date itself is read. */
export const qualifierWords: readonly { readonly qualifier: Qualifier; readonly words: RegExp }[] = [
  {
    qualifier: 'unknown',
    words:
      /(?<![\p{L}])(?:unknown|not known|don['’]t know|does not (?:know|remember)|doesn['’]t (?:know|remember)|inconnue?|ne sait pas|ne se souvient pas)(?![\p{L}])|모름|모르|不知道|不詳|不详|ไม่ทราบ|نامعلوم|نمی‌دانم/u,
  },
  {
    qualifier: 'circa',
    words:
      /(?<![\p{L}])(?:around|about|approximately|approx\.?|roughly|circa|ca\.|c\.|vers|environ|autour de|aux alentours de)(?![\p{L}])|무렵|쯤|(?<=[\d년월일]\s?)경|左右|前後|前后|大約|大约|ประมาณ|حدود|حدوداً|حدودا/u,
  },
  {
    qualifier: 'before',
    words:
      /(?<![\p{L}])(?:(?:shortly|just|soon|right) before|(?:peu|juste|peu de temps) avant|before|prior to|avant)(?![\p{L}])|이전|(?<=[\s\d년월일석날])전(?:에)?(?![\p{L}])|以前|之前|ก่อน|قبل از|قبل/u,
  },
  {
    qualifier: 'after',
    words:
      /(?<![\p{L}])(?:(?:shortly|just|soon|right) after|(?:peu|juste|peu de temps|sitôt) après|after|later than|après)(?![\p{L}])|지나고|이후|(?<=[\s\d년월일석날])후(?:에)?(?![\p{L}])|以後|以后|之後|之后|หลัง|بعد از|بعد/u,
  },
];

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Season words; `eastAsian` marks usages where "winter of 2023" begins in December 2023. */
export const seasonWords: readonly { readonly season: Season; readonly words: RegExp; readonly eastAsian: boolean }[] = [
  { season: 'spring', words: /(?<![\p{L}])(?:spring|printemps)(?![\p{L}])/u, eastAsian: false },
  { season: 'summer', words: /(?<![\p{L}])(?:summer|été|ete)(?![\p{L}])/u, eastAsian: false },
  { season: 'autumn', words: /(?<![\p{L}])(?:autumn|fall|automne)(?![\p{L}])/u, eastAsian: false },
  { season: 'winter', words: /(?<![\p{L}])(?:winter|hiver)(?![\p{L}])/u, eastAsian: false },
  { season: 'spring', words: /봄|春天|春季/u, eastAsian: true },
  { season: 'summer', words: /여름|夏天|夏季/u, eastAsian: true },
  { season: 'autumn', words: /가을|秋天|秋季/u, eastAsian: true },
  { season: 'winter', words: /겨울|冬天|冬季/u, eastAsian: true },
];

/** Persian seasons are the Solar Hijri year's quarters exactly. */
export const persianSeasons: readonly { readonly words: RegExp; readonly firstMonth: number }[] = [
  { words: /بهار/u, firstMonth: 1 },
  { words: /تابستان/u, firstMonth: 4 },
  { words: /پاییز|پائیز/u, firstMonth: 7 },
  { words: /زمستان/u, firstMonth: 10 },
];

/** Digits of other scripts, mapped to ASCII: Persian, Arabic-Indic, Thai, full-width. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669\u0E50-\u0E59\uFF10-\uFF19]/gu, (char) => {
    const code = char.codePointAt(0) ?? 0;
    for (const zero of [0x06f0, 0x0660, 0x0e50, 0xff10]) if (code >= zero && code <= zero + 9) return String(code - zero);
    return char;
  });
}

export type Strength = 'tooShort' | 'weak' | 'fair' | 'strong';

export const MIN_PASSPHRASE_LENGTH = 10;

/**
 * A rough, offline strength hint: length matters most, then variety. Several words beat a
 * short jumble, so long passphrases count as strong whatever their characters.
 */
export function passphraseStrength(value: string): Strength {
  const length = [...value].length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}\s]/u, /\s/u].filter((re) => re.test(value)).length;
  const words = value
    .trim()
    .split(/\s+/u)
    .filter((word) => word.length >= 3).length;
  if (length >= 20 || (words >= 4 && length >= 16)) return 'strong';
  if (length >= 14 || classes >= 3) return 'fair';
  return 'weak';
}

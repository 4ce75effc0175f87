import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions } from 'docx';

export const ORDERED = 'dossier-ordered';
export const BULLET = 'dossier-bullet';

const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
const BULLETS = ['\u2022', '\u25E6', '\u25AA'] as const;

/** Half an inch per level, the number hanging in the first quarter inch, as Word's own lists. */
const indent = (level: number): { left: number; hanging: number } => ({ left: 720 * (level + 1), hanging: 360 });

function levels(ordered: boolean): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? (ORDERED_FORMATS[level % 3] ?? LevelFormat.DECIMAL) : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : (BULLETS[level % 3] ?? '\u2022'),
    alignment: AlignmentType.START,
    style: { paragraph: { indent: indent(level) } },
  }));
}

/** Two real Word lists (numbered and bulleted), nine levels each; every list block is an instance. */
export const NUMBERING: INumberingOptions = {
  config: [
    { reference: ORDERED, levels: levels(true) },
    { reference: BULLET, levels: levels(false) },
  ],
};

/** Indent of an item's later paragraphs, so they line up with its text rather than its number. */
export const itemIndent = (level: number): { left: number } => ({ left: indent(level).left });

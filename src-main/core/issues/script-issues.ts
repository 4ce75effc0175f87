import type { IssueWording } from './types.ts';

/** How a message names the script of a text ("Text in Tamil script"), for every script the pre-flight tells apart. */
export const scriptNameIssues = {
  'scriptName.Latin': { en: 'Text in Latin script', fr: 'Texte en écriture latine' },
  'scriptName.Greek': { en: 'Text in Greek script', fr: 'Texte en écriture grecque' },
  'scriptName.Cyrillic': { en: 'Text in Cyrillic script', fr: 'Texte en écriture cyrillique' },
  'scriptName.Armenian': { en: 'Text in Armenian script', fr: 'Texte en écriture arménienne' },
  'scriptName.Hebrew': { en: 'Text in Hebrew script', fr: 'Texte en écriture hébraïque' },
  'scriptName.Arabic': { en: 'Text in Arabic script', fr: 'Texte en écriture arabe' },
  'scriptName.Syriac': { en: 'Text in Syriac script', fr: 'Texte en écriture syriaque' },
  'scriptName.Thaana': { en: 'Text in Thaana script', fr: 'Texte en écriture thâna' },
  'scriptName.Devanagari': { en: 'Text in Devanagari script', fr: 'Texte en écriture dévanagari' },
  'scriptName.Bengali': { en: 'Text in Bengali script', fr: 'Texte en écriture bengalie' },
  'scriptName.Gurmukhi': { en: 'Text in Gurmukhi script', fr: 'Texte en écriture gourmoukhî' },
  'scriptName.Gujarati': { en: 'Text in Gujarati script', fr: 'Texte en écriture goudjarati' },
  'scriptName.Oriya': { en: 'Text in Odia script', fr: 'Texte en écriture oriya' },
  'scriptName.Tamil': { en: 'Text in Tamil script', fr: 'Texte en écriture tamoule' },
  'scriptName.Telugu': { en: 'Text in Telugu script', fr: 'Texte en écriture télougoue' },
  'scriptName.Kannada': { en: 'Text in Kannada script', fr: 'Texte en écriture kannada' },
  'scriptName.Malayalam': { en: 'Text in Malayalam script', fr: 'Texte en écriture malayalam' },
  'scriptName.Sinhala': { en: 'Text in Sinhala script', fr: 'Texte en écriture cingalaise' },
  'scriptName.Thai': { en: 'Text in Thai script', fr: 'Texte en écriture thaïe' },
  'scriptName.Lao': { en: 'Text in Lao script', fr: 'Texte en écriture lao' },
  'scriptName.Tibetan': { en: 'Text in Tibetan script', fr: 'Texte en écriture tibétaine' },
  'scriptName.Myanmar': { en: 'Text in Burmese script', fr: 'Texte en écriture birmane' },
  'scriptName.Georgian': { en: 'Text in Georgian script', fr: 'Texte en écriture géorgienne' },
  'scriptName.Hangul': { en: 'Text in Hangul', fr: 'Texte en hangeul' },
  'scriptName.Ethiopic': { en: 'Text in Ethiopic script', fr: 'Texte en écriture éthiopienne' },
  'scriptName.Khmer': { en: 'Text in Khmer script', fr: 'Texte en écriture khmère' },
  'scriptName.Mongolian': { en: 'Text in Mongolian script', fr: 'Texte en écriture mongole' },
  'scriptName.Cherokee': { en: 'Text in Cherokee syllabary', fr: 'Texte en syllabaire cherokee' },
  'scriptName.Tifinagh': { en: 'Text in Tifinagh script', fr: 'Texte en écriture tifinagh' },
  'scriptName.CanadianAboriginal': {
    en: 'Text in Canadian Aboriginal syllabics',
    fr: 'Texte en syllabaire autochtone canadien',
  },
  'scriptName.Han': { en: 'Text in Chinese characters', fr: 'Texte en caractères chinois' },
  'scriptName.Kana': { en: 'Text in Japanese kana', fr: 'Texte en kana japonais' },
  'scriptName.emoji': { en: 'Emoji', fr: 'Émoji' },
  'scriptName.symbol': { en: 'A symbol', fr: 'Un symbole' },
  'scriptName.other': {
    en: 'Text in a script Dossier has no font for',
    fr: 'Texte dans une écriture pour laquelle Dossier n’a aucune police',
  },
} as const satisfies Readonly<Record<string, IssueWording>>;

/** Field names as a message names them ("Client — name in script 1"). */
export const fieldNameIssues = {
  'fieldName.client': { en: 'Client', fr: 'Client' },
  'fieldName.familyName': { en: 'family name', fr: 'nom de famille' },
  'fieldName.givenNames': { en: 'given names', fr: 'prénoms' },
  'fieldName.namesInScript': { en: 'name in script', fr: 'nom dans son écriture' },
  'fieldName.aliases': { en: 'other name', fr: 'autre nom' },
  'fieldName.paragraphs': { en: 'paragraph', fr: 'paragraphe' },
  'fieldName.title': { en: 'title', fr: 'titre' },
  'fieldName.address': { en: 'address', fr: 'adresse' },
  'fieldName.notes': { en: 'notes', fr: 'notes' },
  'fieldName.text': { en: 'text', fr: 'texte' },
} as const satisfies Readonly<Record<string, IssueWording>>;

/** The font pre-flight of documents (render/fonts/coverage.ts) and of the case's own fields. */
export const fontIssues = {
  noFontForScript: {
    en: '$t(validation.scriptName.{{script}}) “{{text}}”: no bundled font for {{characters}} — write it in Latin letters or in a script Dossier prints, or make the DOCX, which Word prints with the reader’s own fonts.',
    fr: '$t(validation.scriptName.{{script}}) « {{text}} » : aucune police fournie pour {{characters}} — écrivez-le en lettres latines ou dans une écriture que Dossier imprime, ou produisez le DOCX, que Word imprime avec les polices de l’ordinateur du lecteur.',
  },
  wrongFontForScript: {
    en: '$t(validation.scriptName.{{script}}) “{{text}}”: {{characters}} would be drawn with {{family}}, not the font for that script — check the language given for this text (Kurdish in Latin letters is “ckb-Latn”).',
    fr: '$t(validation.scriptName.{{script}}) « {{text}} » : {{characters}} serait dessiné avec {{family}}, qui n’est pas la police de cette écriture — vérifiez la langue indiquée pour ce texte (le kurde en lettres latines est « ckb-Latn »).',
  },
  fieldNoFont: {
    en: '{{field}}: $t(validation.scriptName.{{script}}): no bundled font — a PDF holding it is refused; write it in Latin letters, or make the DOCX, which Word prints with the reader’s own fonts.',
    fr: '{{field}} : $t(validation.scriptName.{{script}}) : aucune police fournie — un PDF qui le contient est refusé ; écrivez-le en lettres latines, ou produisez le DOCX, que Word imprime avec les polices de l’ordinateur du lecteur.',
  },
} as const satisfies Readonly<Record<string, IssueWording>>;

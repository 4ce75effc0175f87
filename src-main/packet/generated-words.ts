/** Headings and column names of the packet's generated pages, in the language of the proceedings. */
export const packetWords = {
  en: {
    list: 'List of documents',
    coverLetter: 'Cover letter',
    tab: 'Tab',
    document: 'Document',
    date: 'Date',
    pages: 'Pages',
    volume: 'Vol.',
    author: 'Author',
    volumeOf: (n: number, total: number) => `Volume ${n} of ${total}`,
    volumeRange: (n: number, first: string, last: string) => `Volume ${n}: pages ${first} to ${last}`,
    thisVolume: '(this volume)',
  },
  fr: {
    list: 'Liste des documents',
    coverLetter: 'Lettre de présentation',
    tab: 'Onglet',
    document: 'Document',
    date: 'Date',
    pages: 'Pages',
    volume: 'Vol.',
    author: 'Auteur',
    volumeOf: (n: number, total: number) => `Volume ${n} de ${total}`,
    volumeRange: (n: number, first: string, last: string) => `Volume ${n} : pages ${first} à ${last}`,
    thisVolume: '(le présent volume)',
  },
} as const;

/** One issue code's wording: `{{name}}` is a parameter, `$t(validation.code)` another entry's wording. */
export interface IssueWording {
  readonly en: string;
  readonly fr: string;
}

export type IssueLanguage = keyof IssueWording;

/** An issue's parameters: language-neutral values only (numbers, codes, dates, paths). */
export type IssueParams = Readonly<Record<string, string | number>>;

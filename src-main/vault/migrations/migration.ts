/** One step of the stored case format: takes JSON at version `from`, returns JSON at `to`. */
export interface CaseMigration {
  readonly from: number;
  readonly to: number;
  readonly name: string;
  migrate(document: unknown): unknown;
}

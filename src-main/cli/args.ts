import { parseArgs } from 'node:util';
import { DossierError } from '../core/errors.ts';

export interface CliArgs {
  readonly command: readonly string[];
  readonly vault: string;
  /** Empty when the vault is opened with --recovery-code-env instead. */
  readonly passphraseEnv: string;
  /** The variable holding the recovery code, when the vault is opened with it. */
  readonly recoveryCodeEnv?: string;
  readonly positionals: readonly string[];
  /** Options of `exhibit add` and `build`; absent when not given. */
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
}

export const usage = `Usage: dossier <command> --vault DIR --passphrase-env VAR

Commands:
  vault init              create a passphrase-protected vault in DIR
  vault status            print whether DIR holds a vault and its state
  vault backup [--to FOLDER]
                          make a backup of the vault now (inside DIR/backups); prints its id;
                          --to also copies it into FOLDER as one encrypted .dsvbackup file,
                          which opens with the passphrase in use when the backup was made
  vault backups           print every backup: id, date, reason and the cases it holds
  vault verify BACKUP     check a backup (an id, or the path of a .dsvbackup file) without
                          restoring it: every file is there with its recorded hash and decrypts
  vault restore BACKUP [--case ID]
                          put the whole vault back as it was in BACKUP, or with --case only that
                          case; the vault as it is now is backed up first, and the passphrase in
                          use stays the one that opens it
  vault verify FILE --backup-passphrase-env VAR
                          check a .dsvbackup file from any vault with the passphrase in use when
                          it was made (in VAR) and list its cases; needs no vault in DIR
  vault restore FILE [--case ID] --backup-passphrase-env VAR
                          restore a .dsvbackup file whole into DIR when DIR holds no vault (it
                          then opens with the backup's passphrase), or with --case that case
                          alone into the vault in DIR (unlocked with --passphrase-env), its
                          attachments re-encrypted under this vault's key; the vault as it is
                          is backed up first
  A vault is backed up on the first unlock of each day (UTC), with the same rotation.
  vault passphrase --new-passphrase-env NEWVAR
                          change the vault passphrase to the one in NEWVAR; the old one stops
                          working, backups made before keep the passphrase they were made under
  vault recovery-code     make a new recovery code for the vault and print it (shown this once);
                          any earlier code stops working. Anyone with the code can open the
                          vault: print it and keep it apart from the computer
  vault check [--clean]   report attachments no case refers to (orphans), files the key cannot
                          open and files set aside as damaged; --clean removes the orphans
  case import FILE.json   import a case file; prints {"id": "<case id>"}
  case export ID          print the case in the interchange format (plain JSON, no exhibits:
                          keep it in an encrypted folder)
  case transfer export --case ID --out FILE --bundle-passphrase-env VAR
                          seal the case with its exhibits, per-case wording and build history
                          under the passphrase in VAR (at least 10 characters), for another vault
  case transfer import FILE --bundle-passphrase-env VAR
                          import a sealed case transfer as a new case (under a new id when this
                          vault already holds its id); prints the id
  case delete ID          delete the case and the attachments only it referred to (backups keep
                          their own copies)
  case list               print [{"id", "displayName", "kind"}]
  case wording list|set|reset --case ID --doc KIND [--lang en|fr] [--person ID | --statement ID]
        [--paragraph N | --original TEXT] [--text TEXT]
                          this case's own wording of a generated document: list numbers its
                          paragraphs (the template's text, the case's edit, stale edits); set
                          --paragraph N --text TEXT rewords one (empty text leaves it out);
                          reset goes back to the template's wording, for one paragraph or all
  case matter --case ID [--forum IRB-ID|IRB-RPD|IRCC|CBSA|FC] [--region Western|Central|Eastern]
        [--lang en|fr] [--irb N] [--cbsa N] [--ircc N] [--fc N] [--uci N] [--member M]
        [--hearing-mode in-person|video|telephone] [--hearing-place P]
                          set the matter: forum, IRB region, language of proceedings, each office's
                          file number, the client's UCI, the hearing; an empty value clears a field;
                          prints the matter and its numbers
  case application list|add|set|remove --case ID [--application ID] [--kind early-review|
        interpreter|documents|witnesses|summons|change-date|private-proceeding]
        [--status draft|filed|granted|granted-in-part|refused|withdrawn] [--hearing ID]
        [--filed YYYY-MM-DD] [--decided YYYY-MM-DD] [--decision TEXT] [--reason "A|B"]
        [--ground safety,minor,sexual-gender-violence,trafficking]
        [--relief private-hearing,non-disclosure,initials] [--language TAG] [--dialect D]
        [--proposed-date D,D] [--witness NAME] [--served SERVICE_ID,...] [--application-in-public]
        [--testimony TEXT] [--minutes N] [--relationship TEXT] [--expert | --not-expert]
        [--qualifications TEXT] [--means in-person|videoconference|telephone]
                          the ID Rules applications of the detention (r.9, r.17, r.26, r.32, r.33,
                          r.43, r.45); each one's time limit is in deadlines; prints them, the
                          proceeding's privacy and the facts that suggest an r.45 application;
                          r.32 witness information: the testimony's purpose and substance, the
                          minutes it needs, the relationship, an expert's qualifications, the means
  case proceeding list|add|set|remove --case ID [--proceeding ID] [--kind refugee-claim-ineligible|
        prra|vtip-trp|vulnerable-worker-owp|labour-complaint|other]
        [--status planned|filed|granted|refused|withdrawn|closed] [--label L] [--number N]
        [--filed YYYY-MM-DD] [--decided YYYY-MM-DD] [--note T]
                          the matters beside this one (refugee claim, PRRA, permits, complaints);
                          their dates appear in the timeline; prints them
  case reserved --case ID --hearing ID [--reserved-on YYYY-MM-DD] [--received-on YYYY-MM-DD] [--clear]
                          the member reserved the review's decision (and when it arrived): the
                          clock counts the review as held; prints the hearing
  exhibit ocr --case ID --exhibit EXHIBIT_ID [--lang eng|fra] [--all-pages]
                          read a scanned exhibit's pages (those without text, or all) and keep a
                          searchable copy with an invisible text layer; the original is untouched
  exhibit split --case ID FILE (--ranges 1-3,4-10 [--titles "A|B"] | --bookmarks)
                          cut one PDF into exhibits by page ranges (titles in order, separated
                          by |) or by its bookmarks; each part is imported as exhibit add would
  search --case ID TEXT   find TEXT in the case's exhibits, statements, timeline and documents,
                          with the exhibit page and the tab and page of the last packet built
  exhibit add --case ID FILE [--title T --date YYYY-MM-DD] [--exhibit EXHIBIT_ID]
                          import a PDF, JPEG, PNG or TIFF; the original is kept encrypted;
                          --exhibit attaches it to an exhibit already described in the case
  exhibit redact --case ID --exhibit EXHIBIT_ID [--search TEXT] [--pattern phone|email]
        [--area "PAGE:X,Y,W,H;…"] [--reason thirdParty|contact|address|minor|safety|privilege|other]
        [--note TEXT]
                          mark every hit of the text or pattern and every area (points from the
                          page's top-left corner), then apply all the exhibit's marks: the text,
                          pictures and drawings under them are removed from a redacted copy, which
                          packets file; the original stays unchanged; prints what was done, each
                          area read from the page's top-left corner as typed
  build --case ID --preset detention-release-plan|detention-disclosure|detention-application|hc --format pdf[,docx] --out DIR
        [--max-bytes N] [--max-pages N] [--skip-bad-exhibits]
        [--labels page-of|p|bates [--bates-prefix APP- --bates-pad 6]] [--start N]
        [--dividers] [--number-cover] [--unnumbered-list]
                          write the packet volume(s) and manifest.json (pdf,docx adds a DOCX
                          of every generated document); prints the manifest path, and with
                          a pseudonym set, where the client's real name is left (realName)
  deadlines --case ID [--as-of ISO-INSTANT]
                          print every time limit: kind, legal due date, office target, citation, warnings
  render --case ID --doc KIND --lang en|fr --format pdf|docx --out FILE
        [--person ID] [--hearing ID] [--service ID] [--statement ID [--translation en|fr]] [--application ID] [--all-events]
                          print one generated document as PDF or DOCX; KIND is letter, timeline,
                          translator-declaration, translator-affidavit, translation-certificate,
                          statement-bilingual, statement-translation, statement-transcription,
                          interpreter-attestation,
                          release-plan, bondsperson-declaration, early-review-application,
                          interpreter-notice, proof-of-service, client-prep-sheet, privacy-application,
                          documents-application, witnesses-application, summons-application,
                          change-date-application, hc-submission, hc-letters-index or
                          hc-forms-checklist; --person picks the bondsperson, --hearing the
                          hearing, --service one service record, --statement the statement,
                          --translation which of its translations (its first by default),
                          --application the ID Rules application record; --all-events prints the
                          chronology's events not marked for filing too (counsel's copy)
  counsel set --json FILE | --name N --firm F --address "line 1|line 2" [--title T --phone P
        --email E --law-society S --law-society-number N]
                          set the counsel profile printed on letterheads and signatures
  counsel show            print the counsel profile
  timeline check --case ID [--as-of YYYY-MM-DD]
                          print the timeline's findings before filing; fails when any is an error
  hc check --case ID [--as-of YYYY-MM-DD]
                          print the H&C bar checks (result, citation, last day of a bar), the
                          evidence gaps, letters of support and forms; fails when barred
  handoff export --case ID --item ITEM_ID --out FILE --bundle-passphrase-env VAR [--lang en|fr]
                          write an encrypted translation request for one statement (its id) or
                          generated document (doc:KIND); only what the interpreter needs;
                          --lang picks the statement's translation it is for (its first by default)
  handoff respond REQUEST --bundle-passphrase-env VAR --translation-json FILE --out FILE
                          answer a request: FILE holds {translations, translator, declaration}
  handoff import FILE --bundle-passphrase-env VAR [--case ID] [--accept-changed-source]
                          attach a translated response to the case it was requested from; when
                          the original changed since, print the changes and attach nothing
                          unless --accept-changed-source is given

--passphrase-env names an environment variable that holds the passphrase,
so the passphrase never appears in the process list or shell history.
--recovery-code-env VAR opens the vault with the recovery code in VAR instead
(when the keychain or the passphrase is lost); vault init and vault passphrase
still need the passphrase.`;

const commandWords: Record<string, number> = {
  vault: 2,
  case: 2,
  exhibit: 2,
  build: 1,
  render: 1,
  counsel: 2,
  timeline: 2,
  handoff: 2,
  hc: 2,
};

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        vault: { type: 'string' },
        'passphrase-env': { type: 'string' },
        'recovery-code-env': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        case: { type: 'string' },
        title: { type: 'string' },
        date: { type: 'string' },
        preset: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'max-bytes': { type: 'string' },
        'max-pages': { type: 'string' },
        'skip-bad-exhibits': { type: 'boolean' },
        labels: { type: 'string' },
        'bates-prefix': { type: 'string' },
        'bates-pad': { type: 'string' },
        start: { type: 'string' },
        dividers: { type: 'boolean' },
        'number-cover': { type: 'boolean' },
        'unnumbered-list': { type: 'boolean' },
        doc: { type: 'string' },
        exhibit: { type: 'string' },
        statement: { type: 'string' },
        translation: { type: 'string' },
        'all-events': { type: 'boolean' },
        person: { type: 'string' },
        hearing: { type: 'string' },
        service: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'string' },
        name: { type: 'string' },
        firm: { type: 'string' },
        address: { type: 'string' },
        phone: { type: 'string' },
        email: { type: 'string' },
        'law-society': { type: 'string' },
        'law-society-number': { type: 'string' },
        'as-of': { type: 'string' },
        'new-passphrase-env': { type: 'string' },
        'backup-passphrase-env': { type: 'string' },
        to: { type: 'string' },
        item: { type: 'string' },
        'bundle-passphrase-env': { type: 'string' },
        'translation-json': { type: 'string' },
        'accept-changed-source': { type: 'boolean' },
        clean: { type: 'boolean' },
        paragraph: { type: 'string' },
        original: { type: 'string' },
        text: { type: 'string' },
        forum: { type: 'string' },
        region: { type: 'string' },
        irb: { type: 'string' },
        cbsa: { type: 'string' },
        ircc: { type: 'string' },
        fc: { type: 'string' },
        uci: { type: 'string' },
        member: { type: 'string' },
        'hearing-mode': { type: 'string' },
        'hearing-place': { type: 'string' },
        application: { type: 'string' },
        kind: { type: 'string' },
        status: { type: 'string' },
        filed: { type: 'string' },
        decided: { type: 'string' },
        decision: { type: 'string' },
        reason: { type: 'string' },
        ground: { type: 'string' },
        relief: { type: 'string' },
        language: { type: 'string' },
        dialect: { type: 'string' },
        'proposed-date': { type: 'string' },
        witness: { type: 'string' },
        served: { type: 'string' },
        'application-in-public': { type: 'boolean' },
        testimony: { type: 'string' },
        minutes: { type: 'string' },
        relationship: { type: 'string' },
        expert: { type: 'boolean' },
        'not-expert': { type: 'boolean' },
        qualifications: { type: 'string' },
        means: { type: 'string' },
        proceeding: { type: 'string' },
        number: { type: 'string' },
        label: { type: 'string' },
        note: { type: 'string' },
        'reserved-on': { type: 'string' },
        'received-on': { type: 'string' },
        clear: { type: 'boolean' },
        search: { type: 'string' },
        pattern: { type: 'string' },
        area: { type: 'string' },
        'all-pages': { type: 'boolean' },
        ranges: { type: 'string' },
        titles: { type: 'string' },
        bookmarks: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new DossierError('VALIDATION', error instanceof Error ? error.message : 'Bad arguments.');
  }
  const { values, positionals } = parsed;
  const head = positionals[0];
  const words = head === undefined ? 0 : (commandWords[head] ?? 1);
  const command = positionals.slice(0, words);
  if (values.help || command.length === 0) throw new DossierError('VALIDATION', 'No command given. Run dossier --help.');
  if (values.vault === undefined || values.vault === '') throw new DossierError('VALIDATION', 'Missing --vault DIR.');
  const recoveryCodeEnv = values['recovery-code-env'];
  if (recoveryCodeEnv !== undefined && values['passphrase-env'] !== undefined)
    throw new DossierError('VALIDATION', 'Give either --passphrase-env or --recovery-code-env, not both.');
  if (
    recoveryCodeEnv === '' ||
    (recoveryCodeEnv === undefined &&
      values['backup-passphrase-env'] === undefined &&
      (values['passphrase-env'] === undefined || values['passphrase-env'] === ''))
  )
    throw new DossierError('VALIDATION', 'Missing --passphrase-env VAR (the name of an environment variable holding the passphrase).');
  const { vault, 'passphrase-env': passphraseEnv = '', 'recovery-code-env': _recovery, help: _help, ...options } = values;
  return {
    command,
    vault,
    passphraseEnv,
    ...(recoveryCodeEnv === undefined ? {} : { recoveryCodeEnv }),
    positionals: positionals.slice(words),
    options,
  };
}

import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, SupportLetter } from '../../../src-main/core/model/case.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { buttonAfterMove } from '../../components/lists.ts';
import { OrderedRowActions } from '../../components/RowActions.tsx';
import { removeAt, replaceAt, type ErrorAt } from '../../case-edit/fields.ts';
import { newId } from '../../case-edit/ids.ts';
import { moveItem } from '../release-plan/coverage.ts';
import { ExhibitSelect } from '../../components/ExhibitPicker.tsx';
import { useFocusAfterRender } from '../../case-edit/focus.ts';
import { CheckField } from '../../components/inputs.tsx';
import { DateField } from '../../components/date/DateField.tsx';
import { personName } from '../../case-edit/people.ts';
import { CodePicker } from '../../components/CodePicker.tsx';
import { letterIds, letterTranslation, withAuthor } from './letters.ts';
import { newLetter, withLetterField, type HcUpdate } from './model.ts';
import { anchorId } from './paths.ts';
import { LetterTranslationNote } from './LetterTranslationNote.tsx';

export interface LettersSectionProps {
  readonly draft: Case;
  readonly update: HcUpdate;
  /** Problems under `hc`. */
  readonly errorAt: ErrorAt;
}

/**
 * The register of letters of support, in the order the index lists them: who wrote each (typed, or
 * a person in the case), their relationship to the client, the letter's language and translation,
 * its date and the exhibit that holds it.
 */
export function LettersSection({ draft, update, errorAt }: LettersSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const idBase = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const [announcement, setAnnouncement] = useState('');
  const letters = draft.hc.letters;
  const controlId = (id: string, control: string) => `${idBase}-${id}-${control}`;
  const set = (index: number, change: (letter: SupportLetter) => SupportLetter) =>
    update((hc) => {
      const current = hc.letters[index];
      return current ? { ...hc, letters: replaceAt(hc.letters, index, change(current)) } : hc;
    });

  const add = () => {
    const id = newId('ls', letterIds(draft));
    update((hc) => ({ ...hc, letters: [...hc.letters, newLetter(id)] }));
    focusAfterRender(() => document.getElementById(controlId(id, 'author')));
  };

  const move = (letter: SupportLetter, index: number, step: -1 | 1, label: string) => {
    update((hc) => ({ ...hc, letters: moveItem(hc.letters, index, step) }));
    const to = index + step;
    focusAfterRender(() => document.getElementById(controlId(letter.id, buttonAfterMove(to, letters.length, step))));
    setAnnouncement(t('hc.letters.moved', { letter: label, n: to + 1, total: letters.length }));
  };

  const people = [
    { value: '', label: t('hc.letters.authorNotInCase') },
    ...draft.people.map((p) => ({ value: p.id, label: personName(p) || t('hc.people.unnamed') })),
  ];
  const statements = [
    { value: '', label: t('hc.letters.noStatement') },
    ...draft.statements.map((s) => ({ value: s.id, label: s.title || t('hc.map.untitled') })),
  ];

  return (
    <section className="card form-section hc-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('hc.letters.title')}</h2>
      <p className="field-hint">{t('hc.letters.hint')}</p>
      {letters.length === 0 ? <p className="row-empty">{t('hc.letters.none')}</p> : null}
      <ol className="hc-letters">
        {letters.map((letter, index) => {
          const path = `hc.letters.${index}`;
          const at = (field: string) => errorAt(`letters.${index}.${field}`);
          const label = t('hc.letters.letterN', { n: index + 1 });
          const named = letter.authorName.trim() ? `${label} — ${letter.authorName.trim()}` : label;
          const authorOptions =
            letter.authorId !== undefined && !draft.people.some((p) => p.id === letter.authorId)
              ? [...people, { value: letter.authorId, label: t('hc.letters.authorMissing') }]
              : people;
          const statementOptions =
            letter.statementId !== undefined && !draft.statements.some((s) => s.id === letter.statementId)
              ? [...statements, { value: letter.statementId, label: t('hc.letters.statementMissing') }]
              : statements;
          return (
            <li key={letter.id}>
              <fieldset id={anchorId(path)} className="row-card hc-letter" data-testid="hc-letter">
                <legend>{named}</legend>
                <div className="row-body">
                  <div className="field-row">
                    <TextField
                      id={controlId(letter.id, 'author')}
                      label={t('hc.letters.authorName')}
                      value={letter.authorName}
                      onChange={(authorName) => set(index, (l) => ({ ...l, authorName }))}
                      error={at('authorName')}
                      checkInvisible
                      dir="auto"
                      required
                      size="medium"
                    />
                    <div id={anchorId(`${path}.authorId`)}>
                      <SelectField
                        label={t('hc.letters.authorPerson')}
                        value={letter.authorId ?? ''}
                        options={authorOptions}
                        onChange={(id) => set(index, (l) => withAuthor(l, draft.people, id === '' ? undefined : id))}
                        error={at('authorId')}
                        size="medium"
                      />
                    </div>
                    <TextField
                      label={t('hc.letters.relationship')}
                      value={letter.relationship}
                      onChange={(relationship) => set(index, (l) => ({ ...l, relationship }))}
                      error={at('relationship')}
                      dir="auto"
                      size="medium"
                    />
                  </div>
                  <div className="field-row align-end">
                    <CodePicker
                      kind="language"
                      label={t('hc.letters.lang')}
                      value={letter.lang}
                      onChange={(lang) => set(index, (l) => ({ ...l, lang }))}
                      error={at('lang')}
                      emptyNote={t('hc.letters.langHint')}
                      required
                      size="medium"
                    />
                    <div id={anchorId(`${path}.translated`)}>
                      <CheckField
                        label={t('hc.letters.translated')}
                        checked={letter.translated}
                        onChange={(translated) => set(index, (l) => ({ ...l, translated }))}
                        error={at('translated')}
                      />
                    </div>
                    <div id={anchorId(`${path}.statementId`)}>
                      <SelectField
                        label={t('hc.letters.statement')}
                        value={letter.statementId ?? ''}
                        options={statementOptions}
                        onChange={(id) => set(index, (l) => withLetterField(l, 'statementId', id))}
                        error={at('statementId')}
                        size="medium"
                      />
                      <LetterTranslationNote state={letterTranslation(letter, draft.statements)} />
                    </div>
                  </div>
                  <div className="field-row align-end">
                    <div id={anchorId(`${path}.date`)}>
                      <DateField
                        label={t('hc.letters.date')}
                        value={letter.date ?? ''}
                        onChange={(date) => set(index, (l) => withLetterField(l, 'date', date))}
                        error={at('date')}
                      />
                    </div>
                    <div id={anchorId(`${path}.exhibitId`)}>
                      <ExhibitSelect
                        label={t('hc.letters.exhibit')}
                        exhibits={draft.exhibits}
                        value={letter.exhibitId}
                        onChange={(id) => set(index, (l) => withLetterField(l, 'exhibitId', id))}
                        error={at('exhibitId')}
                      />
                    </div>
                  </div>
                </div>
                <OrderedRowActions
                  rowLabel={named}
                  buttonId={(button) => controlId(letter.id, button)}
                  index={index}
                  count={letters.length}
                  moveUpLabel={t('hc.letters.moveUp')}
                  moveDownLabel={t('hc.letters.moveDown')}
                  onMove={(step) => move(letter, index, step, named)}
                  onRemove={() => {
                    update((hc) => ({ ...hc, letters: removeAt(hc.letters, index) }));
                    focusAfterRender(() => addButton.current);
                  }}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite" data-testid="letters-announcement">
        {announcement}
      </p>
      <button ref={addButton} type="button" className="button add-row" onClick={add}>
        <span aria-hidden="true">+ </span>
        {t('hc.letters.add')}
      </button>
    </section>
  );
}

/** The length and person of a bio drafted from the profile: the popup's Bios tab and the options page's Bios. */
import { BIO_LENGTHS, type BioPerson } from '../lib/format/bio';

export function BioDraftControls(props: {
  words: number;
  person: BioPerson;
  onWords: (words: number) => void;
  onPerson: (person: BioPerson) => void;
  class?: string;
}) {
  return (
    <div class={props.class ?? 'row'}>
      <label>
        Length{' '}
        <select value={String(props.words)} onChange={(e) => props.onWords(Number(e.currentTarget.value))}>
          {BIO_LENGTHS.map((n) => (
            <option key={n} value={String(n)}>
              about {n} words
            </option>
          ))}
        </select>
      </label>
      <label>
        Person{' '}
        <select
          value={props.person}
          onChange={(e) => props.onPerson(e.currentTarget.value === 'first' ? 'first' : 'third')}
        >
          <option value="third">third</option>
          <option value="first">first</option>
        </select>
      </label>
    </div>
  );
}

/** Names, emails, phones and postal address: the facts almost every form asks for. */
import { EMAIL_KINDS, PHONE_KINDS, type Address, type Name } from '../../lib/profile/schema';
import { validateEmail, validatePhone, requireText } from '../../lib/profile/validate';
import { useOptionsStore } from '../../stores/options';
import { ListEditor } from './ListEditor';
import { RecordFields, type FieldSpec } from './RecordFields';
import { CheckboxField, SelectField, TextField } from './fields';

const NAME_FIELDS: FieldSpec<Name>[] = [
  { key: 'honorific', label: 'Title (Dr., Prof.)', kind: 'text' },
  { key: 'given', label: 'Given name', kind: 'text' },
  { key: 'middle', label: 'Middle name', kind: 'text' },
  { key: 'family', label: 'Family name', kind: 'text' },
  { key: 'full', label: 'Full name as written', kind: 'text' },
  { key: 'preferred', label: 'Preferred name', kind: 'text' },
  { key: 'native', label: 'Name in native script', kind: 'text' },
  { key: 'pronouns', label: 'Pronouns', kind: 'text' },
];

const ADDRESS_FIELDS: FieldSpec<Address>[] = [
  { key: 'lines', label: 'Street address', kind: 'lines', hint: 'One line per line of the address' },
  { key: 'city', label: 'City', kind: 'text' },
  { key: 'region', label: 'State / region', kind: 'text' },
  { key: 'postalCode', label: 'Postal code', kind: 'text' },
  { key: 'country', label: 'Country', kind: 'country', hint: 'Two-letter code: GB, HK, US' },
];

/**
 * E.164 when the number can be read (with a + prefix), so forms with a country-code box can be filled.
 * libphonenumber is loaded on first use: it is most of the page's code and only phones need it.
 */
export async function toE164(raw: string): Promise<string | undefined> {
  const { parsePhoneNumberFromString } = await import('libphonenumber-js');
  const parsed = parsePhoneNumberFromString(raw);
  return parsed?.isPossible() ? parsed.number : undefined;
}

export function BasicsEditor() {
  const name = useOptionsStore((s) => s.profile?.name);
  const address = useOptionsStore((s) => s.profile?.address);
  const { updateProfile, updateItem } = useOptionsStore.getState();

  return (
    <>
      <section aria-labelledby="name-title">
        <h3 id="name-title">Name</h3>
        <RecordFields
          item={name ?? {}}
          fields={NAME_FIELDS}
          onChange={(patch) => updateProfile((p) => ({ ...p, name: { ...p.name, ...patch } }))}
        />
      </section>

      <ListEditor
        section="emails"
        title="Emails"
        noun="email"
        itemLabel={(email) => email.address}
        newItem={() => ({ address: '', kind: 'academic', primary: false })}
        renderItem={(email, index) => (
          <div class="field-grid">
            <TextField
              label="Email address"
              type="email"
              value={email.address}
              validate={validateEmail}
              warning={requireText(email.address, 'The address')}
              onCommit={(v) => updateItem('emails', index, { address: v ?? '' })}
            />
            <SelectField
              label="Kind"
              value={email.kind}
              options={EMAIL_KINDS}
              onChange={(v) => updateItem('emails', index, { kind: v ?? 'other' })}
            />
            <CheckboxField
              label="Primary"
              checked={email.primary}
              onChange={(primary) =>
                updateProfile((p) => ({
                  ...p,
                  emails: p.emails.map((e, i) => ({
                    ...e,
                    primary: i === index ? primary : primary ? false : e.primary,
                  })),
                }))
              }
            />
          </div>
        )}
      />

      <ListEditor
        section="phones"
        title="Phones"
        noun="phone"
        itemLabel={(phone) => phone.raw}
        newItem={() => ({ raw: '', kind: 'mobile', primary: false })}
        renderItem={(phone, index) => (
          <div class="field-grid">
            <TextField
              label="Phone number"
              type="tel"
              value={phone.raw}
              validate={validatePhone}
              hint={phone.e164 ? `Stored as ${phone.e164}` : 'With the country code, e.g. +44 20 7946 0958'}
              onCommit={(v) => {
                const raw = v ?? '';
                updateItem('phones', index, { raw, e164: undefined });
                void toE164(raw).then((e164) => {
                  // Only if the number was not edited again meanwhile.
                  if (useOptionsStore.getState().profile?.phones[index]?.raw === raw)
                    updateItem('phones', index, { e164 });
                });
              }}
            />
            <SelectField
              label="Kind"
              value={phone.kind}
              options={PHONE_KINDS}
              onChange={(v) => updateItem('phones', index, { kind: v ?? 'other' })}
            />
            <CheckboxField
              label="Primary"
              checked={phone.primary}
              onChange={(primary) =>
                updateProfile((p) => ({
                  ...p,
                  phones: p.phones.map((e, i) => ({
                    ...e,
                    primary: i === index ? primary : primary ? false : e.primary,
                  })),
                }))
              }
            />
          </div>
        )}
      />

      <section aria-labelledby="address-title">
        <h3 id="address-title">Postal address</h3>
        <RecordFields
          item={address ?? { lines: [] }}
          fields={ADDRESS_FIELDS}
          onChange={(patch) => updateProfile((p) => ({ ...p, address: { ...p.address, ...patch } }))}
        />
      </section>
    </>
  );
}

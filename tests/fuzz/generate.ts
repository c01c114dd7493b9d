/**
 * Seeded generator of random forms for fuzzing the fill pipeline (collector → engine → filler).
 *
 * One seed gives one page: a few blocks of fields, each block in the document, an open or closed shadow root, or an
 * iframe (same-origin, cross-origin or sandboxed), laid out as divs, a table, a fieldset or a definition list, nested
 * at random depth; a shadow root may sit inside another. Fields carry labels in random places (label[for] before or
 * after the field, wrapping label, aria-label, aria-labelledby, placeholder, title, preceding text, table cell, dt)
 * and languages (en, zh, de, fr, es); some are traps (hidden, type=hidden, off-screen, covered, disabled, read-only,
 * inert…), some are prefilled, some are fields Vitae must never write (password, card, captcha, consent), some have
 * odd input types (color, range, week, file, upper-case or unknown type names…), duplicate ids or thousands of
 * options.
 *
 * The model (`FuzzPage`) is the ground truth the invariants are checked against; `renderPage`/`renderFrame` turn it
 * into HTML for real browsers and `describeFrame` into the PageDescription the collector would produce, for the
 * engine alone in Node. Everything derives from the seed through one PRNG (mulberry32), so a seed replays exactly.
 */
import type { FieldControl, FieldDescriptor, FieldOption, PageDescription } from '../../lib/engine/types';

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** Pick by weight: [[item, weight], …]. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted() needs at least one item');
    return last[0];
  }
}

export const LANGS = ['en', 'zh', 'de', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** What a field really is: the generator's ground truth. */
export type Role =
  /** Asks for a profile fact: Vitae may fill it with a value derived from the profile. */
  | { kind: 'fact'; fact: string }
  /** Vitae must never write it, whatever its label says. */
  | { kind: 'forbidden'; what: 'password' | 'card' | 'cvc' | 'expiry' | 'captcha' | 'consent' | 'newsletter' }
  /** Not about the profile: any write must still be a value derived from the profile. */
  | { kind: 'neutral'; what: string };

export type Trap =
  | 'display-none'
  | 'visibility-hidden'
  | 'opacity'
  | 'offscreen'
  | 'outside-document'
  | 'tiny'
  | 'clipped'
  | 'covered'
  | 'hidden-attribute'
  | 'collapsed-ancestor'
  | 'closed-details'
  | 'aria-hidden'
  | 'inert'
  | 'disabled'
  | 'disabled-fieldset'
  | 'readonly'
  /** An <input type=hidden> carrying the field's name: invisible by type, never to be written. */
  | 'type-hidden';

export type Placement =
  | 'label-for'
  /** <label for> after the field (checkbox style). */
  | 'label-after'
  | 'label-wrap'
  | 'aria-label'
  | 'aria-labelledby'
  | 'placeholder'
  | 'title'
  | 'preceding'
  | 'table-cell'
  | 'dt'
  | 'none';

export type Widget =
  | { tag: 'input'; type: string }
  | { tag: 'textarea' }
  | { tag: 'select'; options: GenOption[]; multiple?: boolean }
  | { tag: 'radio'; options: GenOption[] }
  | { tag: 'checkbox' }
  | { tag: 'contenteditable' };

/** An option with what it means, so the oracle can tell whether choosing it agrees with the profile. */
export interface GenOption {
  value: string;
  text: string;
  /** e.g. 'country:GB', 'degree:phd', 'honorific:dr'; undefined for filler options that mean nothing. */
  meaning?: string;
}

export interface GenField {
  /** Unique per page: the `data-fz` attribute. */
  key: string;
  role: Role;
  widget: Widget;
  name: string;
  htmlId: string;
  label: string;
  lang: Lang;
  placement: Placement;
  autocomplete: string;
  trap: Trap | null;
  /** Value present before the fill (text), or the option value selected / radio checked. */
  prefill: string;
  required: boolean;
}

export type Container =
  'document' | 'open-shadow' | 'closed-shadow' | 'iframe' | 'cross-origin-iframe' | 'sandboxed-iframe';
export type Layout = 'divs' | 'table' | 'fieldset' | 'dl' | 'grid';

export interface GenBlock {
  index: number;
  container: Container;
  layout: Layout;
  /** Wrapper elements around the block. */
  depth: number;
  heading: string;
  inForm: boolean;
  /** For shadow containers: a second shadow root (open or closed) inside the first. */
  innerShadow?: 'open' | 'closed';
  fields: GenField[];
}

export interface FuzzPage {
  seed: number;
  lang: Lang;
  title: string;
  blocks: GenBlock[];
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

type Labels = Record<Lang, readonly string[]>;

interface FactSpec {
  fact: string;
  labels: Labels;
  names: readonly string[];
  autocomplete?: readonly string[];
  widgets: readonly (() => Widget)[];
}

const text =
  (type = 'text') =>
  (): Widget => ({ tag: 'input', type });

const COUNTRY_CODES = [
  'GB',
  'US',
  'CA',
  'DE',
  'FR',
  'ES',
  'CN',
  'JP',
  'IN',
  'BR',
  'AU',
  'NL',
  'IT',
  'CH',
  'SE',
] as const;
const COUNTRY_NAMES: Record<(typeof COUNTRY_CODES)[number], string> = {
  GB: 'United Kingdom',
  US: 'United States',
  CA: 'Canada',
  DE: 'Germany',
  FR: 'France',
  ES: 'Spain',
  CN: 'China',
  JP: 'Japan',
  IN: 'India',
  BR: 'Brazil',
  AU: 'Australia',
  NL: 'Netherlands',
  IT: 'Italy',
  CH: 'Switzerland',
  SE: 'Sweden',
};

function countryOptions(rng: Rng): GenOption[] {
  const placeholder: GenOption[] = rng.chance(0.7)
    ? [{ value: '', text: rng.pick(['Select…', '--', '请选择', 'Bitte wählen']) }]
    : [];
  const byName = rng.chance(0.5);
  const options: GenOption[] = COUNTRY_CODES.map((code) => ({
    value: byName ? COUNTRY_NAMES[code] : code,
    text: COUNTRY_NAMES[code],
    meaning: `country:${code}`,
  }));
  // Sometimes a huge list: thousands of filler entries that mean nothing, around the real ones.
  if (rng.chance(0.15)) {
    const filler = rng.int(1000, 4000);
    for (let i = 0; i < filler; i += 1) options.push({ value: `zz-${i}`, text: `Territory ${i}` });
  }
  return [...placeholder, ...options];
}

function degreeOptions(rng: Rng): GenOption[] {
  return [
    ...(rng.chance(0.6) ? [{ value: '', text: '—' }] : []),
    { value: 'bsc', text: rng.pick(['B.Sc.', 'Bachelor', 'BSc']), meaning: 'degree:bachelor' },
    { value: 'msc', text: rng.pick(['M.Sc.', 'Master', 'MSc']), meaning: 'degree:master' },
    { value: 'phd', text: rng.pick(['Ph.D.', 'PhD', 'Doctorate']), meaning: 'degree:phd' },
    { value: 'other', text: 'Other' },
  ];
}

function honorificOptions(rng: Rng): GenOption[] {
  const all: GenOption[] = [
    { value: 'dr', text: 'Dr.', meaning: 'honorific:dr' },
    { value: 'prof', text: 'Prof.', meaning: 'honorific:prof' },
    { value: 'mr', text: 'Mr' },
    { value: 'ms', text: 'Ms' },
  ];
  return rng.chance(0.5) ? all : [...all].reverse();
}

function yearOptions(rng: Rng): GenOption[] {
  const huge = rng.chance(0.3);
  const from = huge ? 1000 : 1950;
  const to = huge ? 4999 : 2030;
  const out: GenOption[] = [{ value: '', text: 'Year' }];
  for (let y = to; y >= from; y -= 1) out.push({ value: String(y), text: String(y), meaning: `year:${y}` });
  return out;
}

const FACTS: readonly FactSpec[] = [
  {
    fact: 'name.given',
    labels: { en: ['First name', 'Given name'], zh: ['名'], de: ['Vorname'], fr: ['Prénom'], es: ['Nombre'] },
    names: ['firstName', 'first_name', 'fname', 'given'],
    autocomplete: ['given-name'],
    widgets: [text()],
  },
  {
    fact: 'name.family',
    labels: {
      en: ['Last name', 'Surname', 'Family name'],
      zh: ['姓'],
      de: ['Nachname'],
      fr: ['Nom de famille'],
      es: ['Apellidos'],
    },
    names: ['lastName', 'last_name', 'lname', 'surname'],
    autocomplete: ['family-name'],
    widgets: [text()],
  },
  {
    fact: 'name.full',
    labels: {
      en: ['Full name', 'Name'],
      zh: ['姓名'],
      de: ['Vollständiger Name'],
      fr: ['Nom complet'],
      es: ['Nombre completo'],
    },
    names: ['name', 'fullName', 'full_name'],
    autocomplete: ['name'],
    widgets: [text()],
  },
  {
    fact: 'name.honorific',
    labels: {
      en: ['Title', 'Salutation'],
      zh: ['称谓'],
      de: ['Anrede', 'Titel'],
      fr: ['Civilité'],
      es: ['Tratamiento'],
    },
    names: ['title', 'salutation', 'honorific'],
    autocomplete: ['honorific-prefix'],
    widgets: [() => ({ tag: 'radio', options: [] }), text()],
  },
  {
    fact: 'email',
    labels: {
      en: ['Email', 'Email address', 'E-mail'],
      zh: ['电子邮箱', '邮箱'],
      de: ['E-Mail-Adresse'],
      fr: ['Adresse e-mail', 'Courriel'],
      es: ['Correo electrónico'],
    },
    names: ['email', 'mail', 'emailAddress', 'contact_email'],
    autocomplete: ['email'],
    widgets: [text('email'), text()],
  },
  {
    fact: 'phone',
    labels: {
      en: ['Phone', 'Telephone', 'Mobile'],
      zh: ['电话', '手机'],
      de: ['Telefonnummer'],
      fr: ['Téléphone'],
      es: ['Teléfono'],
    },
    names: ['phone', 'tel', 'telephone', 'mobile'],
    autocomplete: ['tel'],
    widgets: [text('tel'), text()],
  },
  {
    fact: 'address.line1',
    labels: { en: ['Street address', 'Address'], zh: ['地址'], de: ['Straße'], fr: ['Adresse'], es: ['Dirección'] },
    names: ['address1', 'street', 'addr'],
    autocomplete: ['address-line1'],
    widgets: [text()],
  },
  {
    fact: 'address.city',
    labels: { en: ['City', 'Town'], zh: ['城市'], de: ['Stadt', 'Ort'], fr: ['Ville'], es: ['Ciudad'] },
    names: ['city', 'town'],
    autocomplete: ['address-level2'],
    widgets: [text()],
  },
  {
    fact: 'address.postalCode',
    labels: {
      en: ['Postal code', 'ZIP code', 'Postcode'],
      zh: ['邮政编码'],
      de: ['Postleitzahl', 'PLZ'],
      fr: ['Code postal'],
      es: ['Código postal'],
    },
    names: ['zip', 'postcode', 'postal_code'],
    autocomplete: ['postal-code'],
    widgets: [text()],
  },
  {
    fact: 'address.country',
    labels: { en: ['Country'], zh: ['国家'], de: ['Land'], fr: ['Pays'], es: ['País'] },
    names: ['country', 'country_code'],
    autocomplete: ['country', 'country-name'],
    widgets: [() => ({ tag: 'select', options: [] }), text()],
  },
  {
    fact: 'position.institution',
    labels: {
      en: ['Institution', 'Affiliation', 'Organization'],
      zh: ['单位', '所在机构'],
      de: ['Einrichtung', 'Institution'],
      fr: ['Établissement', 'Affiliation'],
      es: ['Institución'],
    },
    names: ['institution', 'affiliation', 'org', 'organization'],
    autocomplete: ['organization'],
    widgets: [text()],
  },
  {
    fact: 'position.title',
    labels: {
      en: ['Current position', 'Job title'],
      zh: ['职位', '职称'],
      de: ['Position'],
      fr: ['Poste actuel'],
      es: ['Cargo'],
    },
    names: ['position', 'jobTitle', 'title'],
    autocomplete: ['organization-title'],
    widgets: [text()],
  },
  {
    fact: 'homepage',
    labels: { en: ['Homepage', 'Website'], zh: ['个人主页'], de: ['Webseite'], fr: ['Site web'], es: ['Página web'] },
    names: ['homepage', 'website', 'url'],
    autocomplete: ['url'],
    widgets: [text('url'), text()],
  },
  {
    fact: 'orcid.id',
    labels: { en: ['ORCID iD', 'ORCID'], zh: ['ORCID'], de: ['ORCID-iD'], fr: ['Identifiant ORCID'], es: ['ORCID'] },
    names: ['orcid', 'orcid_id'],
    widgets: [text()],
  },
  {
    fact: 'research.interests',
    labels: {
      en: ['Research interests', 'Areas of expertise'],
      zh: ['研究兴趣', '研究方向'],
      de: ['Forschungsinteressen'],
      fr: ['Intérêts de recherche'],
      es: ['Intereses de investigación'],
    },
    names: ['interests', 'research_areas', 'expertise'],
    widgets: [() => ({ tag: 'textarea' }), () => ({ tag: 'contenteditable' }), text()],
  },
  {
    fact: 'degree.level',
    labels: {
      en: ['Highest degree'],
      zh: ['最高学位'],
      de: ['Höchster Abschluss'],
      fr: ['Diplôme le plus élevé'],
      es: ['Título más alto'],
    },
    names: ['degree', 'highest_degree'],
    widgets: [() => ({ tag: 'select', options: [] })],
  },
  {
    fact: 'degree.year',
    labels: {
      en: ['Year of PhD', 'Graduation year'],
      zh: ['博士毕业年份'],
      de: ['Jahr der Promotion'],
      fr: ["Année d'obtention du doctorat"],
      es: ['Año de doctorado'],
    },
    names: ['phd_year', 'grad_year', 'year'],
    widgets: [text('number'), () => ({ tag: 'select', options: [] }), text()],
  },
  {
    fact: 'position.start',
    labels: { en: ['Start date'], zh: ['开始日期'], de: ['Beginn'], fr: ['Date de début'], es: ['Fecha de inicio'] },
    names: ['start', 'start_date', 'from'],
    widgets: [text('month'), text('date'), text()],
  },
];

interface ForbiddenSpec {
  what: Extract<Role, { kind: 'forbidden' }>['what'];
  labels: Labels;
  names: readonly string[];
  autocomplete?: readonly string[];
  widgets: readonly (() => Widget)[];
}

const FORBIDDEN: readonly ForbiddenSpec[] = [
  {
    what: 'password',
    labels: {
      en: ['Password', 'Confirm password'],
      zh: ['密码', '确认密码'],
      de: ['Passwort', 'Kennwort'],
      fr: ['Mot de passe'],
      es: ['Contraseña'],
    },
    names: ['password', 'pass', 'pwd', 'password2'],
    autocomplete: ['new-password', 'current-password'],
    widgets: [text('password'), text('password'), text('password'), text()],
  },
  {
    what: 'card',
    labels: {
      en: ['Card number', 'Credit card'],
      zh: ['卡号', '信用卡号'],
      de: ['Kartennummer'],
      fr: ['Numéro de carte'],
      es: ['Número de tarjeta'],
    },
    names: ['cardnumber', 'cc_number', 'card'],
    autocomplete: ['cc-number'],
    widgets: [text(), text('tel')],
  },
  {
    what: 'cvc',
    labels: {
      en: ['CVC', 'Security code (CVV)'],
      zh: ['安全码'],
      de: ['Prüfziffer (CVC)'],
      fr: ['Cryptogramme (CVV)'],
      es: ['Código de seguridad (CVV)'],
    },
    names: ['cvc', 'cvv', 'cc_csc'],
    autocomplete: ['cc-csc'],
    widgets: [text(), text('password')],
  },
  {
    what: 'expiry',
    labels: {
      en: ['Expiry date (MM/YY)'],
      zh: ['有效期'],
      de: ['Ablaufdatum'],
      fr: ["Date d'expiration"],
      es: ['Fecha de caducidad'],
    },
    names: ['exp', 'cc_exp', 'expiry'],
    autocomplete: ['cc-exp'],
    widgets: [text(), text('month')],
  },
  {
    what: 'captcha',
    labels: {
      en: ['Enter the characters shown', 'Captcha', 'Verification code'],
      zh: ['验证码'],
      de: ['Sicherheitscode eingeben'],
      fr: ['Saisissez les caractères affichés'],
      es: ['Introduzca los caracteres'],
    },
    names: ['captcha', 'captcha_code', 'verify'],
    widgets: [text()],
  },
  {
    what: 'consent',
    labels: {
      en: ['I agree to the terms and conditions', 'I accept the privacy policy'],
      zh: ['我同意服务条款'],
      de: ['Ich stimme den AGB zu'],
      fr: ["J'accepte les conditions générales"],
      es: ['Acepto los términos y condiciones'],
    },
    names: ['terms', 'consent', 'agree', 'gdpr'],
    widgets: [() => ({ tag: 'checkbox' })],
  },
  {
    what: 'newsletter',
    labels: {
      en: ['Subscribe to our newsletter'],
      zh: ['订阅新闻简报'],
      de: ['Newsletter abonnieren'],
      fr: ['Recevoir la newsletter'],
      es: ['Suscribirse al boletín'],
    },
    names: ['newsletter', 'optin'],
    widgets: [() => ({ tag: 'checkbox' })],
  },
];

interface NeutralSpec {
  what: string;
  labels: Labels;
  widgets: readonly (() => Widget)[];
}

const NEUTRAL: readonly NeutralSpec[] = [
  {
    what: 'comments',
    labels: { en: ['Comments'], zh: ['备注'], de: ['Anmerkungen'], fr: ['Commentaires'], es: ['Comentarios'] },
    widgets: [() => ({ tag: 'textarea' })],
  },
  {
    what: 'colour',
    labels: {
      en: ['Favourite colour'],
      zh: ['喜欢的颜色'],
      de: ['Lieblingsfarbe'],
      fr: ['Couleur préférée'],
      es: ['Color favorito'],
    },
    widgets: [text('color')],
  },
  {
    what: 'guests',
    labels: {
      en: ['Number of guests'],
      zh: ['人数'],
      de: ['Anzahl der Gäste'],
      fr: ["Nombre d'invités"],
      es: ['Número de invitados'],
    },
    widgets: [text('number'), text('range')],
  },
  {
    what: 'time',
    labels: {
      en: ['Preferred time'],
      zh: ['首选时间'],
      de: ['Uhrzeit'],
      fr: ['Heure souhaitée'],
      es: ['Hora preferida'],
    },
    widgets: [text('time'), text('week'), text('datetime-local')],
  },
  {
    what: 'search',
    labels: { en: ['Search'], zh: ['搜索'], de: ['Suche'], fr: ['Rechercher'], es: ['Buscar'] },
    widgets: [text('search')],
  },
  {
    what: 'attachment',
    labels: { en: ['Attachment'], zh: ['附件'], de: ['Anhang'], fr: ['Pièce jointe'], es: ['Adjunto'] },
    widgets: [text('file')],
  },
  {
    what: 'referral',
    labels: {
      en: ['How did you hear about us?'],
      zh: ['您是如何得知我们的?'],
      de: ['Wie haben Sie von uns erfahren?'],
      fr: ['Comment nous avez-vous connus ?'],
      es: ['¿Cómo nos conoció?'],
    },
    widgets: [
      () => ({
        tag: 'select',
        options: [
          { value: '', text: '' },
          { value: 'web', text: 'Web' },
          { value: 'friend', text: 'Friend' },
          { value: 'journal', text: 'Journal advert' },
        ],
      }),
    ],
  },
  {
    what: 'misc',
    labels: { en: ['Field 7', 'Other'], zh: ['其他'], de: ['Sonstiges'], fr: ['Autre'], es: ['Otro'] },
    widgets: [text(), text('checkbox')],
  },
];

const HEADINGS: Labels = {
  en: ['Personal details', 'Contact', 'Your application', 'Account', 'Payment', 'Academic record'],
  zh: ['个人信息', '联系方式', '申请信息', '账户'],
  de: ['Persönliche Angaben', 'Kontakt', 'Bewerbung', 'Konto'],
  fr: ['Informations personnelles', 'Coordonnées', 'Candidature', 'Compte'],
  es: ['Datos personales', 'Contacto', 'Solicitud', 'Cuenta'],
};

const TRAPS: readonly (readonly [Trap, number])[] = [
  ['display-none', 3],
  ['visibility-hidden', 2],
  ['opacity', 2],
  ['offscreen', 3],
  ['outside-document', 1],
  ['tiny', 2],
  ['clipped', 2],
  ['covered', 2],
  ['hidden-attribute', 2],
  ['collapsed-ancestor', 1],
  ['closed-details', 1],
  ['aria-hidden', 1],
  ['inert', 1],
  ['disabled', 2],
  ['disabled-fieldset', 1],
  ['readonly', 2],
];

// Neutral ids only: a captcha with id="email" would test the page author, not Vitae.
const SHARED_IDS = ['field', 'input1', 'q', 'f1', 'answer'];

// ---------------------------------------------------------------------------------------------------------------
// Generation

function makeField(rng: Rng, key: string, lang: Lang, layout: Layout): GenField {
  const category = rng.weighted([
    ['fact', 6],
    ['forbidden', 2.5],
    ['neutral', 1.5],
  ] as const);
  let role: Role;
  let labels: Labels;
  let names: readonly string[];
  let autocomplete: readonly string[] = [];
  let widget: Widget;
  if (category === 'fact') {
    const spec = rng.pick(FACTS);
    role = { kind: 'fact', fact: spec.fact };
    labels = spec.labels;
    names = spec.names;
    autocomplete = spec.autocomplete ?? [];
    widget = rng.pick(spec.widgets)();
  } else if (category === 'forbidden') {
    const spec = rng.pick(FORBIDDEN);
    role = { kind: 'forbidden', what: spec.what };
    labels = spec.labels;
    names = spec.names;
    autocomplete = spec.autocomplete ?? [];
    widget = rng.pick(spec.widgets)();
  } else {
    const spec = rng.pick(NEUTRAL);
    role = { kind: 'neutral', what: spec.what };
    labels = spec.labels;
    names = [spec.what, `q_${rng.int(1, 99)}`];
    widget = rng.pick(spec.widgets)();
  }
  if (widget.tag === 'input' && widget.type === 'checkbox') widget = { tag: 'checkbox' };
  // Fill option lists by what the field asks.
  if (widget.tag === 'select' && widget.options.length === 0) {
    const fact = role.kind === 'fact' ? role.fact : '';
    widget = {
      tag: 'select',
      options:
        fact === 'address.country'
          ? countryOptions(rng)
          : fact === 'degree.year'
            ? yearOptions(rng)
            : degreeOptions(rng),
    };
  }
  if (widget.tag === 'radio') widget = { tag: 'radio', options: honorificOptions(rng) };

  const langLabels = labels[lang];
  const label = rng.pick(langLabels.length > 0 ? langLabels : labels.en);
  const placement: Placement =
    widget.tag === 'radio'
      ? rng.pick(['preceding', 'table-cell', 'dt'] as const)
      : layout === 'table'
        ? rng.weighted([
            ['table-cell', 6],
            ['label-for', 1],
            ['placeholder', 1],
          ] as const)
        : layout === 'dl'
          ? rng.weighted([
              ['dt', 5],
              ['aria-label', 1],
            ] as const)
          : rng.weighted([
              ['label-for', 4],
              ['label-wrap', 2],
              ['aria-label', 1],
              ['aria-labelledby', 1],
              ['placeholder', 1],
              ['title', 0.5],
              ['preceding', 2],
              ['none', 0.5],
            ] as const);

  // A field must say what it is somewhere: an unlabelled one keeps a telling name.
  const name = placement === 'none' || rng.chance(0.8) ? rng.pick(names) : `field_${rng.int(1, 999)}`;
  const htmlId = rng.chance(0.15) ? rng.pick(SHARED_IDS) : rng.chance(0.7) ? `${name}-${key}` : '';
  const trap = rng.chance(0.18) ? rng.weighted(TRAPS) : null;

  let prefill = '';
  if (rng.chance(0.12)) {
    if (widget.tag === 'select') {
      const real = widget.options.filter((o, i) => i > 0 && o.value !== '');
      if (real.length > 0) prefill = rng.pick(real).value;
    } else if (widget.tag === 'radio') {
      prefill = rng.pick(widget.options).value;
    } else if (widget.tag === 'checkbox') {
      prefill = 'on';
    } else if (widget.tag === 'contenteditable' || widget.tag === 'textarea') {
      prefill = `kept by the page ${key}`;
    } else if (widget.tag === 'input' && ['text', 'email', 'tel', 'url', 'search', 'password'].includes(widget.type)) {
      prefill =
        widget.type === 'email'
          ? `kept-${key}@page.example`
          : widget.type === 'url'
            ? `https://kept.example/${key}`
            : `kept-${key}`;
    }
  }
  return {
    key,
    role,
    widget,
    name,
    htmlId,
    label,
    lang,
    placement,
    autocomplete: autocomplete.length > 0 && rng.chance(0.35) ? rng.pick(autocomplete) : rng.chance(0.05) ? 'off' : '',
    trap,
    prefill,
    required: rng.chance(0.3),
  };
}

export function generatePage(seed: number): FuzzPage {
  const rng = new Rng(seed);
  const lang = rng.pick(LANGS);
  const blocks: GenBlock[] = [];
  const blockCount = rng.int(1, 5);
  let keyCounter = 0;
  for (let b = 0; b < blockCount; b += 1) {
    const container = rng.weighted([
      ['document', 10],
      ['open-shadow', 2],
      ['closed-shadow', 2],
      ['iframe', 2],
      ['cross-origin-iframe', 1],
      ['sandboxed-iframe', 1],
    ] as const);
    const layout = rng.weighted([
      ['divs', 4],
      ['table', 2],
      ['fieldset', 1],
      ['dl', 1],
      ['grid', 1],
    ] as const);
    // Mixed languages on one page happen (bilingual forms).
    const blockLang = rng.chance(0.2) ? rng.pick(LANGS) : lang;
    const fields: GenField[] = [];
    const fieldCount = rng.int(1, 12);
    for (let f = 0; f < fieldCount; f += 1) {
      keyCounter += 1;
      fields.push(makeField(rng, `s${seed}k${keyCounter}`, blockLang, layout));
    }
    blocks.push({
      index: b,
      container,
      layout,
      depth: rng.int(0, 6),
      heading: rng.pick(HEADINGS[blockLang]),
      inForm: rng.chance(0.7),
      fields,
    });
  }
  const page: FuzzPage = { seed, lang, title: `Fuzz form ${seed}`, blocks };
  addVariety(page, new Rng((seed ^ 0x5eed5eed) >>> 0));
  return page;
}

/** Input types a browser knows; any other `type` attribute gives a text box. */
const HTML_INPUT_TYPES = new Set(
  'button checkbox color date datetime-local email file hidden image month number password radio range reset search submit tel text time url week'.split(
    ' ',
  ),
);

/** What `input.type` reports for a type attribute: lower case, and "text" for a type the browser does not know. */
export function domInputType(type: string): string {
  const lower = type.toLowerCase();
  return HTML_INPUT_TYPES.has(lower) ? lower : 'text';
}

/**
 * More of the issue's list, drawn from a second stream of the seed so that the pages of earlier seeds keep their
 * first-stream shape: nested shadow roots, labels after the field, type=hidden twins of fields, and type attributes
 * in upper case or unknown to the browser.
 */
function addVariety(page: FuzzPage, rng: Rng): void {
  for (const block of page.blocks) {
    if ((block.container === 'open-shadow' || block.container === 'closed-shadow') && rng.chance(0.4))
      block.innerShadow = rng.chance(0.5) ? 'open' : 'closed';
    for (const field of block.fields) {
      const w = field.widget;
      if (field.placement === 'label-for' && field.htmlId && rng.chance(0.2)) field.placement = 'label-after';
      if (w.tag !== 'input' || !['text', 'email', 'tel', 'url', 'search', 'number'].includes(w.type)) continue;
      if (field.trap === null && rng.chance(0.04)) {
        field.trap = 'type-hidden';
        field.widget = { tag: 'input', type: 'hidden' };
        if (!field.prefill) field.prefill = rng.pick(['', `token-${field.key}`]);
      } else if (rng.chance(0.05)) {
        field.widget = { tag: 'input', type: rng.pick([w.type.toUpperCase(), 'textfield', 'string', 'fancy']) };
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function attrs(list: Record<string, string | boolean | undefined>): string {
  return Object.entries(list)
    .filter(([, v]) => v !== undefined && v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(String(v))}"`))
    .join('');
}

function trapStyle(
  trap: Trap | null,
  widget: Widget,
): {
  field: string;
  wrapper: string;
  wrapperAttrs: string;
  fieldAttrs: Record<string, string | boolean>;
} {
  const none = { field: '', wrapper: '', wrapperAttrs: '', fieldAttrs: {} };
  const textLike =
    widget.tag === 'textarea' ||
    (widget.tag === 'input' && !['checkbox', 'radio', 'file', 'color', 'range'].includes(widget.type));
  switch (trap) {
    case null:
      return none;
    case 'display-none':
      return { ...none, field: 'display:none' };
    case 'visibility-hidden':
      return { ...none, wrapper: 'visibility:hidden' };
    case 'opacity':
      return { ...none, field: 'opacity:0.02' };
    case 'offscreen':
      return { ...none, wrapper: 'position:absolute;left:-10000px;top:0' };
    case 'outside-document':
      return { ...none, wrapper: 'position:absolute;top:-5000px;left:0' };
    case 'tiny':
      return { ...none, field: 'width:1px;height:1px;padding:0;border:0;min-width:0;min-height:0' };
    case 'clipped':
      return {
        ...none,
        wrapper: 'position:absolute;clip:rect(0 0 0 0);clip-path:inset(50%);width:1px;height:1px;overflow:hidden',
      };
    case 'covered':
      return { ...none, wrapper: 'position:relative' };
    case 'hidden-attribute':
      return { ...none, wrapperAttrs: ' hidden' };
    case 'collapsed-ancestor':
      // Drawn as its own wrapper in renderField: a table row ignores height and overflow.
      return none;
    case 'closed-details':
      return none;
    case 'aria-hidden':
      return { ...none, wrapperAttrs: ' aria-hidden="true"' };
    case 'inert':
      return { ...none, wrapperAttrs: ' inert' };
    case 'disabled':
    case 'disabled-fieldset':
      // `disabled` (and a disabled fieldset) only disable form controls; an editable region says it in ARIA.
      if (widget.tag === 'contenteditable') return { ...none, fieldAttrs: { 'aria-disabled': 'true' } };
      return trap === 'disabled' ? { ...none, fieldAttrs: { disabled: true } } : none;
    case 'type-hidden':
      return none;
    case 'readonly':
      // `readonly` only applies to text-like inputs and textareas; selects, boxes and editable regions say it in ARIA.
      return { ...none, fieldAttrs: textLike ? { readonly: true } : { 'aria-readonly': 'true' } };
  }
}

export function radioGroupName(field: GenField): string {
  return `${field.name}-${field.key}`;
}

function renderControl(field: GenField, labelId: string): string {
  const trap = trapStyle(field.trap, field.widget);
  const common = {
    'data-fz': field.key,
    name: field.name,
    id: field.htmlId || undefined,
    autocomplete: field.autocomplete || undefined,
    required: field.required,
    'aria-label': field.placement === 'aria-label' ? field.label : undefined,
    'aria-labelledby': field.placement === 'aria-labelledby' ? labelId : undefined,
    title: field.placement === 'title' ? field.label : undefined,
    style: trap.field || undefined,
    ...trap.fieldAttrs,
  };
  const w = field.widget;
  switch (w.tag) {
    case 'input':
      return `<input${attrs({
        ...common,
        type: w.type,
        placeholder: field.placement === 'placeholder' ? field.label : undefined,
        value: field.prefill || undefined,
        min: w.type === 'number' || w.type === 'range' ? '0' : undefined,
        max: w.type === 'number' ? '9999' : w.type === 'range' ? '10' : undefined,
      })}>`;
    case 'textarea':
      return `<textarea${attrs({ ...common, placeholder: field.placement === 'placeholder' ? field.label : undefined })}>${esc(field.prefill)}</textarea>`;
    case 'contenteditable':
      return `<div${attrs({ ...common, name: undefined, contenteditable: 'true', role: 'textbox', style: `min-height:2em;border:1px solid #999;${trap.field}` })}>${esc(field.prefill)}</div>`;
    case 'checkbox':
      return `<input${attrs({ ...common, type: 'checkbox', value: 'yes', checked: field.prefill !== '' })}>`;
    case 'select': {
      const options = w.options
        .map(
          (o) =>
            `<option${attrs({ value: o.value, selected: field.prefill !== '' && o.value === field.prefill })}>${esc(o.text)}</option>`,
        )
        .join('');
      return `<select${attrs({ ...common, multiple: w.multiple })}>${options}</select>`;
    }
    case 'radio': {
      // A radio hidden on its own behind a visible option text is a styled radio, which a person clicks through its
      // label (the collector fills it through that label): a trap hides the option text with it.
      const optionStyle = trap.field ? ` style="display:inline-block;overflow:hidden;${trap.field}"` : '';
      return w.options
        .map(
          (o, i) =>
            `<label${optionStyle}><input${attrs({
              'data-fz': `${field.key}.${i}`,
              type: 'radio',
              // One group per generated field, even when several share a name on one page.
              name: radioGroupName(field),
              value: o.value,
              checked: field.prefill === o.value,
              style: trap.field || undefined,
              ...trap.fieldAttrs,
            })}> ${esc(o.text)}</label>`,
        )
        .join(' ');
    }
  }
}

function renderField(field: GenField, layout: Layout): string {
  const labelId = `lbl-${field.key}`;
  const control = renderControl(field, labelId);
  const trap = trapStyle(field.trap, field.widget);
  let inner: string;
  switch (field.placement) {
    case 'label-for':
      inner = `<label${attrs({ for: field.htmlId || undefined })}>${esc(field.label)}</label> ${control}`;
      break;
    case 'label-after':
      inner = `${control} <label${attrs({ for: field.htmlId || undefined })}>${esc(field.label)}</label>`;
      break;
    case 'label-wrap':
      inner = `<label>${esc(field.label)} ${control}</label>`;
      break;
    case 'aria-labelledby':
      inner = `<span id="${labelId}">${esc(field.label)}</span> ${control}`;
      break;
    case 'preceding':
    case 'table-cell':
    case 'dt':
      inner = layout === 'table' || layout === 'dl' ? control : `<div class="q">${esc(field.label)}</div>${control}`;
      break;
    default:
      inner = control;
  }
  if (field.trap === 'covered') {
    inner += '<div style="position:absolute;inset:-4px;background:#fff;z-index:10"></div>';
  }
  if (field.trap === 'closed-details') inner = `<details><summary>More</summary>${inner}</details>`;
  if (field.trap === 'collapsed-ancestor') inner = `<div style="height:0;overflow:hidden">${inner}</div>`;
  if (field.trap === 'disabled-fieldset') inner = `<fieldset disabled>${inner}</fieldset>`;
  const style = trap.wrapper ? ` style="${trap.wrapper}"` : '';
  const wrapperAttrs = `${style}${trap.wrapperAttrs}`;
  switch (layout) {
    case 'table': {
      const labelCell =
        field.placement === 'table-cell' || field.placement === 'preceding' || field.placement === 'dt'
          ? esc(field.label)
          : '';
      return `<tr${wrapperAttrs}><td class="label">${labelCell}</td><td>${inner}</td></tr>`;
    }
    case 'dl': {
      const dt =
        field.placement === 'dt' || field.placement === 'preceding' || field.placement === 'table-cell'
          ? esc(field.label)
          : '';
      return `<div${wrapperAttrs}><dt>${dt}</dt><dd>${inner}</dd></div>`;
    }
    case 'grid':
      return `<div class="cell"${wrapperAttrs}>${inner}</div>`;
    default:
      return `<div class="row"${wrapperAttrs}>${inner}</div>`;
  }
}

/** The HTML of one block's content (without its container). */
export function renderBlock(block: GenBlock): string {
  const rows = block.fields.map((f) => renderField(f, block.layout)).join('\n');
  let body: string;
  switch (block.layout) {
    case 'table':
      body = `<table class="layout"><tbody>${rows}</tbody></table>`;
      break;
    case 'fieldset':
      body = `<fieldset><legend>${esc(block.heading)}</legend>${rows}</fieldset>`;
      break;
    case 'dl':
      body = `<dl>${rows}</dl>`;
      break;
    case 'grid':
      body = `<div style="display:grid;grid-template-columns:1fr 1fr;gap:8px">${rows}</div>`;
      break;
    default:
      body = rows;
  }
  let html = `<h2>${esc(block.heading)}</h2>${body}`;
  if (block.inForm)
    html = `<form action="/submitted" method="post">${html}<button type="submit" data-fz-button="submit">Submit</button> <button type="button" data-fz-button="next">Next</button></form>`;
  for (let d = 0; d < block.depth; d += 1)
    html = `<${d % 2 ? 'section' : 'div'} class="wrap-${d}">${html}</${d % 2 ? 'section' : 'div'}>`;
  return html;
}

const STYLE =
  'body{font:14px sans-serif;margin:16px;width:900px}.row,.cell{margin:6px 0}input,select,textarea{min-width:160px}';

function documentHtml(title: string, lang: Lang, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}<script src="/fuzz/runtime.js"></script></body></html>`;
}

export interface FrameUrls {
  /** Same-origin base, e.g. http://127.0.0.1:1234 */
  same: string;
  /** Another origin serving the same routes. */
  other: string;
}

/** The top page. Iframe blocks become `<iframe src=/fuzz/SEED/frame-I.html>` on the right origin. */
function renderSection(page: FuzzPage, urls: FrameUrls): string {
  const parts = page.blocks.map((block) => {
    const html = renderBlock(block);
    switch (block.container) {
      case 'document':
        return html;
      case 'open-shadow':
      case 'closed-shadow': {
        const inner = block.innerShadow
          ? `<div data-fz-shadow="${block.innerShadow}"><template>${html}</template></div>`
          : html;
        return `<div data-fz-shadow="${block.container === 'open-shadow' ? 'open' : 'closed'}"><template>${inner}</template></div>`;
      }
      case 'iframe':
      case 'cross-origin-iframe':
      case 'sandboxed-iframe': {
        const origin = block.container === 'cross-origin-iframe' ? urls.other : urls.same;
        const sandbox = block.container === 'sandboxed-iframe' ? ' sandbox="allow-scripts allow-forms"' : '';
        return `<iframe src="${origin}/fuzz/${page.seed}/frame-${block.index}.html"${sandbox} style="width:940px;height:${120 + block.fields.length * 60}px"></iframe>`;
      }
    }
  });
  return `<h1>${esc(page.title)}</h1>${parts.join('\n')}`;
}

/** The top page of one seed. Iframe blocks become `<iframe src=/fuzz/SEED/frame-I.html>` on the right origin. */
export function renderPage(page: FuzzPage, urls: FrameUrls): string {
  return documentHtml(page.title, page.lang, renderSection(page, urls));
}

/** Several seeds' pages one after the other in one document: one page load and one fill for all of them. */
export function renderPack(pages: FuzzPage[], urls: FrameUrls): string {
  const first = pages[0];
  if (!first) throw new Error('an empty pack');
  return documentHtml(
    `Fuzz forms ${pages.map((p) => p.seed).join(', ')}`,
    first.lang,
    pages.map((p) => `<section>${renderSection(p, urls)}</section>`).join('\n'),
  );
}

export function renderFrame(page: FuzzPage, blockIndex: number): string {
  const block = page.blocks[blockIndex];
  if (!block) throw new Error(`no block ${blockIndex} in page ${page.seed}`);
  return documentHtml(`${page.title} frame ${blockIndex}`, page.lang, renderBlock(block));
}

// ---------------------------------------------------------------------------------------------------------------
// PageDescription (what the collector reports), for the engine alone in Node

export function isIframe(container: Container): boolean {
  return container === 'iframe' || container === 'cross-origin-iframe' || container === 'sandboxed-iframe';
}

/** The fields of one PageDescription, with the generated field each descriptor stands for. */
export interface DescribedFrame {
  page: PageDescription;
  /** descriptor id → generated field (and for radios the option index). */
  truth: Map<string, { field: GenField; option?: number }>;
}

/** What the collector reports for each kind of generated control (inputs: their `input.type`, see domInputType). */
const CONTROLS: Record<Exclude<Widget['tag'], 'input'>, { control: FieldControl; type: string }> = {
  textarea: { control: 'textarea', type: '' },
  select: { control: 'select', type: '' },
  radio: { control: 'input', type: 'radio' },
  checkbox: { control: 'input', type: 'checkbox' },
  contenteditable: { control: 'contenteditable', type: '' },
};

function descriptor(field: GenField, block: GenBlock, index: number, id: string, option?: number): FieldDescriptor {
  const w = field.widget;
  const label = field.label;
  const p = field.placement;
  // A <label> without `for` (no id to point at) is just the text before the field.
  const precedingText =
    p === 'preceding' || p === 'table-cell' || p === 'dt' || (p === 'label-for' && !field.htmlId) ? label : '';
  const options: FieldOption[] =
    w.tag === 'select'
      ? w.options.slice(0, 400).map((o) => ({
          value: o.value,
          text: o.text,
          ...(o.value === field.prefill && field.prefill ? { selected: true } : {}),
        }))
      : w.tag === 'radio' && option !== undefined
        ? // As the real collector gives them: every radio carries its whole group's options, in order.
          w.options.map((o) => ({ value: o.value, text: o.text }))
        : [];
  const { control, type } =
    w.tag === 'input' ? { control: 'input' as const, type: domInputType(w.type) } : CONTROLS[w.tag];
  // Radio buttons are rendered as `<label><input type=radio> Option</label>` under the group's label text, with none
  // of the field-level attributes (see renderControl).
  const radio = w.tag === 'radio' && option !== undefined ? w.options[option] : undefined;
  const radioValue = radio?.value ?? '';
  const value =
    w.tag === 'radio'
      ? field.prefill === radioValue
        ? radioValue
        : ''
      : w.tag === 'checkbox'
        ? field.prefill
          ? 'yes'
          : ''
        : w.tag === 'select'
          ? field.prefill || (w.options[0]?.value ?? '')
          : field.prefill;
  const notFillable: Record<Trap, string> = {
    'display-none': 'hidden',
    'visibility-hidden': 'hidden',
    opacity: 'transparent',
    offscreen: 'off-screen',
    'outside-document': 'outside the document',
    tiny: 'too small',
    clipped: 'clipped',
    covered: 'covered',
    'hidden-attribute': 'hidden',
    'collapsed-ancestor': 'clipped',
    'closed-details': 'hidden',
    'aria-hidden': 'aria-hidden',
    inert: 'inert',
    disabled: 'disabled',
    'disabled-fieldset': 'disabled',
    readonly: 'read-only',
    'type-hidden': 'hidden',
  };
  const d: FieldDescriptor = {
    id,
    selector: `[data-fz="${field.key}${option !== undefined ? `.${option}` : ''}"]`,
    control,
    type,
    name: field.name,
    htmlId: radio ? '' : field.htmlId,
    autocomplete: radio ? '' : field.autocomplete,
    placeholder: !radio && p === 'placeholder' ? label : '',
    ariaLabel: !radio && p === 'aria-label' ? label : '',
    ariaLabelledBy: !radio && p === 'aria-labelledby' ? label : '',
    description: !radio && p === 'title' ? label : '',
    labelFor: !radio && (p === 'label-for' || p === 'label-after') && field.htmlId ? label : '',
    labelWrap: radio ? radio.text : p === 'label-wrap' ? label : '',
    precedingText,
    legend: block.layout === 'fieldset' ? block.heading : '',
    heading: block.heading,
    dataAttributes: {},
    options,
    pattern: '',
    required: radio ? false : field.required,
    value,
    fillable: field.trap === null,
    index,
  };
  if (radio) d.name = radioGroupName(field);
  if (w.tag === 'radio' || w.tag === 'checkbox') {
    d.checked = value !== '';
    if (d.name) d.group = d.name;
  }
  if (field.trap) d.notFillableReason = notFillable[field.trap];
  if (block.container === 'open-shadow' || block.container === 'closed-shadow') d.inShadow = true;
  return d;
}

/**
 * PageDescriptions as the collector would report them: one for the top document (with its shadow roots) and one per
 * iframe. `type=hidden` inputs are left out, as the collector never reports them.
 */
export function describeFrames(page: FuzzPage, baseUrl = 'http://127.0.0.1:1'): DescribedFrame[] {
  const topUrl = `${baseUrl}/fuzz/${page.seed}/index.html`;
  const frames: DescribedFrame[] = [];
  const top: DescribedFrame = {
    page: { url: topUrl, topUrl, title: page.title, markers: [], fields: [], buttons: [] },
    truth: new Map(),
  };
  frames.push(top);
  let nextId = 0;
  for (const block of page.blocks) {
    let target = top;
    if (isIframe(block.container)) {
      const url = `${baseUrl}/fuzz/${page.seed}/frame-${block.index}.html`;
      target = {
        page: { url, topUrl, title: `${page.title} frame ${block.index}`, markers: [], fields: [], buttons: [] },
        truth: new Map(),
      };
      frames.push(target);
    }
    for (const field of block.fields) {
      if (field.trap === 'type-hidden') continue;
      const count = field.widget.tag === 'radio' ? field.widget.options.length : 1;
      for (let o = 0; o < count; o += 1) {
        nextId += 1;
        const id = `f${nextId}`;
        const option = field.widget.tag === 'radio' ? o : undefined;
        target.page.fields.push(descriptor(field, block, target.page.fields.length, id, option));
        target.truth.set(id, option === undefined ? { field } : { field, option });
      }
    }
  }
  return frames;
}

/** Every generated field of a page, with the block it is in. */
export function allFields(page: FuzzPage): { field: GenField; block: GenBlock }[] {
  return page.blocks.flatMap((block) => block.fields.map((field) => ({ field, block })));
}

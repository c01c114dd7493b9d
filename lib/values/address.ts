/**
 * Street lines and regions in the shape a form asks for (issue #12): a one-line street address whose unit sits in
 * the same line ("1200 Harbor View Drive, Suite 300") is split across line 1 and line 2 when the form has both, and
 * a region is written as a name or as its postal code, whichever the field wants.
 */

/** Words that open the unit part of a street line: suite, apartment, unit, room, floor, flat, building, c/o, "#12". */
const UNIT =
  /^(?:suite|ste\.?|apt\.?|apartment|unit|room|rm\.?|floor|fl\.?|flat|building|bldg\.?|block|level|office|dept\.?|department|#)\s*\S/i;
const CARE_OF = /^c\/o\b/i;

/**
 * The street and the unit of a one-line address, or null when the line has no unit part. The unit is a
 * comma-separated part that starts like one ("Suite 300", "Apt 4B", "#12"), or a trailing "#12" / "Apt 4B" without a
 * comma; a leading "c/o Name," part is the unit line too.
 */
export function splitStreetUnit(line: string): { street: string; unit: string } | null {
  const parts = line
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length >= 2) {
    const first = parts[0] ?? '';
    if (CARE_OF.test(first)) return { street: parts.slice(1).join(', '), unit: first };
    const at = parts.findIndex((p, i) => i > 0 && UNIT.test(p));
    if (at > 0) return { street: parts.slice(0, at).join(', '), unit: parts.slice(at).join(', ') };
  }
  const trailing = /^(.*\d.*?\S)\s+((?:#|apt\.?\s|suite\s|ste\.?\s|unit\s)\s*[\w-]+)$/i.exec(line.trim());
  if (trailing?.[1] && trailing[2]) return { street: trailing[1], unit: trailing[2] };
  return null;
}

/** The street lines to write: the stored ones, or one stored line split at its unit when the form has a line 2. */
export function streetLines(lines: readonly string[], formHasLine2: boolean): string[] {
  const stored = lines.map((l) => l.trim()).filter(Boolean);
  if (stored.length !== 1 || !formHasLine2) return stored;
  const split = splitStreetUnit(stored[0] ?? '');
  return split ? [split.street, split.unit] : stored;
}

/** US states and territories, Canadian provinces and territories, Australian states: name → postal code. */
const REGION_CODES: Record<string, Record<string, string>> = {
  US: {
    Alabama: 'AL',
    Alaska: 'AK',
    Arizona: 'AZ',
    Arkansas: 'AR',
    California: 'CA',
    Colorado: 'CO',
    Connecticut: 'CT',
    Delaware: 'DE',
    'District of Columbia': 'DC',
    Florida: 'FL',
    Georgia: 'GA',
    Hawaii: 'HI',
    Idaho: 'ID',
    Illinois: 'IL',
    Indiana: 'IN',
    Iowa: 'IA',
    Kansas: 'KS',
    Kentucky: 'KY',
    Louisiana: 'LA',
    Maine: 'ME',
    Maryland: 'MD',
    Massachusetts: 'MA',
    Michigan: 'MI',
    Minnesota: 'MN',
    Mississippi: 'MS',
    Missouri: 'MO',
    Montana: 'MT',
    Nebraska: 'NE',
    Nevada: 'NV',
    'New Hampshire': 'NH',
    'New Jersey': 'NJ',
    'New Mexico': 'NM',
    'New York': 'NY',
    'North Carolina': 'NC',
    'North Dakota': 'ND',
    Ohio: 'OH',
    Oklahoma: 'OK',
    Oregon: 'OR',
    Pennsylvania: 'PA',
    'Rhode Island': 'RI',
    'South Carolina': 'SC',
    'South Dakota': 'SD',
    Tennessee: 'TN',
    Texas: 'TX',
    Utah: 'UT',
    Vermont: 'VT',
    Virginia: 'VA',
    Washington: 'WA',
    'West Virginia': 'WV',
    Wisconsin: 'WI',
    Wyoming: 'WY',
    'Puerto Rico': 'PR',
    Guam: 'GU',
    'American Samoa': 'AS',
    'U.S. Virgin Islands': 'VI',
    'Northern Mariana Islands': 'MP',
  },
  CA: {
    Alberta: 'AB',
    'British Columbia': 'BC',
    Manitoba: 'MB',
    'New Brunswick': 'NB',
    'Newfoundland and Labrador': 'NL',
    'Nova Scotia': 'NS',
    Ontario: 'ON',
    'Prince Edward Island': 'PE',
    Quebec: 'QC',
    Saskatchewan: 'SK',
    'Northwest Territories': 'NT',
    Nunavut: 'NU',
    Yukon: 'YT',
  },
  AU: {
    'Australian Capital Territory': 'ACT',
    'New South Wales': 'NSW',
    'Northern Territory': 'NT',
    Queensland: 'QLD',
    'South Australia': 'SA',
    Tasmania: 'TAS',
    Victoria: 'VIC',
    'Western Australia': 'WA',
  },
};

/** A stored region as its name and its postal code (when the country has codes Vitae knows). */
export function regionForms(region: string, country: string | undefined): { name: string; code?: string } {
  const table = REGION_CODES[(country ?? '').toUpperCase()];
  const wanted = region.trim();
  if (!table) return { name: wanted };
  for (const [name, code] of Object.entries(table)) {
    if (name.toLowerCase() === wanted.toLowerCase() || code === wanted.toUpperCase()) return { name, code };
  }
  return { name: wanted };
}

import { describe, expect, it } from 'vitest';
import { regionForms, splitStreetUnit, streetLines } from '../../../lib/values/address';

describe('street lines and regions in the shape a form asks for', () => {
  it('splits the unit off a one-line street address', () => {
    expect(splitStreetUnit('1200 Harbor View Drive, Suite 300')).toEqual({
      street: '1200 Harbor View Drive',
      unit: 'Suite 300',
    });
    expect(splitStreetUnit('12 Elm Road, Apt 4B')?.unit).toBe('Apt 4B');
    expect(splitStreetUnit('5 Quay Street, Unit 5')?.unit).toBe('Unit 5');
    expect(splitStreetUnit('9 Main St, Room 210')?.unit).toBe('Room 210');
    expect(splitStreetUnit('1 Market Square, Floor 3')?.unit).toBe('Floor 3');
    expect(splitStreetUnit('44 Bay Road, Flat 3')?.unit).toBe('Flat 3');
    expect(splitStreetUnit('77 Pine Ave #12')).toEqual({ street: '77 Pine Ave', unit: '#12' });
    expect(splitStreetUnit('c/o Ada Lee, 3 Mill Lane')).toEqual({ street: '3 Mill Lane', unit: 'c/o Ada Lee' });
  });

  it('keeps a street without a unit whole', () => {
    expect(splitStreetUnit('1200 Harbor View Drive')).toBeNull();
    expect(splitStreetUnit('Department of Computer Science, 12 Harrow Lane')).toBeNull();
  });

  it('splits only when the form has a second line', () => {
    expect(streetLines(['1200 Harbor View Drive, Suite 300'], false)).toEqual(['1200 Harbor View Drive, Suite 300']);
    expect(streetLines(['1200 Harbor View Drive, Suite 300'], true)).toEqual(['1200 Harbor View Drive', 'Suite 300']);
    expect(streetLines(['Building 5', '12 Harrow Lane'], true)).toEqual(['Building 5', '12 Harrow Lane']);
  });

  it('knows a region by name or by code', () => {
    expect(regionForms('Washington', 'US')).toEqual({ name: 'Washington', code: 'WA' });
    expect(regionForms('on', 'CA')).toEqual({ name: 'Ontario', code: 'ON' });
    expect(regionForms('Cambridgeshire', 'GB')).toEqual({ name: 'Cambridgeshire' });
  });
});

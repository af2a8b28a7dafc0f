import { makeFormat } from './format';

describe('makeFormat', () => {
  const instant = '2030-01-15T10:00:00Z';

  it('shows an instant in the person’s time zone, in the language’s order', () => {
    expect(makeFormat('ja-JP', 'Asia/Tokyo').dateTime(instant)).toBe('2030/01/15 19:00');
    expect(makeFormat('fi', 'Europe/Helsinki').dateTime(instant)).toBe('15.1.2030 klo 12.00');
    expect(makeFormat('hu', 'Europe/Budapest').dateTime(instant)).toMatch(
      /^2030\. jan\. 15\. 11:00$/,
    );
    expect(makeFormat('lv', 'Europe/Riga').dateTime(instant)).toMatch(/2030.*12:00/);
  });

  it('reads and writes datetime inputs as wall time in that zone, across daylight saving', () => {
    const tokyo = makeFormat('ja-JP', 'Asia/Tokyo');
    expect(tokyo.toInput(instant)).toBe('2030-01-15T19:00');
    expect(tokyo.fromInput('2030-01-15T19:00')).toBe('2030-01-15T10:00:00.000Z');
    const helsinki = makeFormat('fi', 'Europe/Helsinki');
    expect(helsinki.fromInput('2030-07-15T12:00')).toBe('2030-07-15T09:00:00.000Z');
    expect(helsinki.toInput('2030-07-15T09:00:00Z')).toBe('2030-07-15T12:00');
    expect(helsinki.fromInput('')).toBeNull();
  });

  it('says how far away a promise is, and formats money and numbers per language', () => {
    const now = Date.parse('2030-01-12T10:00:00Z');
    expect(makeFormat('en-GB', 'UTC').due(instant, now)).toBe('15 Jan 2030, 10:00 (in 3 days)');
    expect(makeFormat('ja-JP', 'UTC').relative(instant, now)).toBe('3 日後');
    expect(makeFormat('fi', 'UTC').money(1234.5, 'EUR')).toBe('1\u00a0234,50\u00a0€');
    expect(makeFormat('hu', 'UTC').number(1234567)).toBe('1\u00a0234\u00a0567');
  });
});

// Publication times as Vietnamese pages write them (examples from the sites of ../shared/corpus/html).
import { describe, expect, it } from 'vitest';
import { normalizeTimestamp, pageDateOrder, parseVisibleDate } from '../corpus/html/timestamps.js';
import { parseDateValue } from '../corpus/dates.js';

describe('machine timestamps (meta tags, JSON-LD)', () => {
  it.each([
    ['2026-03-07T08:01:53+07:00', '2026-03-07T08:01:53+07:00'],
    ['2026-03-07T08:52:11.000 +07:00', '2026-03-07T08:52:11+07:00'],
    ['2012-12-23T14:02+07:00', '2012-12-23T14:02+07:00'],
    ['2026-03-07 08:07', '2026-03-07T08:07'],
    ['2026-03-07T00:01:00', '2026-03-07T00:01:00'],
    ['2012-12-25', '2012-12-25'],
    // UTC late in the day is the next morning in Vietnam: the date readers saw.
    ['2026-03-06T17:05:00Z', '2026-03-07T00:05:00+07:00'],
    ['2026-03-06T12:05:00-05:00', '2026-03-07T00:05:00+07:00'],
    ['Sat, 07 Mar 2026 01:01:53 GMT', '2026-03-07T08:01:53+07:00'],
    ['1772843936', '2026-03-07T07:38:56+07:00'],
  ])('%s -> %s', (raw, want) => {
    expect(normalizeTimestamp(raw)).toBe(want);
  });

  it.each(['', 'null', '2026-13-01', '2026-02-30T10:00', 'tomorrow'])('%j -> null', (raw) => {
    expect(normalizeTimestamp(raw)).toBeNull();
  });

  it('gives corpus/dates.ts a value it reads as the right day', () => {
    expect(parseDateValue(normalizeTimestamp('2026-03-06T17:05:00Z'))).toBe('2026-03-07');
    expect(parseDateValue(normalizeTimestamp('2026-03-07T08:52:11.000 +07:00'))).toBe('2026-03-07');
  });
});

describe('date lines a reader sees (day before month)', () => {
  it.each([
    ['Thứ bảy, 07/03/2026 - 08:07', '2026-03-07T08:07'],
    [' - 07/03/2026 08:47', '2026-03-07T08:47'],
    ['07/03/2026 08:06 GMT+7', '2026-03-07T08:06+07:00'],
    ['Thứ năm, 20/12/2012, 10:18 GMT+7', '2012-12-20T10:18+07:00'],
    ['Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)', '2012-12-24T03:04+07:00'],
    ['| Cập nhật thứ hai, ngày 24/12/12 11:05 tối', '2012-12-24T23:05'],
    ['Cập nhật thứ sáu, ngày 30/11/12 04:00 chiều', '2012-11-30T16:00'],
    ['15:20 PM | 21/12/2012', '2012-12-21T15:20'],
    ['Cập nhật: Thứ ba, 30/8/2022 | 7:46:45 AM', '2022-08-30T07:46:45'],
    ['Thứ Bảy, Ngày 07 tháng 03 năm 2026', '2026-03-07'],
    ['Ngày 22/10/2012', '2012-10-22'],
    ['19.12.2012 lúc 8h30', '2012-12-19T08:30'],
  ])('%s -> %s', (line, want) => {
    expect(parseVisibleDate(line)).toBe(want);
  });

  it('reads month first only when the page says so', () => {
    expect(parseVisibleDate('Published on 03-08-2011 01:00 AM')).toBe('2011-08-03T01:00');
    expect(parseVisibleDate('Published on 03-08-2011 01:00 AM', 'mdy')).toBe('2011-03-08T01:00');
  });

  it('tells the order from dates that can only be read one way', () => {
    expect(pageDateOrder('Published on 03-08-2011 ... 12-27-2012 ... 12-24-2012')).toBe('mdy');
    expect(pageDateOrder('21/12/2012 ... (08/23/2011)')).toBe('dmy');
    expect(pageDateOrder('07/03/2026')).toBe('dmy');
  });

  it('finds no date where there is none', () => {
    expect(parseVisibleDate('Giá vàng hôm nay tăng mạnh')).toBeNull();
    expect(parseVisibleDate('31/02/2026')).toBeNull();
    expect(parseVisibleDate('Nghị định 68/2026/NĐ-CP')).toBeNull();
  });
});

/**
 * The Vietnamese number grammar (extractors/lib/numbers.ts), table-driven from VIETNAMESE.md §1.
 */
import { describe, expect, it } from 'vitest';
import { detectStyle, parseDigits, parseSpelled, readMagnitude } from '../extractors/lib/numbers.js';

describe('parseDigits, Vietnamese style', () => {
  it.each([
    ['99,86', 99.86], ['1.057', 1057], ['1.234.567', 1234567], ['80,887', 80.887], ['1.500.050,30', 1500050.3],
    ['12.000', 12000], ['2,38', 2.38], ['100', 100], ['0,5123', 0.5123], ['3.5', 3.5], ['295.1', 295.1], ['50.99', 50.99],
    ['06', 6], ['6.886,3', 6886.3], ['1,5', 1.5], ['0,125', 0.125],
  ])('%s -> %s', (token, value) => {
    expect(parseDigits(token, 'vi')).toBe(value);
  });
  it('reads a comma before three digits as grouping on a count noun', () => {
    expect(parseDigits('1,057', 'vi', true)).toBe(1057);
    expect(parseDigits('1,057', 'vi', false)).toBe(1.057);
  });
  it.each(['30.8.2022', '1.2.3', '0237.3852.123', '1.23.456', '1,2,3'])('%s is no number', (token) => {
    expect(parseDigits(token, 'vi')).toBeNull();
  });
});

describe('parseDigits, English style', () => {
  it.each([['1,234,567', 1234567], ['1,500,050.30', 1500050.3], ['1,057', 1057], ['1.057', 1.057], ['3.5', 3.5]])('%s -> %s', (token, value) => {
    expect(parseDigits(token, 'en')).toBe(value);
  });
});

describe('detectStyle', () => {
  it('is Vietnamese by default and with Vietnamese evidence', () => {
    expect(detectStyle('đạt 99,86% và 1.057 người')).toBe('vi');
    expect(detectStyle('còn nợ 295.1 tỷ đồng, diện tích 2.016.597,6 m2')).toBe('vi');
    expect(detectStyle('không có số')).toBe('vi');
  });
  it('is English only with English grouping and no Vietnamese evidence', () => {
    expect(detectStyle('giá 5,000$ và 1,500,050.30$')).toBe('en');
    expect(detectStyle('12,500 người tham gia')).toBe('en');
  });
});

describe('readMagnitude', () => {
  it.each([
    [' triệu đồng', 1e6], [' tỷ', 1e9], [' tỉ đồng', 1e9], [' nghìn tỷ đồng', 1e12], [' ngàn', 1e3], ['k', 1e3], [' tr', 1e6],
  ])('%j -> %s', (after, mult) => {
    expect(readMagnitude(after)?.multiplier).toBe(mult);
  });
  it('needs a word boundary', () => {
    expect(readMagnitude(' triệuphú')).toBeNull();
    expect(readMagnitude(' người')).toBeNull();
  });
});

describe('parseSpelled', () => {
  it.each([
    ['hai', 2], ['mười', 10], ['mười lăm', 15], ['hai mươi mốt', 21], ['hai mươi tư', 24], ['hai mươi lăm', 25],
    ['một trăm linh năm', 105], ['một trăm lẻ năm', 105], ['một trăm mốt', 110], ['một trăm tư', 140],
    ['hai nghìn tư', 2400], ['một nghìn không trăm ba mươi hai', 1032], ['hai nghìn không trăm linh hai', 2002],
    ['ba triệu sáu trăm bảy mươi tám nghìn chín trăm ba mươi lăm', 3678935], ['một nửa', 0.5], ['nửa triệu', 500000],
    ['một triệu rưỡi', 1500000], ['hai chục', 20], ['chín mươi chín', 99],
  ])('%s -> %s', (words, value) => {
    expect(parseSpelled(words.split(' '))).toBe(value);
  });
  it.each(['mươi', 'trăm', 'linh', 'nghìn nghìn'])('%s is no number', (words) => {
    expect(parseSpelled(words.split(' '))).toBeNull();
  });
});

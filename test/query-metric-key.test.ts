// The metric key (pipeline/link/metric-key.ts): differently worded subjects of the same metric
// meet; different metrics stay apart.
import { describe, expect, it } from 'vitest';
import { metricKey, subjectKey, unitKey } from '../pipeline/link/metric-key.js';

describe('subjectKey', () => {
  const same: [string, string][] = [
    ['phấn đấu đến năm 2025 tỷ lệ hộ nghèo của huyện Tam Dương giảm còn', 'tỷ lệ hộ nghèo theo chuẩn đa chiều'],
    ['tỷ lệ hộ nghèo toàn tỉnh', 'Tỷ lệ hộ nghèo trên địa bàn tỉnh Thanh Hóa'],
    ['số xã đạt chuẩn nông thôn mới', 'phấn đấu có thêm xã đạt chuẩn nông thôn mới'],
    ['tổng vốn đầu tư', 'vốn đầu tư giai đoạn 2021-2025'],
    ['tốc độ tăng trưởng kinh tế', 'mục tiêu tốc độ tăng trưởng kinh tế năm 2025 đạt'],
    ['tỷ lệ hồ sơ giải quyết đúng hạn', 'Tỷ lệ hồ sơ giải quyết đúng hạn 6 tháng đầu năm 2023 đạt'],
    ['thu ngân sách của tỉnh Vĩnh Phúc', 'thu ngân sách ước đạt'],
    ['tổng vốn đầu tư cho chuyển đổi số của tỉnh', 'vốn đầu tư cho chuyển đổi số'],
  ];
  for (const [a, b] of same) {
    it(`${a} = ${b}`, () => {
      expect(subjectKey(a)).not.toBeNull();
      expect(subjectKey(a)).toBe(subjectKey(b));
    });
  }

  it('gives readable keys without diacritics', () => {
    expect(subjectKey('phấn đấu đến năm 2025 tỷ lệ hộ nghèo của huyện Tam Dương giảm còn')).toBe('ty le ho ngheo');
    expect(subjectKey('Tỷ lệ sử dụng văn bản điện tử ký số của UBND cấp xã')).toBe('ty le su dung van ban dien tu ky so');
    expect(subjectKey('tốc độ tăng trưởng kinh tế')).toBe('toc do tang truong kinh te');
  });

  const different: [string, string][] = [
    ['tỷ lệ hộ nghèo', 'tỷ lệ hộ cận nghèo'],
    ['tỷ lệ người dân tham gia bảo hiểm y tế', 'tỷ lệ người dân sử dụng dịch vụ công trực tuyến'],
    ['xã đạt chuẩn nông thôn mới', 'xã đạt chuẩn nông thôn mới nâng cao'],
    ['tăng trưởng kinh tế', 'kinh tế'],
  ];
  for (const [a, b] of different) {
    it(`${a} != ${b}`, () => expect(subjectKey(a)).not.toBe(subjectKey(b)));
  }

  it('is null without a subject or when nothing is left', () => {
    expect(subjectKey(null)).toBeNull();
    expect(subjectKey('')).toBeNull();
    expect(subjectKey('đạt khoảng')).toBeNull();
    expect(subjectKey('năm 2023')).toBeNull();
    expect(subjectKey('số người')).toBeNull(); // one syllable: too weak a key
  });
});

describe('metricKey', () => {
  it('joins subject words, kind and unit', () => {
    expect(metricKey({ kind: 'percent', unit: '%', subject: 'tỷ lệ hộ nghèo' })).toBe('ty le ho ngheo|percent|%');
    expect(metricKey({ kind: 'count', unit: 'xã', subject: 'số xã đạt chuẩn nông thôn mới' })).toBe('xa chuan nong thon moi|count|xa');
    expect(metricKey({ kind: 'money', unit: 'VND', subject: 'thu ngân sách' })).toBe('thu ngan sach|money|VND');
    expect(metricKey({ kind: 'count', unit: 'xã', subject: null })).toBeNull();
  });
  it('keeps units apart', () => {
    expect(unitKey('money', 'VND/kg')).toBe('VND/KG');
    expect(unitKey('quantity', 'tấn/ha')).toBe('tan ha');
    expect(unitKey('rank', null)).toBe('');
  });
});

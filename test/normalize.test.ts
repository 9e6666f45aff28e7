/**
 * Text preparation (corpus/normalize.ts) and sentence splitting (pipeline/segment.ts).
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { prepareText } from '../corpus/normalize.js';
import { parseDateValue, findHeaderDate } from '../corpus/dates.js';
import { segment } from '../pipeline/segment.js';
import { analyze } from '../pipeline/analyze.js';

describe('prepareText', () => {
  it('reads the crawler date prefix and drops it', () => {
    const p = prepareText(' date 2023-08 Cùng với đó, đưa công tác cải cách hành chính đi vào chiều sâu.');
    expect(p.published).toBe('2023-08');
    expect(p.text.startsWith('Cùng với đó')).toBe(true);
  });
  it('reads header date lines and drops them', () => {
    expect(prepareText('Văn Chấn nỗ lực chuyển đổi số\n\n  • Cập nhật: Thứ ba, 30/8/2022 | 7:46:45 AM\n\nYênBái - Đến nay...').published).toBe('2022-08-30');
    const p = prepareText('Giải pháp chuyển đổi số\n14/11/2024 - 10:46\nChuyển đổi số là quá trình...');
    expect(p.published).toBe('2024-11-14');
    expect(p.text).toBe('Giải pháp chuyển đổi số\nChuyển đổi số là quá trình...');
  });
  it('removes page furniture but keeps sentences that mention it', () => {
    const p = prepareText('Bài viết có 3 ý.\n\n {name} - {time}\n Trả lời\n{body}\n0 bình luận\nChia sẻ thông tin với bạn bè!\nTắt [X]\nXem thêm TP.Thanh Hóa\nĐộc giả để lại 12 bình luận về bài viết.');
    expect(p.text).toBe('Bài viết có 3 ý.\n\nĐộc giả để lại 12 bình luận về bài viết.');
  });
  it('normalises to NFC and drops invisible characters, keeping no-break spaces', () => {
    const nfd = 'Tỷ lệ đạt 99,86%'.normalize('NFD');
    const p = prepareText(`${nfd}\u200b và có\u00a025 điểm`);
    expect(p.text).toBe('Tỷ lệ đạt 99,86% và có\u00a025 điểm');
  });
  it('is NFC after dropping invisible characters between a letter and its mark', () => {
    // found by the property test: `n`, U+FEFF, U+0301 becomes `ń` only once the U+FEFF is gone
    const { text } = prepareText('Xin chào ban\ufeff\u0301 đọc');
    expect(text).toBe('Xin chào bań đọc');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('repairs UTF-8 read as Windows-1252', () => {
    const original = 'Việt Nam có 63 tỉnh, thành phố và tỷ lệ đạt 99%';
    const garbled = iconv.decode(Buffer.from(original, 'utf8'), 'win1252');
    expect(garbled).toMatch(/Viá»‡t/);
    expect(prepareText(garbled).text).toBe(original);
  });
});

describe('dates', () => {
  it.each([
    ['2023-08-30', '2023-08-30'], ['2023-08', '2023-08'], ['2023', '2023'], ['2023-08-30T10:46:00+07:00', '2023-08-30'],
    ['30/8/2022', '2022-08-30'], ['14/11/2024 - 10:46', '2024-11-14'], ['ngày 30 tháng 8 năm 2022', '2022-08-30'], ['31/2/2022', null],
    [null, null], ['', null], ['unknown', null],
  ])('%j -> %j', (input, want) => {
    expect(parseDateValue(input)).toBe(want);
  });
  it('recognises only lines that are dates', () => {
    expect(findHeaderDate('Thứ năm, 01/06/2023 15:17')).toBe('2023-06-01');
    expect(findHeaderDate('Ngày 30/8/2022, huyện tổ chức hội nghị')).toBeNull();
  });
});

describe('segment', () => {
  const sentences = (t: string) => segment(t).sentences.map((s) => t.slice(s.start, s.end));
  it('keeps abbreviations, numbers and initials inside sentences', () => {
    expect(sentences('Tại TP. Hồ Chí Minh có 1.057 người. ThS. Nguyễn Văn A cho biết tỷ lệ đạt 99,86%. Ảnh: M.T.H')).toEqual([
      'Tại TP. Hồ Chí Minh có 1.057 người.', 'ThS. Nguyễn Văn A cho biết tỷ lệ đạt 99,86%.', 'Ảnh: M.T.H',
    ]);
  });
  it('ends at an ellipsis before a capital, not at v.v. before lower case', () => {
    expect(sentences('đăng ký khai sinh, tạm trú, tạm vắng... Nhiều dịch vụ đã được liên thông.')).toHaveLength(2);
    expect(sentences('các loại phí, lệ phí v.v. cũng được giảm.')).toHaveLength(1);
  });
  it('keeps a list after a colon, splits clauses on semicolons', () => {
    const t = 'Chỉ tiêu cụ thể như sau: năm 2022: 94 xã; năm 2023: 132 xã.';
    const seg = segment(t);
    expect(seg.sentences).toHaveLength(1);
    expect(seg.clauses.map((c) => t.slice(c.start, c.end))).toEqual(['Chỉ tiêu cụ thể như sau: năm 2022: 94 xã', 'năm 2023: 132 xã.']);
  });
  it('splits after a closing quote', () => {
    expect(sentences('"Đến nay, hạ tầng đã có 25 điểm." Trưởng phòng chia sẻ.')).toHaveLength(2);
  });
});

describe('repeats', () => {
  it('marks the figures of a verbatim repeated lead', () => {
    const lead = 'Phấn đấu đến năm 2025, kinh tế số chiếm 20% trở lên trong GRDP của tỉnh.';
    const { figures } = analyze({ text: `${lead}\n\nTiêu đề\n\n${lead}\n\nCó 30 xã.`, published: '2022-03-01' });
    expect(figures.map((f) => [f.value, f.isRepeat])).toEqual([[20, false], [20, true], [30, false]]);
  });
});

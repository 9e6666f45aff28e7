import { corpus } from './lib/examples.js';

export default corpus('ratio', 'ratio', [
  [{ value: 13, total: 13, unit: 'xã' }, '13/13 xã, thị trấn', 'có 13/13 xã'],
  [{ value: 199, total: 213 }, '199/213 thôn, bản, tổ dân phố', 'tại 199/213 thôn'],
  [{ value: 2235, total: 4330 }, '(2.235/4.330 học sinh)', 'là 51,62% (2.235/4.330 học sinh).'],
  [{ value: 2235, total: 21304 }, 'tốt nghiệp THCS là 10,49% (2.235/ 21.304).'],
  [{ value: 3, total: 1 }, 'Trường THPT Chu Văn An với tỉ lệ 3:1', 'tỷ lệ chọi 3:1'],
  [{ value: 2.9, total: 1 }, 'Yên Hòa có tỉ lệ 2,9:1'],
  [{ value: 3, total: 3 }, 'có 3/3 xã hoàn thành'],
], [
  'ngày 30/8/2022',
  'Sáng 3/3, Sở KH&CN',
  'tháng 5/2023',
  'ngày 22/4',
  'Quyết định 06/QĐ-TTg',
  'Nghị định 42/2022/NĐ-CP',
  'BCĐ 389/TP',
  'lúc 10:46',
  'khách hàng sở hữu vé Mega 6/45 có thể trúng Jackpot',
  'Hoàng Anh Tuấn, 25 tuổi, ĐKTT 49/166 phường Máy Chai',
]);

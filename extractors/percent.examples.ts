import { corpus } from './lib/examples.js';

export default corpus('percent', 'percent', [
  [{ value: 99.86, qualifier: 'exact', unit: '%' }, 'đạt 99,86%', 'của UBND cấp xã đạt 99,86 %', 'tỷ lệ 99,86%.', 'chiếm 99,86% tổng số'],
  [{ value: 100 }, '100% cơ quan, đơn vị', 'Đến nay, 100% cán bộ, công chức', 'đạt 100%;'],
  [{ value: 3.5 }, 'tỷ lệ 3.5%', 'tăng 3,5%', '3,5 phần trăm'],
  [{ value: 40, qualifier: 'approx' }, 'khoảng 40% người dân', 'gần 40% số hộ', 'xấp xỉ 40%', 'ước đạt 40%', 'ước tăng 40%'],
  [{ value: 20, qualifier: 'at_least' }, 'chiếm 20% trở lên', 'kinh tế số chiếm 20% trở lên trong GRDP', 'tối thiểu 20%', 'ít nhất 20%'],
  [{ value: 100, qualifier: 'exact' }, '100% lãnh đạo UBND cấp xã trở lên', '100% lãnh đạo cấp phòng trở lên được cấp chữ ký số'],
  [{ value: 90, qualifier: 'more_than' }, 'Hơn 90% người dân đồng ý', 'có trên 90% học viên', 'khoảng hơn 90%'],
  [{ value: 50, qualifier: 'less_than' }, 'dưới 50% số xã', 'chưa đến 50%'],
  [{ value: 20, valueMax: 25, qualifier: 'range' }, '20-25%', '20 - 25%', '20% - 25%', 'từ 20 đến 25%', 'từ 20% đến 25%', 'khảo giá từ 20- 25%'],
  [{ value: 0.4, valueMax: 0.6 }, 'độ axit thấp là 0,4 - 0,6%'],
  [{ value: 50 }, 'khoảng một nửa số trường tiểu học'],
  [{ value: 2.5, unit: 'điểm phần trăm' }, 'tăng 2,5 điểm phần trăm'],
  [{ value: 5 }, 'đạt 5 phần trăm'],
  [{ value: 84, quote: '84' }, 'tỷ lệ lần lượt là 84 và 90%'],
  [{ value: 5.2, quote: '5,2' }, 'tăng lần lượt 5,2 và 7,1% so với cùng kỳ'],
], [
  'công nghiệp 4.0',
  'năm 2022',
  'Nghị quyết số 51',
  'tỷ lệ hộ dân có điện thoại thông minh tăng nhanh',
]);

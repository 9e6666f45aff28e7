import { corpus } from './lib/examples.js';

export default corpus('rank', 'rank', [
  [{ value: 2 }, 'huyện Thọ Xuân xếp thứ 2 về CĐS', 'đứng thứ 2 cả nước', 'xếp hạng 2'],
  [{ value: 5, total: 63 }, 'xếp thứ 5/63 tỉnh, thành phố'],
  [{ value: 10 }, 'Thanh Hóa sẽ trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước', 'lọt top 10 địa phương dẫn đầu'],
  [{ value: 3 }, 'có tỉ lệ chọi cao thứ 3'],
  [{ value: 7 }, 'Việt Nam xếp thứ 7 tuần này'],
], [
  'Cập nhật: Thứ ba, 30/8/2022',
  'sinh con thứ 3',
  'lần thứ 2',
  'thứ 2 tuần sau',
  'đang xếp ở vị trí thứ 16 và chỉ hơn nhóm xuống hạng 1 điểm',
]);

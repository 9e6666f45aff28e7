import { meaningCorpus } from './examples.js';

export default meaningCorpus('change', [
  [{ quote: '5%', change: 'up' }, '2021-04-01', 'Số thủ tục xử lý trực tuyến tăng 5% so với năm 2020.'],
  [{ quote: '3.000', change: 'down' }, null, 'Toàn tỉnh giảm 3.000 hộ nghèo.'],
  [{ quote: '6', change: 'up' }, null, 'Quận triển khai 40 quy trình, tăng thêm 6 thủ tục so với năm 2019.'],
  [{ quote: '3000-4000 đồng', change: 'up' }, null, 'Giá lợn hơi đã tăng nhẹ 3000-4000 đồng.'],
  [{ quote: '10%', change: 'up' }, null, 'Hỗ trợ thêm 35% tiền lương cho giáo viên (tăng 10%).'],
  [{ quote: '6,2%', change: 'up' }, '2017-07-01', 'Tổng mức bán lẻ đạt 44.154 tỷ đồng, tăng 1,1% và 6,2%.'],
  [{ quote: '11,6%', change: 'up' }, '2017-07-01', 'Xuất khẩu đạt 882 triệu USD, giảm 2,6% và tăng 11,6%.'],
  [{ quote: '2,6%', change: 'down' }, '2017-07-01', 'Xuất khẩu đạt 882 triệu USD, giảm 2,6% và tăng 11,6%.'],
  [{ quote: '500', change: 'up' }, null, 'Số học sinh cấp tiểu học tăng hơn 500 học sinh.'],
  [{ quote: '0,5', change: 'up' }, null, 'Nhiệt độ trung bình cao hơn 0,5 độ C so với trung bình nhiều năm.'],
  [{ quote: '30 - 40 nghìn đồng', change: 'up' }, null, 'Học phí mầm non sẽ tăng từ 30 - 40 nghìn đồng.'],
  // the verb, then what changed
  [{ quote: '48.222 triệu đồng', change: 'up' }, '2017-03-01', 'Năm 2016, tăng quỹ BHYT 48.222 triệu đồng so với năm 2015.'],
  [{ quote: '50 triệu đồng', change: 'down' }, '2017-03-01', 'Trong đó, giảm chi BHXH số tiền là 50 triệu đồng.'],
  [{ quote: '210 triệu đồng', change: 'down' }, '2017-02-01', 'Cụ thể, xe LX570 giảm giá 210 triệu đồng.'],
  [{ quote: '114,6 nghìn tỷ đồng', change: 'up' }, '2017-02-01', 'Các doanh nghiệp đang hoạt động tăng vốn thêm 114,6 nghìn tỷ đồng.'],
  // levels
  [{ quote: '15%', change: null }, null, 'Tỷ lệ hộ dùng internet tăng lên 15%.'],
  [{ quote: '0%', change: null }, null, 'Theo lộ trình giảm thuế nhập khẩu về 0%.'],
  [{ quote: '1.300', change: null }, null, 'Thành phố dự kiến chặt hạ hơn 1.300 cây xanh.'],
  [{ quote: 'hai', change: null }, null, 'Xe tăng Israel đã nã đạn nhằm vào hai vị trí.'],
  [{ quote: '3', change: null }, null, 'Mẫu xe này được trang bị động cơ xăng tăng áp 3 xi-lanh.'],
  [{ quote: '3%', change: null }, null, 'Tỷ lệ hộ nghèo giảm còn 3%.'],
  [{ quote: '2 tỷ đồng', change: null }, null, 'Nợ phải trả giảm từ 9 tỷ xuống 2 tỷ đồng.'],
  [{ quote: '9 tỷ', change: null }, null, 'Nợ phải trả giảm từ 9 tỷ xuống 2 tỷ đồng.'],
  [{ quote: '65%', change: null }, null, 'Tỷ lệ hộ dân có điện thoại thông minh tăng nhanh, đạt 65%.'],
  [{ quote: '4,88%', change: null }, null, 'Số nợ chiếm 4,88% trên tổng số phải thu.'],
  [{ quote: '115%', change: null }, null, 'Doanh thu bằng 115% so với cùng kỳ.'],
]);

import { meaningCorpus } from './examples.js';

export default meaningCorpus('modality', [
  // a marker that opens the sentence governs every clause after it
  [{ quote: '20%', modality: 'target' }, '2022-03-01', 'Phấn đấu đến năm 2025, Thanh Hóa sẽ trong nhóm 10 tỉnh dẫn đầu; kinh tế số chiếm 20% trở lên trong GRDP; doanh nghiệp CĐS chiếm 50% trở lên.'],
  [{ quote: '50%', modality: 'target' }, '2022-03-01', 'Phấn đấu đến năm 2025, Thanh Hóa sẽ trong nhóm 10 tỉnh dẫn đầu; kinh tế số chiếm 20% trở lên trong GRDP; doanh nghiệp CĐS chiếm 50% trở lên.'],
  [{ quote: '15%', modality: 'target' }, null, 'Ngành nông nghiệp đặt mục tiêu giảm 15% chi phí từ thủ tục hành chính.'],
  [{ quote: '81.000', modality: 'target' }, '2017-05-20', 'Số học sinh vào lớp 10 dự kiến lên đến hơn 81.000.'],
  [{ quote: '49%', modality: 'target' }, null, 'Trong đó, Nhà nước sẽ nắm giữ 49% vốn điều lệ.'],
  [{ quote: '4,08%', modality: 'target' }, null, 'Hơn 1,5 triệu cổ phần, tương đương 4,08% vốn điều lệ sẽ được bán đấu giá công khai.'],
  [{ quote: '100%', modality: 'target' }, '2018-06-11', 'Thành phố đảm bảo 100% người dân được tiếp cận nước sạch.'],
  [{ quote: '12', modality: 'target' }, '2022-03-01', 'Đến năm 2025, hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố.'],
  [{ quote: '94', modality: 'target' }, '2022-03-01', 'Tỉnh giao chỉ tiêu hoàn thành CĐS theo từng năm, cụ thể như sau: năm 2022: 94 xã; năm 2023: 132 xã.'],
  [{ quote: '132', modality: 'target' }, null, 'Cụ thể, đối với chỉ tiêu CĐS cấp huyện: hoàn thành tại 12 huyện. Số xã hoàn thành CĐS theo từng năm như sau: năm 2022: 94 xã; năm 2023: 132 xã.'],
  [{ quote: '251 tỷ đồng/năm', modality: 'target' }, null, 'Cần hơn 251 tỷ đồng/năm để giữ chân giáo viên mầm non.'],
  // achievements and yardsticks
  [{ quote: '100%', modality: 'actual' }, '2023-08-01', 'Đến nay, 100% cơ quan, đơn vị được trang bị máy tính.'],
  [{ quote: '750', modality: 'actual' }, '2023-08-01', 'Đến hết tháng 5/2023, đã có 750 người đăng ký tham gia khóa học.'],
  [{ quote: '70%', modality: 'actual' }, '2017-06-01', 'Lợi nhuận năm 2016 chỉ đạt 70% kế hoạch đã đề ra.'],
  [{ quote: '54,8%', modality: 'actual' }, '2017-07-01', 'Sản lượng đạt 1,6 triệu tấn, bằng 54,8% so với kế hoạch năm 2017.'],
  [{ quote: '40%', modality: 'actual' }, '2021-04-01', 'Tỷ lệ lao động qua đào tạo đạt 40% vượt chỉ tiêu.'],
  [{ quote: '2 triệu đồng', modality: 'actual' }, null, 'Nếu không nộp, người dân sẽ bị phạt 2 triệu đồng.'],
  [{ quote: '30/30', modality: 'actual' }, '2022-03-01', 'Huyện có 30/30 xã, thị trấn có hệ thống phòng họp trực tuyến.'],
  [{ quote: '141.610', modality: 'actual' }, null, 'Hội Nông dân đã vận động 141.610 hội viên, nông dân đăng ký phấn đấu danh hiệu nông dân giỏi.'],
  [{ quote: '84%', modality: 'actual' }, null, 'Tỷ lệ ủng hộ phương án hạn chế phương tiện cá nhân và lộ trình dừng xe máy lần lượt là 84% và trên 90%.'],
  [{ quote: '29 nghìn đồng/kg', modality: 'actual' }, null, 'Giá lợn hơi đã tăng lên mức 29 nghìn đồng/kg.'],
  // `sẽ` after the figure: a plan for it, not another clause's future or a consequence
  [{ quote: '100', modality: 'target' }, '2017-06-09', '100 bệnh nhân ở Hòa Bình sẽ không phải xuống Hà Nội chạy thận.'],
  [{ quote: '5', modality: 'actual' }, '2017-03-20', 'Mất 5 gương mặt tốt nhất sẽ ảnh hưởng ít nhiều đến U.23 Malaysia.'],
  [{ quote: '20 triệu bảng', modality: 'actual' }, '2017-03-20', 'Bố mẹ Gillian đã cuỗm của cô này 20 triệu bảng và tuyên bố sẽ không bao giờ nhìn mặt con gái nữa.'],
  [{ quote: '2 triệu đồng', modality: 'actual' }, '2017-01-20', 'Giá phiên bản này vẫn cao hơn giá đề xuất hơn 2 triệu đồng.'],
]);

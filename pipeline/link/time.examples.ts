import { meaningCorpus } from './examples.js';

export default meaningCorpus('time', [
  [{ quote: '99,86%', year: 2023, period: '2023-H1' }, '2023-08', '6 tháng đầu năm, tỷ lệ văn bản điện tử ký số của UBND cấp xã đạt 99,86%.'],
  [{ quote: '750', year: 2023, period: '2023-05' }, '2023-08', 'Đến hết tháng 5/2023, đã có 750 người đăng ký.'],
  [{ quote: '1.059 triệu USD', year: 2017, period: '2017-06' }, '2017-07-01', 'Kim ngạch xuất khẩu tháng 6/2017 ước đạt 1.059 triệu USD.'],
  [{ quote: '12,1%', year: 2022, period: '2022-Q2' }, '2022-08-01', 'Quý II/2022, kim ngạch tăng 12,1% so với cùng kỳ.'],
  [{ quote: '9.920,8 tỷ đồng', year: 2015, period: '2015-12-31' }, null, 'Đến ngày 31/12/2015, tổng số tiền nợ là 9.920,8 tỷ đồng.'],
  [{ quote: '40.000 đồng/tháng', year: 2017 }, null, 'Học phí học kỳ 2, năm học 2016 - 2017 là 40.000 đồng/tháng.'],
  [{ quote: '500', year: 2017 }, null, 'Năm học 2017 - 2018, cấp tiểu học tăng hơn 500 học sinh so với năm học trước.'],
  [{ quote: '20%', year: 2025, modality: 'target' }, '2022-03-01', 'Phấn đấu đến năm 2025, kinh tế số chiếm 20% trở lên trong GRDP.'],
  [{ quote: '65%', year: 2020 }, '2021-03-20', 'Tỉ lệ lao động qua đào tạo tăng từ 50,06% vào năm 2016 lên 65% vào cuối năm 2020.'],
  [{ quote: '50,06%', year: 2016 }, '2021-03-20', 'Tỉ lệ lao động qua đào tạo tăng từ 50,06% vào năm 2016 lên 65% vào cuối năm 2020.'],
  [{ quote: '40.000 - 50.000 đồng/kg', year: 2020 }, '2021-03-01', 'Năm ngoái giá hành loại tốt là 40.000 - 50.000 đồng/kg thì năm nay chỉ 20.000 đồng/kg.'],
  [{ quote: '20.000 đồng/kg', year: 2021 }, '2021-03-01', 'Năm ngoái giá hành loại tốt là 40.000 - 50.000 đồng/kg thì năm nay chỉ 20.000 đồng/kg.'],
  [{ quote: '0,61%', year: 2015 }, '2016-03-01', 'Năm 2015, số nợ tăng 0,61% so với năm 2014.'],
  [{ quote: '6', year: 2020 }, '2021-04-01', 'Quận triển khai thêm 6 thủ tục so với năm 2019.'],
  [{ quote: '182', year: 2023 }, '2023-08', 'Toàn huyện có 182 cơ quan được cấp chứng thư số.'],
  // never the day of the run: unknown stays unknown
  [{ quote: '182', year: null }, null, 'Toàn huyện có 182 cơ quan được cấp chứng thư số.'],
  // an undated article: a comparison base beside a later horizon is the article's own year
  [{ quote: '7.695', year: 2017 }, null, 'Như vậy, TP hiện đang thiếu 7.695 giáo viên. Sở dự báo, đến năm 2020 số giáo viên sẽ phải tăng gấp đôi so với năm 2017.'],
  // ... and one alone speaks of the year after it
  [{ quote: '7.695', year: 2018 }, null, 'Như vậy, TP hiện đang thiếu 7.695 giáo viên. Số giáo viên tăng 5% so với năm 2017.'],
]);

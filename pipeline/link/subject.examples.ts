import { meaningCorpus } from './examples.js';

const S0 = 'Đồng thời, 100% cán bộ công chức, viên chức cấp huyện, 80% cán bộ công chức, viên chức cấp xã sử dụng hòm thư công vụ trong xử lý công việc.';
const S1 = '6 tháng đầu năm, tỷ lệ sử dụng văn bản điện tử ký số của UBND huyện đạt 100%; của UBND cấp xã đạt 99,86%.';
const S2 = 'Tổng mức bán lẻ hàng hóa đạt 44.154 tỷ đồng, tăng 6,2% so với cùng kỳ.';

export default meaningCorpus('subject', [
  [{ quote: '99,86%', subject: ['tỷ lệ sử dụng văn bản điện tử ký số', 'cấp xã'], subjectNot: ['100%'] }, '2023-08', S1],
  [{ quote: '100%', subject: ['tỷ lệ sử dụng văn bản điện tử ký số', 'UBND huyện'] }, '2023-08', S1],
  [{ quote: '100%', subject: ['cán bộ', 'cấp huyện'], subjectNot: ['cấp xã', '80%'] }, '2023-08', S0],
  [{ quote: '80%', subject: ['cán bộ', 'cấp xã', 'hòm thư công vụ'], subjectNot: ['cấp huyện'] }, '2023-08', S0],
  [{ quote: '26', subject: ['đơn vị', 'chuyên dùng'] }, '2023-08', 'Huyện thực hiện kết nối đường truyền số liệu chuyên dùng đến 26 đơn vị, địa phương.'],
  [{ quote: '182', subject: ['chứng thư số'] }, '2023-08', 'Đến thời điểm hiện tại, toàn huyện có 182 cơ quan, đơn vị và cá nhân đã được cấp chứng thư số.'],
  [{ quote: '6,2%', subject: ['Tổng mức bán lẻ'] }, '2017-07-01', S2],
  [{ quote: '12', subject: ['mức độ 3'] }, '2022-08-30', 'Trong đó TTHC đạt mức độ 3 là 12; mức độ 4 là 94.'],
  [{ quote: '94', subject: ['mức độ 4'], subjectNot: ['mức độ 3'] }, '2022-08-30', 'Trong đó TTHC đạt mức độ 3 là 12; mức độ 4 là 94.'],
  [{ quote: '70%', subject: ['máy tính', 'cấp xã'] }, '2022-08-30', 'Tỷ lệ cán bộ, công chức có máy tính tại cơ quan cấp huyện đạt 100%, tại cấp xã đạt khoảng 70%.'],
  [{ quote: '40', subject: ['học phí', 'THCS'] }, null, 'Đối với bậc THCS, mức học phí tương ứng là 25 – 40 – 70 – 100.000 đồng/tháng tùy theo khu vực.'],
  [{ quote: '94', subject: ['xã'] }, null, 'Chỉ tiêu cụ thể như sau: năm 2022: 94 xã, phường, thị trấn; năm 2023: 132 xã, phường, thị trấn.'],
  // a rate with no words of its own measures the clause before it
  [{ quote: '76,1%', subject: ['trả lời doanh nghiệp', 'tỷ lệ'], subjectNot: ['372'] }, '2017-05-01', 'Đến nay, có 372 phản ánh, kiến nghị đã được các bộ, ngành, địa phương xử lý và trả lời doanh nghiệp, đạt tỷ lệ 76,1%.'],
  // `còn` is "still" inside a clause, "down to" right before a figure
  [{ quote: '3.319', subject: ['khối công lập', 'thiếu'] }, '2018-01-01', 'Số giáo viên còn thiếu lên đến 11.014 người, khối công lập còn thiếu đến 3.319 giáo viên.'],
  // a short part after another figure keeps what the sentence is about
  [{ quote: '295,1 tỷ đồng', subject: ['Golden Hills', 'còn nợ'], subjectNot: ['2.016.597,6'] }, '2017-06-01', 'Dự án Khu đô thị Golden Hills có diện tích đã bàn giao 2.016.597,6 m2, còn nợ 295,1 tỷ đồng.'],
  [{ quote: '107.662', subject: ['tôm thẻ', 'thu hoạch'], subjectNot: ['57.680'] }, '2017-07-01', 'Diện tích tôm thẻ cả nước 6 tháng đầu năm ước đạt 57.680 ha, tăng 32,6% so với cùng kỳ năm trước, thu hoạch được 107.662 tấn.'],
  // a long left part keeps its head when nothing follows the figure
  [{ quote: '84%', subject: ['tỷ lệ ủng hộ', 'phương án hạn chế phương tiện cá nhân'] }, '2017-07-01', 'Kết quả khảo sát của UBND TP Hà Nội cho thấy, tỷ lệ ủng hộ phương án hạn chế phương tiện cá nhân và lộ trình dừng hoạt động xe máy trong nội thành khá cao, lần lượt là 84% và trên 90,35%.'],
  // figures of different things side by side do not share a subject
  [{ quote: '6.233', subject: ['ngày công lao động'] }, '2017-01-01', 'Hội viên tự nguyện đóng góp trên 8 tỉ đồng, 6.233 ngày công lao động để trải 28.503m lộ bê tông.'],
  [{ quote: '34 tỷ đồng', subject: ['doanh thu năm 2017'] }, '2017-05-01', 'Theo đó, doanh thu năm 2017 của đơn vị này dự kiến giảm 24% so với thực hiện năm 2016 còn 34 tỷ đồng.'],
]);

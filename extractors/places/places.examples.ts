/**
 * The example corpus for place matching: the hard cases articles throw at the matcher and the
 * negatives it must not take for places. Each phrasing runs through the whole places step
 * (pipeline/link/places.ts), so context counts: the province the text names, its web address,
 * its date. test/places.test.ts runs them all.
 */
import type { PlaceLevel } from '../types.js';

/** A mention the text must give: found by its quote (the text of the mention, level word included). */
export type PlaceExpect = {
  quote: string;
  level?: PlaceLevel | null;
  name?: string;
  /** `places.code`; null when the text cannot decide or the unit is not listed. */
  code?: string | null;
  province?: string | null;
  /** How many candidates an undecided mention keeps. */
  candidates?: number;
  via?: string;
};

export type PlaceInput = { text: string; url?: string; published?: string };

/** Expectations, then the phrasings (text, or text with its address and date) that must all meet them. */
export type PlaceExample = [PlaceExpect[], ...(string | PlaceInput)[]];

export const examples: PlaceExample[] = [
  // Level words, full and abbreviated, any case.
  [[{ quote: 'huyện Tam Dương', level: 'huyện', name: 'Tam Dương', code: '247', province: 'Vĩnh Phúc', via: 'level-word' }],
    'UBND huyện Tam Dương đã xây dựng kế hoạch chuyển đổi số.', 'Năm 2023, huyện Tam Dương có 13 xã, thị trấn.'],
  [[{ quote: 'Huyện Tam Dương', name: 'Tam Dương', code: '247' }], 'Huyện Tam Dương tiếp tục triển khai.'],
  [[{ quote: 'TP.HCM', level: 'thành phố', name: 'Hồ Chí Minh', code: '79', province: 'Hồ Chí Minh' }], 'Giá nhà ở TP.HCM tăng mạnh.'],
  [[{ quote: 'Tp.HCM', code: '79' }], 'Người dân Tp.HCM đi làm sớm.'],
  [[{ quote: 'TP. HCM', code: '79' }], 'Sở Y tế TP. HCM cho biết.'],
  [[{ quote: 'TP Hồ Chí Minh', level: 'thành phố', code: '79' }], 'Trường ĐH Sư phạm TP Hồ Chí Minh tuyển sinh.'],
  [[{ quote: 'Thành phố Hồ Chí Minh', code: '79' }], 'Thành phố Hồ Chí Minh có 22 quận, huyện.'],
  [[{ quote: 'TPHCM', level: 'thành phố', code: '79' }], 'Giá vàng tại TPHCM giảm.'],
  [[{ quote: 'Sài Gòn', level: 'thành phố', code: '79' }], 'Người dân Sài Gòn đi làm sớm.'],
  [[{ quote: 'TP Thanh Hóa', level: 'thành phố', name: 'Thanh Hóa', code: '380', province: 'Thanh Hóa' }], 'Hoàn thành tại TP Thanh Hóa, TP Sầm Sơn.'],
  [[{ quote: 'TP.Thanh Hóa', code: '380' }], 'Xem thêm TP.Thanh Hóa'],
  [[{ quote: 'thị xã Nghi Sơn', code: '407' }, { quote: 'TX Bỉm Sơn', level: 'thị xã', code: '381' }], 'Hai thị xã là thị xã Nghi Sơn và TX Bỉm Sơn.'],
  [[{ quote: 'H.Mù Căng Chải', level: 'huyện', name: 'Mù Căng Chải', province: 'Yên Bái' }, { quote: 'Yên Bái', level: 'tỉnh', code: '15' }],
    'Một bản vùng cao (H.Mù Căng Chải, Yên Bái) có điện lưới.'],
  [[{ quote: 'đặc khu Phú Quốc', level: 'đặc khu', province: 'An Giang' }], { text: 'Du khách đến đặc khu Phú Quốc tăng.', published: '2025-09-01' }],
  // Written forms of provinces: dashes, tone-mark placement, old spellings.
  [[{ quote: 'Thừa Thiên - Huế', level: 'tỉnh', name: 'Thừa Thiên Huế', code: '46', province: 'Thừa Thiên Huế' }], 'Mưa lớn ở Thừa Thiên - Huế.'],
  [[{ quote: 'tỉnh Thừa Thiên Huế', level: 'tỉnh', code: '46' }], { text: 'UBND tỉnh Thừa Thiên Huế họp.', published: '2022-05-01' }],
  [[{ quote: 'Bà Rịa – Vũng Tàu', level: 'tỉnh', code: '77', province: 'Bà Rịa - Vũng Tàu' }], 'Cảng biển Bà Rịa – Vũng Tàu.'],
  [[{ quote: 'BR-VT', code: '77' }], 'Tỉnh ủy BR-VT chỉ đạo.'],
  [[{ quote: 'Thanh Hoá', level: 'tỉnh', name: 'Thanh Hóa', code: '38' }], 'Nông dân Thanh Hoá thu hoạch lúa.'],
  [[{ quote: 'Thanh Hóa', level: 'tỉnh', name: 'Thanh Hóa', code: '38' }], 'Nông dân Thanh Hóa thu hoạch lúa.'],
  [[{ quote: 'huyện Cẩm Thuỷ', name: 'Cẩm Thủy', code: '390' }], 'Người dân huyện Cẩm Thuỷ trồng mía.'],
  [[{ quote: 'Đắc Lắc', level: 'tỉnh', code: '66' }], 'Cà phê Đắc Lắc được mùa.'],
  [[{ quote: 'huyện Đakrông', name: 'Đa Krông', code: '467', province: 'Quảng Trị' }], 'Lũ quét ở huyện Đakrông.'],
  // Numbered units.
  [[{ quote: 'quận 1', level: 'quận', name: '1', code: '760', province: 'Hồ Chí Minh' }], 'Công an quận 1, TP.HCM cho biết.'],
  [[{ quote: 'P.5', level: 'phường', name: '5', province: 'Hồ Chí Minh' }, { quote: 'Q.3', level: 'quận', code: '770' }], 'Nhà số 12 (P.5, Q.3, TP.HCM) bị cháy.'],
  [[{ quote: 'quận 2', level: 'quận', code: null, province: 'Hồ Chí Minh' }], 'Khu đô thị mới ở quận 2 đã xong.'],
  // Missing spaces, datelines.
  [[{ quote: 'YênBái', level: 'tỉnh', name: 'Yên Bái', code: '15', via: 'dateline' }], 'YênBái - Đến nay, Văn Chấn đã thành lập Ban Chỉ đạo.'],
  // Small typos, where the parent says where to look; the article's spelling is kept.
  [[{ quote: 'xã Đăk Ngọc', name: 'Đăk Ngọc', code: '23510', province: 'Kon Tum' }], 'Tại xã Đăk Ngọc, huyện Đăk Hà, khoai lang cho lãi.'],
  // Lists after a level word, and parents in brackets.
  [[{ quote: 'xã Hà Sơn', code: '15313', province: 'Thanh Hóa' }, { quote: 'Hà Trung', level: 'huyện', code: '392', via: 'parenthesis' },
    { quote: 'Nga An', level: 'xã', code: '16144', via: 'list' }, { quote: 'Nga Sơn', level: 'huyện', code: '401' },
    { quote: 'Yên Thọ', level: 'xã', code: '16264', via: 'list' }, { quote: 'Như Thanh', level: 'huyện', code: '403' }],
    'Thí điểm tại 3 xã Hà Sơn (Hà Trung), Nga An (Nga Sơn) và Yên Thọ (Như Thanh).'],
  [[{ quote: 'huyện: Hoằng Hóa', level: 'huyện', code: '399', via: 'level-word' }, { quote: 'Quảng Xương', level: 'huyện', code: '406', via: 'list' },
    { quote: 'Vĩnh Lộc', level: 'huyện', code: '393', via: 'list' }],
    'Tỉnh Thanh Hóa chọn các huyện: Hoằng Hóa, Quảng Xương và Vĩnh Lộc.'],
  [[{ quote: 'xã Yên Nguyên', code: '02365', province: 'Tuyên Quang' }, { quote: 'Chiêm Hóa', level: 'huyện', code: '073', via: 'parenthesis' }],
    'Công chức xã Yên Nguyên (Chiêm Hóa) tuyên truyền.'],
  [[{ quote: 'xã Yên Nguyên', code: '02365' }, { quote: 'huyện Chiêm Hóa', code: '073' }],
    'Ông Cầm Văn Dũng, Chủ tịch UBND xã Yên Nguyên, huyện Chiêm Hóa cho biết.'],
  [[{ quote: 'phường Minh Khai', level: 'phường', province: 'Hà Nội' }, { quote: 'Hai Bà Trưng', level: 'quận', code: '007' }, { quote: 'Hà Nội', level: 'thành phố', code: '01' }],
    'Lớp mầm non Sen Vàng (phường Minh Khai, Hai Bà Trưng, Hà Nội) bị đình chỉ.'],
  [[{ quote: 'TP.Vinh', level: 'thành phố', code: '412', province: 'Nghệ An' }, { quote: 'phường Vinh Tân', province: 'Nghệ An' }], 'Anh Đạt (trú phường Vinh Tân, TP.Vinh, Nghệ An) cho biết.'],
  // Source credits.
  [[{ quote: 'tỉnh Vĩnh Phúc', code: '26', via: 'credit' }],
    'Huyện Tam Dương đạt 100%.\nNgười dân hài lòng.\nTheo Hồng Yến (Cổng Thông tin - Giao tiếp điện tử tỉnh Vĩnh Phúc)'],
  // Ambiguous names stay undecided: never a guess.
  [[{ quote: 'huyện Vĩnh Thạnh', level: 'huyện', name: 'Vĩnh Thạnh', code: null, province: null, candidates: 2 }],
    'Để chuyển đổi số hiệu quả, huyện Vĩnh Thạnh tiếp tục tuyên truyền.'],
  // ... decided by the article's other names, its address or an explicit parent.
  [[{ quote: 'huyện Vĩnh Thạnh', code: '924', province: 'Cần Thơ' }], 'Nông dân huyện Vĩnh Thạnh, TP Cần Thơ thu hoạch lúa.',
    'Thành phố Cần Thơ có nhiều mô hình. Nông dân huyện Vĩnh Thạnh thu hoạch lúa.'],
  [[{ quote: 'huyện Vĩnh Thạnh', code: '546', province: 'Bình Định' }], { text: 'Nông dân huyện Vĩnh Thạnh thu hoạch lúa.', url: 'https://baobinhdinh.vn/a.htm' }],
  [[{ quote: 'huyện Châu Thành', province: 'Tiền Giang' }], '(Baotiengiang.vn) - Nông dân huyện Châu Thành trồng sầu riêng.'],
  // Units merged away before the lists were made: kept, with the province their parent gives.
  [[{ quote: 'xã Đức Thắng', level: 'xã', name: 'Đức Thắng', code: null, province: 'Bắc Giang' }],
    'Trụ sở ở cụm công nghiệp Trung Đồng, xã Đức Thắng, huyện Hiệp Hòa (tỉnh Bắc Giang).'],
  // Bare names where the article makes them places.
  [[{ quote: 'Tam Dương', level: 'huyện', code: '247', via: 'bare' }], 'UBND huyện Tam Dương họp. Từng bước xây dựng chính quyền số, Tam Dương đã phối hợp.'],
  [[{ quote: 'Nha Trang', level: 'thành phố', code: '568', province: 'Khánh Hòa' }], 'Giá ốc hương ở Nha Trang tăng.'],
  [[{ quote: 'Hòa Bình', level: 'tỉnh', code: '17' }], 'Cam Cao Phong của Hòa Bình được mùa.'],
  // After the reform: the units of the article's date.
  [[{ quote: 'xã Tam Dương', code: '2025:08869', province: 'Phú Thọ' }, { quote: 'tỉnh Phú Thọ', code: '2025:25' }],
    { text: 'UBND xã Tam Dương, tỉnh Phú Thọ ra mắt.', published: '2025-08-02' }],
];

/** Texts with no place at all, or none whose quote contains the second string. */
export const negatives: (string | [string, string])[] = [
  'Người dân mong muốn hòa bình và ổn định.',
  ['Ông Nguyễn Văn Tân, Chủ tịch UBND xã cho biết.', 'Văn Tân'],
  'Bà Lê Thanh Hóa đã nghỉ hưu.',
  'Ông Hà Nam cho biết.',
  'Chị Thái Bình làm nghề may.',
  'Cửa hàng trên đường Điện Biên Phủ.',
  'Quán phở trên phố Huế rất đông.',
  'Bà xã Hari Won đi cùng.',
  'Thôn Tân Lập có 200 hộ.',
  'UBND 13 xã, thị trấn đã được trang bị.',
  'Hệ thống chính trị 2 cấp huyện, xã.',
  'Ban Thường vụ Tỉnh ủy ban hành nghị quyết.',
  'Theo Thông tư 01/2020/TT-BTTTT của Bộ.',
  'Hỗ trợ mỗi xã 1 tấn đạm, ngân sách thị trấn 3,2 tỷ đồng.',
  'Chủ tịch nước dự lễ.',
  'Khách sạn ở thị trấn Palm Beach.',
  'Các huyện: Đến năm 2025 hoàn thành.',
  'Xã hội hóa giáo dục được đẩy mạnh.',
  'Anh Vinh bán hàng ở chợ.',
];

/** The place a figure gets: [figure quote, place_name, province], then the text. */
export type ScopeExample = [[string, string | null, string | null], string];

export const scopes: ScopeExample[] = [
  [['13/13', 'huyện Tam Dương', 'Vĩnh Phúc'], 'UBND huyện Tam Dương triển khai chuyển đổi số. Toàn huyện có 13/13 xã, thị trấn vận hành phần mềm.'],
  [['99,86%', 'huyện Tam Dương', 'Vĩnh Phúc'], 'Huyện Tam Dương đẩy mạnh chuyển đổi số.\nTỷ lệ văn bản ký số của UBND cấp xã đạt 99,86%.'],
  [['63', 'Việt Nam', null], 'Tỉnh Thanh Hóa họp. Cả nước có 63 tỉnh, thành phố.'],
  [['500', null, null], 'Hà Nội và TP.HCM có 500 ca mắc mới.'],
  [['2.170 tỷ đồng', 'thành phố Hà Nội', 'Hà Nội'], 'Đơn cử như Hà Nội còn nợ 2.170 tỷ đồng; TP.HCM nợ là 1.945 tỷ đồng, Bình Dương nợ 423 tỷ đồng.'],
  [['1.945 tỷ đồng', 'thành phố Hồ Chí Minh', 'Hồ Chí Minh'], 'Đơn cử như Hà Nội còn nợ 2.170 tỷ đồng; TP.HCM nợ là 1.945 tỷ đồng, Bình Dương nợ 423 tỷ đồng.'],
  [['100%', 'xã Xuân Lập', 'Tuyên Quang'], 'Tỉnh Tuyên Quang đẩy mạnh chuyển đổi số.\nTại xã Xuân Lập, huyện Lâm Bình, 100% cán bộ đã dùng chữ ký số.'],
  [['1', 'huyện Thọ Xuân', 'Thanh Hóa'], 'Huyện Thọ Xuân có 30 trang thông tin điện tử của xã và 1 cổng thông tin điện tử của huyện.'],
  [['12', 'Việt Nam', null], 'Theo Bộ Y tế, cả nước ghi nhận 12 ca mắc mới.'],
  [['2 triệu đồng', 'xã Võ Liệt', 'Nghệ An'], 'Nhiều hộ gia đình tại xã Võ Liệt, huyện Thanh Chương, Nghệ An phải nộp 2 triệu đồng.'],
  // a range of fines is a national rule; one fine is an event and keeps its place
  [['3.000.000 đồng đến 5.000.000 đồng', 'Việt Nam', null], 'Luật sư Dương Văn Mai, Đoàn Luật sư Tp. Hà Nội cho biết: Phạt tiền từ 3.000.000 đồng đến 5.000.000 đồng đối với hành vi không bảo đảm vệ sinh.'],
  // the far end of a route is no place a figure is about
  [['18.000 tỷ đồng', 'thành phố Hà Nội', 'Hà Nội'], 'Hà Nội đẩy nhanh các dự án giao thông. Dự án đường sắt Cát Linh - Hà Đông có tổng mức đầu tư hơn 18.000 tỷ đồng.'],
  [['672 triệu đồng', 'tỉnh Hải Dương', 'Hải Dương'], 'UBND tỉnh Hải Dương vừa ra quyết định xử phạt Công ty Dệt Pacific Crystal với tổng số tiền phạt 672 triệu đồng.'],
];

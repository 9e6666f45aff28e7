/**
 * Word lists for what follows a number: currencies, measures, time units, and the words that
 * end a counted noun phrase. All in folded form (lower case, old tone placement: see fold.ts).
 * Data, not code: extend the lists, keep them sorted by meaning.
 */

/** Currency words -> ISO code. Longest first when used in a regex. */
export const CURRENCIES: Record<string, string> = {
  'đồng': 'VND', 'đ': 'VND', 'vnđ': 'VND', 'vnd': 'VND', '₫': 'VND',
  'usd': 'USD', 'us$': 'USD', '$': 'USD', 'đô la mỹ': 'USD', 'đô-la mỹ': 'USD', 'đôla mỹ': 'USD', 'đô la': 'USD',
  'đô-la': 'USD', 'đôla': 'USD', 'đô': 'USD', 'mỹ kim': 'USD',
  'eur': 'EUR', 'euro': 'EUR', '€': 'EUR', 'ơ-rô': 'EUR',
  'yên nhật': 'JPY', 'yên': 'JPY', 'jpy': 'JPY',
  'nhân dân tệ': 'CNY', 'ndt': 'CNY', 'cny': 'CNY', 'tệ': 'CNY',
  'sgd': 'SGD', 'đô la singapore': 'SGD', 'bảng anh': 'GBP', 'gbp': 'GBP', '£': 'GBP',
  'won': 'KRW', 'krw': 'KRW', 'baht': 'THB', 'bạt': 'THB', 'aud': 'AUD', 'đô la úc': 'AUD',
  'rúp': 'RUB', 'rub': 'RUB', 'kíp': 'LAK', 'riel': 'KHR', 'chf': 'CHF', 'cad': 'CAD', 'hkd': 'HKD', 'twd': 'TWD',
  'ringgit': 'MYR', 'rm': 'MYR', 'myr': 'MYR', 'rupee': 'INR', 'rupi': 'INR', 'rs': 'INR', 'inr': 'INR', 'peso': 'PHP',
  'bảng': 'GBP',
};

// `đồng` after a number is money unless it starts another word: `3 đồng chí` (comrades),
// `đồng ý`, `đồng bào`, `đồng chí`, `đồng hồ`, `đồng ruộng`, `đồng lúa`, `Đồng Nai`.
export const DONG_COMPOUNDS = new Set([
  'chí', 'ý', 'bào', 'hồ', 'ruộng', 'lúa', 'bằng', 'nghiệp', 'minh', 'đội', 'phục', 'ca', 'thời', 'tâm', 'loại',
  'cỏ', 'nai', 'tháp', 'hới', 'xoài', 'văn', 'hỷ', 'nát', 'tiền', 'bộ', 'đều', 'hành', 'hương', 'thuận', 'khởi',
  'sở', 'tác', 'tình', 'thanh', 'trinh', 'chủ', 'dạng', 'nhất', 'loạt', 'lòng', 'môn', 'cảm', 'nghĩa', 'quê',
  'bọn', 'phạm', 'học', 'hành', 'đẳng', 'xu', 'bạc', 'vàng', 'thau', 'đỏ', 'điệu',
]);

/** Measures that make a figure a `quantity`, with the unit as stored. */
export const MEASURES: Record<string, string> = {
  // area
  'ha': 'ha', 'héc-ta': 'ha', 'hecta': 'ha', 'héc ta': 'ha', 'hécta': 'ha', 'm2': 'm2', 'm²': 'm2', 'km2': 'km2',
  'km²': 'km2', 'mét vuông': 'm2', 'cây số vuông': 'km2', 'sào': 'sào', 'mẫu': 'mẫu', 'cm2': 'cm2',
  // length
  'km': 'km', 'cây số': 'km', 'm': 'm', 'mét': 'm', 'cm': 'cm', 'mm': 'mm', 'dặm': 'dặm', 'hải lý': 'hải lý',
  // volume
  'm3': 'm3', 'm³': 'm3', 'khối': 'm3', 'lít': 'lít', 'ml': 'ml', 'triệu m3': 'm3',
  // mass
  'tấn': 'tấn', 'tạ': 'tạ', 'yến': 'yến', 'kg': 'kg', 'kí': 'kg', 'ký': 'kg', 'kilogam': 'kg', 'ki-lô-gam': 'kg',
  'g': 'g', 'gr': 'g', 'gram': 'gram', 'gam': 'g', 'mg': 'mg', 'lạng': 'lạng', 'kgs': 'kg',
  // energy, power, data
  'kw': 'kW', 'kwh': 'kWh', 'mw': 'MW', 'mwh': 'MWh', 'gw': 'GW', 'gwh': 'GWh', 'kv': 'kV', 'kva': 'kVA',
  'mb': 'MB', 'gb': 'GB', 'tb': 'TB', 'mbps': 'Mbps', 'gbps': 'Gbps', 'ghz': 'GHz', 'mhz': 'MHz',
  // temperature, speed, others
  'độ c': '°C', '°c': '°C', 'oc': '°C', 'km/h': 'km/h', 'calo': 'calo', 'kcal': 'kcal', 'brix': 'Brix', 'mmhg': 'mmHg',
  'ngày công': 'ngày công', 'công lao động': 'công',
  // time, age
  'giây': 'giây', 'phút': 'phút', 'giờ': 'giờ', 'tiếng': 'giờ', 'ngày': 'ngày', 'tuần': 'tuần', 'tháng': 'tháng',
  'năm': 'năm', 'thập kỷ': 'thập kỷ', 'thế kỷ': 'thế kỷ', 'tuổi': 'tuổi',
};

/** Measures that are times (durations): `6 tháng đầu năm` is a time phrase, not a figure. */
export const TIME_UNITS = new Set(['giây', 'phút', 'giờ', 'tiếng', 'ngày', 'tuần', 'tháng', 'năm', 'thập kỷ', 'thế kỷ']);

/**
 * Words that end a counted noun phrase or cannot start one: verbs, prepositions, conjunctions,
 * particles. `182 cơ quan, đơn vị và cá nhân đã được cấp` -> unit `cơ quan`.
 */
export const NOUN_STOP = new Set([
  'và', 'với', 'của', 'tại', 'ở', 'trong', 'trên', 'dưới', 'là', 'được', 'đã', 'đang', 'sẽ', 'có', 'cho', 'từ',
  'đến', 'tới', 'để', 'thì', 'mà', 'nhưng', 'hoặc', 'hay', 'bị', 'do', 'vì', 'theo', 'về', 'như', 'này', 'đó',
  'kia', 'nọ', 'thuộc', 'gồm', 'bao', 'cùng', 'nên', 'nếu', 'khi', 'sau', 'trước', 'so', 'bằng', 'đạt', 'chiếm',
  'tăng', 'giảm', 'còn', 'lên', 'xuống', 'ra', 'vào', 'qua', 'lại', 'nữa', 'thêm', 'cũng', 'vẫn', 'đều', 'chỉ',
  'không', 'chưa', 'rất', 'hơn', 'nhất', 'trở', 'nay', 'mỗi', 'một', 'các', 'những', 'nhiều', 'ít', 'tham',
  'tương', 'tức', 'khoảng', 'gần', 'trên', 'hết', 'mới', 'vừa', 'nhằm', 'phải', 'cần', 'muốn', 'thực', 'làm',
  'đi', 'đưa', 'bán', 'mua', 'thu', 'chi', 'nộp', 'trả', 'giữ', 'tham gia', 'hoàn', 'tiếp', 'xử', 'sử', 'đăng',
  'nhận', 'ký', 'gửi', 'hưởng', 'mức', 'nằm', 'gồm', 'kèm', 'bảo', 'đề', 'trực', 'cung', 'thành', 'tốt', 'bỏ', 'chọn', 'lựa', 'mắc', 'nhiễm',
]);

/** Count nouns whose count cannot be fractional: a comma before 3 digits is grouping there. */
export const INTEGER_NOUNS = new Set([
  'người', 'hộ', 'xã', 'thôn', 'doanh nghiệp', 'hồ sơ', 'máy', 'trạm', 'cơ quan', 'đơn vị', 'trường', 'học sinh',
  'sinh viên', 'bệnh nhân', 'ca', 'trường hợp', 'lượt', 'con', 'cây', 'căn', 'nhà', 'chiếc', 'xe', 'dự án', 'vụ',
  'thủ tục', 'em', 'cháu', 'giáo viên', 'lao động', 'công nhân', 'hội viên', 'thành viên', 'khách',
]);

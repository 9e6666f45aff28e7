/**
 * Words around a bare name that tell whether it is a place: `ông Hà Nam` is a man, `đường Điện
 * Biên Phủ` a street, `thôn Tân Lập` a village; `Nguyễn Văn Tân` and `Lê Thanh Hóa` are people
 * (a capitalised word before the name); `Hòa Bình` is a province where `hòa bình` is peace (the
 * capital letters). Data, kept apart from the matching code.
 */

// A person's name follows these (folded): `ông Hà Nam`, `chị Thái Bình`, `đồng chí Hoàng Mai`.
export const PERSON_WORDS = new Set([
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'bé', 'thầy', 'cậu', 'dì', 'mợ', 'thím',
  'chồng', 'vợ', 'con', 'bố', 'mẹ', 'cha', 'tên', 'tên là', 'đồng chí', 'đ/c', 'sinh viên', 'học sinh',
  'giáo viên', 'bệnh nhân', 'ca sĩ', 'nghệ sĩ', 'diễn viên', 'nhạc sĩ', 'nhà thơ', 'nhà văn', 'nhà báo', 'bị cáo',
  'đối tượng', 'nạn nhân', 'cầu thủ', 'võ sĩ', 'vận động viên', 'tiến sĩ', 'thạc sĩ', 'bác sĩ', 'kỹ sư', 'luật sư',
  'trung tá', 'thiếu tá', 'đại tá', 'thượng tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'tướng', 'thiếu tướng',
  'trung tướng', 'mang tên', 'gọi là', 'hiệu', 'tàu', 'nhãn hiệu', 'thương hiệu', 'khách sạn', 'nhà hàng', 'quán',
]);

// Streets, villages and landmarks are named after units: `phố Huế`, `đường Hà Nội`, `thôn Tân
// Lập`, `sông Sài Gòn`, `cầu Long Biên`, `chợ Bến Thành`. Not administrative units.
export const FEATURE_WORDS = new Set([
  'đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'đại lộ', 'quốc lộ', 'tỉnh lộ', 'sông', 'suối', 'núi', 'đèo', 'hồ', 'đầm',
  'cầu', 'chợ', 'bến', 'ga', 'bến xe', 'thôn', 'xóm', 'làng', 'bản', 'ấp', 'buôn', 'plei', 'sóc', 'khóm', 'khu phố', 'tổ',
  'tổ dân phố', 'khu', 'khối', 'cụm', 'phum', 'vịnh', 'kênh', 'rạch', 'đồi', 'công viên', 'quảng trường',
  'số', 'lô', 'tòa', 'chung cư', 'nhà', 'toà',
]);

// A capitalised word before a name makes it part of a longer name (`Nguyễn Văn Tân`), except
// these heads of bodies named after their unit: `Báo Thanh Hóa`, `Công an Hà Nội`, `Sở Y tế`.
export const BODY_WORDS = new Set([
  'báo', 'đài', 'sở', 'cục', 'chi cục', 'ban', 'hội', 'đoàn', 'trường', 'viện', 'tỉnh', 'thành', 'tỉnh ủy', 'thành ủy',
  'huyện ủy', 'đảng bộ', 'ủy ban', 'công an', 'cảnh sát', 'bộ chỉ huy', 'bộ đội', 'kho bạc', 'bảo hiểm', 'ngân hàng',
  'cổng', 'trung tâm', 'bệnh viện', 'đại học', 'học viện', 'tòa án', 'viện kiểm sát', 'liên đoàn', 'mặt trận', 'hội đồng',
  'tại', 'ở', 'từ', 'về', 'và', 'với', 'của', 'cho', 'như', 'theo', 'gồm', 'đến', 'tới', 'sang', 'ra', 'vào', 'qua',
  'thủ đô', 'miền', 'xứ', 'đất', 'quê', 'vùng', 'địa bàn', 'huyện', 'xã', 'phường', 'quận', 'thị xã', 'thị trấn',
]);

// The commonest surnames: a name followed by one is a body's unit before a person's name
// (`Chủ tịch UBND Hà Nội Nguyễn Đức Chung`), not part of a longer name.
export const SURNAMES = new Set([
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý',
  'đinh', 'trương', 'đoàn', 'lương', 'mai', 'trịnh', 'đào', 'cao', 'lâm', 'hà', 'tạ', 'tô', 'chu', 'vương', 'thái',
  'kiều', 'lục', 'quách', 'triệu', 'tăng', 'lò', 'cầm', 'hứa', 'giàng', 'sùng', 'vàng', 'lù', 'thào', 'mùa', 'nông',
]);

// `huyện miền núi Tủa Chùa`, `xã đảo Cát Hải`, `tỉnh biên giới Lào Cai`: words between a
// level word and its name.
export const DESCRIPTORS = [
  'miền núi', 'vùng cao', 'biên giới', 'đảo', 'nghèo', 'ven biển', 'ven đô', 'ngoại thành', 'nội thành', 'trung du',
  'đồng bằng', 'vùng sâu', 'vùng xa', 'thuần nông', 'điểm', 'cũ', 'mới',
];

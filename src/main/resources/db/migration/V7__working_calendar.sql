-- Working-day calendar: the days that differ from "Monday to Friday work, Saturday and Sunday off".
-- HOLIDAY = a day off (nghỉ lễ, Tết, nghỉ bù, hoán đổi); WORKING = a Saturday or Sunday worked (làm bù).
-- Holidays on a weekend are listed too (kind HOLIDAY) so the table reads as the year's list of holidays;
-- they change no computation. verified = FALSE marks days whose exact date is not yet confirmed by a
-- decision; administrators correct them through /api/calendar. A year with no row at all is computed
-- as weekends only (and the application logs a warning so that its holidays get entered).
-- Lunar dates were converted with Hồ Ngọc Đức's algorithm at UTC+7 and checked against the announced
-- arrangements (Tết 2025: 29/01/2025; Tết 2026: 17/02/2026; Tết 2027: 06/02/2027).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE TABLE calendar_day_exception (
    calendar_date  DATE          NOT NULL PRIMARY KEY,
    kind           VARCHAR(10)   NOT NULL,
    name           VARCHAR(255)  NOT NULL,
    legal_basis    VARCHAR(500),
    verified       BOOLEAN       DEFAULT FALSE NOT NULL,
    note           VARCHAR(1000),
    created_by     VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKING'))
);

-- 2025: Điều 112 Bộ luật Lao động 2019; Công văn 8726/VPCP-KGVX ngày 26/11/2024 (ý kiến Thủ tướng) and
-- Thông báo 6150/TB-BLĐTBXH năm 2024 of the Ministry of Labour for civil servants.
INSERT INTO calendar_day_exception (calendar_date, kind, name, legal_basis, verified, note, created_by) VALUES
(DATE '2025-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2025-01-27', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH năm 2024', TRUE, 'Công chức, viên chức nghỉ 9 ngày từ 25/01 đến hết 02/02/2025.', 'migration'),
(DATE '2025-01-28', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH năm 2024', TRUE, 'Công chức, viên chức nghỉ 9 ngày từ 25/01 đến hết 02/02/2025.', 'migration'),
(DATE '2025-01-29', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH năm 2024', TRUE, 'Công chức, viên chức nghỉ 9 ngày từ 25/01 đến hết 02/02/2025.', 'migration'),
(DATE '2025-01-30', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH năm 2024', TRUE, 'Công chức, viên chức nghỉ 9 ngày từ 25/01 đến hết 02/02/2025.', 'migration'),
(DATE '2025-01-31', 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH năm 2024', TRUE, 'Công chức, viên chức nghỉ 9 ngày từ 25/01 đến hết 02/02/2025.', 'migration'),
(DATE '2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2025-04-26', 'WORKING', 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/5/2025', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH năm 2024', TRUE, 'Hoán đổi ngày làm việc thứ Sáu 02/5/2025 sang thứ Bảy 26/4/2025.', 'migration'),
(DATE '2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng 30/4', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2025-05-01', 'HOLIDAY', 'Quốc tế Lao động 1/5', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2025-05-02', 'HOLIDAY', 'Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/4/2025)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH năm 2024', TRUE, 'Công chức, viên chức nghỉ 5 ngày từ 30/4 đến hết 04/5/2025.', 'migration'),
(DATE '2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề trước 2/9)', 'Điều 112 Bộ luật Lao động 2019; Thông báo 6150/TB-BLĐTBXH năm 2024', TRUE, 'Công chức, viên chức nghỉ từ thứ Bảy 30/8 đến hết thứ Ba 02/9/2025.', 'migration'),
(DATE '2025-09-02', 'HOLIDAY', 'Quốc khánh 2/9', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration');

-- 2026: Điều 112 Bộ luật Lao động 2019; ý kiến Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt
-- tháng 10/2025 (Tết Âm lịch, Quốc khánh) and Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch).
INSERT INTO calendar_day_exception (calendar_date, kind, name, legal_basis, verified, note, created_by) VALUES
(DATE '2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2026-01-02', 'HOLIDAY', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (ý kiến Phó Thủ tướng Chính phủ)', TRUE, 'Công chức, viên chức nghỉ 4 ngày từ 01/01 đến hết 04/01/2026.', 'migration'),
(DATE '2026-01-10', 'WORKING', 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (ý kiến Phó Thủ tướng Chính phủ)', TRUE, NULL, 'migration'),
(DATE '2026-02-16', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)', 'Ý kiến Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt tháng 10/2025 (đề xuất của Bộ Nội vụ)', TRUE, 'Công chức, viên chức nghỉ 9 ngày từ 14/02 đến hết 22/02/2026. Số hiệu văn bản chưa ghi nhận.', 'migration'),
(DATE '2026-02-17', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)', 'Ý kiến Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt tháng 10/2025 (đề xuất của Bộ Nội vụ)', TRUE, 'Công chức, viên chức nghỉ 9 ngày từ 14/02 đến hết 22/02/2026. Số hiệu văn bản chưa ghi nhận.', 'migration'),
(DATE '2026-02-18', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)', 'Ý kiến Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt tháng 10/2025 (đề xuất của Bộ Nội vụ)', TRUE, 'Công chức, viên chức nghỉ 9 ngày từ 14/02 đến hết 22/02/2026. Số hiệu văn bản chưa ghi nhận.', 'migration'),
(DATE '2026-02-19', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)', 'Ý kiến Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt tháng 10/2025 (đề xuất của Bộ Nội vụ)', TRUE, 'Công chức, viên chức nghỉ 9 ngày từ 14/02 đến hết 22/02/2026. Số hiệu văn bản chưa ghi nhận.', 'migration'),
(DATE '2026-02-20', 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)', 'Ý kiến Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt tháng 10/2025 (đề xuất của Bộ Nội vụ)', TRUE, 'Công chức, viên chức nghỉ 9 ngày từ 14/02 đến hết 22/02/2026. Số hiệu văn bản chưa ghi nhận.', 'migration'),
(DATE '2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Điều 112 Bộ luật Lao động 2019', TRUE, 'Trùng Chủ nhật; nghỉ bù thứ Hai 27/4/2026.', 'migration'),
(DATE '2026-04-27', 'HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4)', 'Khoản 3 Điều 111 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng 30/4', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2026-05-01', 'HOLIDAY', 'Quốc tế Lao động 1/5', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2026-08-22', 'WORKING', 'Làm bù cho ngày nghỉ hoán đổi thứ Hai 31/8/2026', 'Ý kiến Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt tháng 10/2025 (đề xuất của Bộ Nội vụ)', TRUE, 'Hoán đổi ngày làm việc thứ Hai 31/8/2026 sang thứ Bảy 22/8/2026.', 'migration'),
(DATE '2026-08-31', 'HOLIDAY', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)', 'Ý kiến Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt tháng 10/2025 (đề xuất của Bộ Nội vụ)', TRUE, 'Công chức, viên chức nghỉ 5 ngày từ 29/8 đến hết 02/9/2026.', 'migration'),
(DATE '2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề trước 2/9)', 'Điều 112 Bộ luật Lao động 2019; ý kiến Thủ tướng Chính phủ tháng 10/2025', TRUE, NULL, 'migration'),
(DATE '2026-09-02', 'HOLIDAY', 'Quốc khánh 2/9', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2026-11-24', 'HOLIDAY', 'Ngày Văn hóa Việt Nam 24/11', 'Nghị quyết 80-NQ/TW ngày 07/01/2026 của Bộ Chính trị; Nghị quyết 30/NQ-CP của Chính phủ', FALSE, 'Chủ trương là ngày nghỉ hưởng nguyên lương nhưng khoản 1 Điều 112 Bộ luật Lao động chưa được sửa đổi; xóa dòng này nếu chưa được áp dụng trong năm 2026.', 'migration');

-- 2027: only the dates fixed by the Labour Code are certain; the Tết arrangement and the day next to
-- 2/9 are decided by the Prime Minister late in 2026 (rows marked unverified until then).
INSERT INTO calendar_day_exception (calendar_date, kind, name, legal_basis, verified, note, created_by) VALUES
(DATE '2027-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2027-02-04', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (28 tháng Chạp)', 'Điều 112 Bộ luật Lao động 2019 (phương án dự kiến)', FALSE, 'Dự kiến theo phương án năm 2024 (mùng 1 cũng rơi vào thứ Bảy): nghỉ từ 04/02 đến hết 10/02/2027; chờ Thủ tướng quyết định.', 'migration'),
(DATE '2027-02-05', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (29 tháng Chạp)', 'Điều 112 Bộ luật Lao động 2019 (phương án dự kiến)', FALSE, 'Dự kiến; chờ Thủ tướng quyết định.', 'migration'),
(DATE '2027-02-06', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (mùng 1 tháng Giêng)', 'Điều 112 Bộ luật Lao động 2019', TRUE, 'Trùng thứ Bảy.', 'migration'),
(DATE '2027-02-07', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (mùng 2 tháng Giêng)', 'Điều 112 Bộ luật Lao động 2019', TRUE, 'Trùng Chủ nhật.', 'migration'),
(DATE '2027-02-08', 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (mùng 3 tháng Giêng)', 'Điều 112 Bộ luật Lao động 2019 (phương án dự kiến)', FALSE, 'Dự kiến; chờ Thủ tướng quyết định.', 'migration'),
(DATE '2027-02-09', 'HOLIDAY', 'Nghỉ bù Tết Nguyên đán Đinh Mùi (mùng 4 tháng Giêng)', 'Khoản 3 Điều 111 Bộ luật Lao động 2019 (phương án dự kiến)', FALSE, 'Dự kiến; chờ Thủ tướng quyết định.', 'migration'),
(DATE '2027-02-10', 'HOLIDAY', 'Nghỉ bù Tết Nguyên đán Đinh Mùi (mùng 5 tháng Giêng)', 'Khoản 3 Điều 111 Bộ luật Lao động 2019 (phương án dự kiến)', FALSE, 'Dự kiến; chờ Thủ tướng quyết định.', 'migration'),
(DATE '2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng 30/4', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2027-05-01', 'HOLIDAY', 'Quốc tế Lao động 1/5', 'Điều 112 Bộ luật Lao động 2019', TRUE, 'Trùng thứ Bảy; nghỉ bù thứ Hai 03/5/2027.', 'migration'),
(DATE '2027-05-03', 'HOLIDAY', 'Nghỉ bù Quốc tế Lao động (trùng thứ Bảy 1/5)', 'Khoản 3 Điều 111 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2027-09-02', 'HOLIDAY', 'Quốc khánh 2/9', 'Điều 112 Bộ luật Lao động 2019', TRUE, NULL, 'migration'),
(DATE '2027-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề sau 2/9)', 'Điều 112 Bộ luật Lao động 2019 (phương án dự kiến)', FALSE, 'Ngày liền kề (01/9 hoặc 03/9) do Thủ tướng quyết định; dự kiến 03/9 như năm 2021.', 'migration'),
(DATE '2027-11-24', 'HOLIDAY', 'Ngày Văn hóa Việt Nam 24/11', 'Nghị quyết 80-NQ/TW ngày 07/01/2026 của Bộ Chính trị; Nghị quyết 30/NQ-CP của Chính phủ', FALSE, 'Chủ trương là ngày nghỉ hưởng nguyên lương; chờ sửa đổi khoản 1 Điều 112 Bộ luật Lao động.', 'migration');

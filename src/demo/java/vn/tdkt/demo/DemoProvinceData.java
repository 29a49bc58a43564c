package vn.tdkt.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo province, modelled on Tây Ninh after the 2025 restructuring: blocks named as in the domain
 * brief §3.2, provincial agencies in them, and the departments merged away on 1 March 2025.
 */
final class DemoProvinceData {

    static final LocalDate LONG_AGO = LocalDate.of(2008, 1, 1);
    static final LocalDate MERGER_START = LocalDate.of(2025, 3, 1);
    static final LocalDate MERGER_END = LocalDate.of(2025, 2, 28);

    record BlockSeed(String code, String name, String description) { }

    record UnitSeed(String code, String name, String type, String blockCode, LocalDate validFrom,
                    LocalDate validTo, String successorCode) {
        static UnitSeed active(String code, String name, String type, String block) {
            return new UnitSeed(code, name, type, block, LONG_AGO, null, null);
        }

        static UnitSeed createdByMerger(String code, String name, String type, String block) {
            return new UnitSeed(code, name, type, block, MERGER_START, null, null);
        }

        static UnitSeed mergedInto(String code, String name, String block, String successor) {
            return new UnitSeed(code, name, "SO_NGANH", block, LONG_AGO, MERGER_END, successor);
        }

        boolean activeDuring(int year) {
            return !validFrom.isAfter(LocalDate.of(year, 12, 31))
                    && (validTo == null || !validTo.isBefore(LocalDate.of(year, 12, 31)));
        }
    }

    static final List<BlockSeed> BLOCKS = List.of(
            new BlockSeed("THTH", "Khối Tham mưu - Tổng hợp", "Các cơ quan tham mưu, tổng hợp của UBND tỉnh"),
            new BlockSeed("KTKT", "Khối Kinh tế - Kỹ thuật", "Các sở quản lý kinh tế, kỹ thuật"),
            new BlockSeed("VHXH", "Khối Văn hóa - Xã hội", "Các cơ quan văn hóa, giáo dục, y tế, xã hội"),
            new BlockSeed("NC", "Khối Nội chính", "Các cơ quan nội chính, tư pháp, quốc phòng, an ninh"),
            new BlockSeed("MTDT", "Khối Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
                    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cấp tỉnh"),
            new BlockSeed("DVSN", "Khối các Đơn vị sự nghiệp", "Các đơn vị sự nghiệp công lập trực thuộc tỉnh"));

    // Successors first: a merged unit points at one that already exists.
    static final List<UnitSeed> UNITS = List.of(
            UnitSeed.active("vpubnd", "Văn phòng Ủy ban nhân dân tỉnh", "SO_NGANH", "THTH"),
            UnitSeed.active("snv", "Sở Nội vụ", "SO_NGANH", "THTH"),
            UnitSeed.active("stc", "Sở Tài chính", "SO_NGANH", "THTH"),
            UnitSeed.active("ttt", "Thanh tra tỉnh", "SO_NGANH", "THTH"),
            UnitSeed.createdByMerger("sdttg", "Sở Dân tộc và Tôn giáo", "SO_NGANH", "THTH"),
            UnitSeed.active("sct", "Sở Công Thương", "SO_NGANH", "KTKT"),
            UnitSeed.active("sxd", "Sở Xây dựng", "SO_NGANH", "KTKT"),
            UnitSeed.createdByMerger("snnmt", "Sở Nông nghiệp và Môi trường", "SO_NGANH", "KTKT"),
            UnitSeed.active("skhcn", "Sở Khoa học và Công nghệ", "SO_NGANH", "KTKT"),
            UnitSeed.active("bqlkkt", "Ban Quản lý Khu kinh tế tỉnh", "SO_NGANH", "KTKT"),
            UnitSeed.active("sgddt", "Sở Giáo dục và Đào tạo", "SO_NGANH", "VHXH"),
            UnitSeed.active("syt", "Sở Y tế", "SO_NGANH", "VHXH"),
            UnitSeed.active("svhttdl", "Sở Văn hóa, Thể thao và Du lịch", "SO_NGANH", "VHXH"),
            UnitSeed.active("bptth", "Báo và Phát thanh, Truyền hình Tây Ninh", "DON_VI_SU_NGHIEP", "VHXH"),
            UnitSeed.active("bhxh", "Bảo hiểm xã hội tỉnh", "CO_QUAN_TRUNG_UONG", "VHXH"),
            UnitSeed.active("stp", "Sở Tư pháp", "SO_NGANH", "NC"),
            UnitSeed.active("cat", "Công an tỉnh", "CO_QUAN_TRUNG_UONG", "NC"),
            UnitSeed.active("bchqs", "Bộ Chỉ huy Quân sự tỉnh", "CO_QUAN_TRUNG_UONG", "NC"),
            UnitSeed.active("tand", "Tòa án nhân dân tỉnh", "CO_QUAN_TRUNG_UONG", "NC"),
            UnitSeed.active("vksnd", "Viện Kiểm sát nhân dân tỉnh", "CO_QUAN_TRUNG_UONG", "NC"),
            UnitSeed.active("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MAT_TRAN_DOAN_THE", "MTDT"),
            UnitSeed.active("ldld", "Liên đoàn Lao động tỉnh", "MAT_TRAN_DOAN_THE", "MTDT"),
            UnitSeed.active("tdoan", "Tỉnh Đoàn", "MAT_TRAN_DOAN_THE", "MTDT"),
            UnitSeed.active("hlhpn", "Hội Liên hiệp Phụ nữ tỉnh", "MAT_TRAN_DOAN_THE", "MTDT"),
            UnitSeed.active("hnd", "Hội Nông dân tỉnh", "MAT_TRAN_DOAN_THE", "MTDT"),
            UnitSeed.active("hccb", "Hội Cựu chiến binh tỉnh", "MAT_TRAN_DOAN_THE", "MTDT"),
            UnitSeed.active("bvdk", "Bệnh viện Đa khoa tỉnh Tây Ninh", "DON_VI_SU_NGHIEP", "DVSN"),
            UnitSeed.active("cdtn", "Trường Cao đẳng Tây Ninh", "DON_VI_SU_NGHIEP", "DVSN"),
            UnitSeed.active("ttpvhcc", "Trung tâm Phục vụ hành chính công tỉnh", "DON_VI_SU_NGHIEP", "DVSN"),
            UnitSeed.active("qdtpt", "Quỹ Đầu tư phát triển tỉnh", "DON_VI_SU_NGHIEP", "DVSN"),
            UnitSeed.active("ttksbt", "Trung tâm Kiểm soát bệnh tật tỉnh", "DON_VI_SU_NGHIEP", "DVSN"),
            UnitSeed.mergedInto("skhdt", "Sở Kế hoạch và Đầu tư", "THTH", "stc"),
            UnitSeed.mergedInto("sgtvt", "Sở Giao thông vận tải", "KTKT", "sxd"),
            UnitSeed.mergedInto("stnmt", "Sở Tài nguyên và Môi trường", "KTKT", "snnmt"),
            UnitSeed.mergedInto("snnptnt", "Sở Nông nghiệp và Phát triển nông thôn", "KTKT", "snnmt"),
            UnitSeed.mergedInto("stttt", "Sở Thông tin và Truyền thông", "KTKT", "skhcn"),
            UnitSeed.mergedInto("sldtbxh", "Sở Lao động - Thương binh và Xã hội", "VHXH", "snv"));

    static final String[] FAMILY_NAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Châu"};
    static final String[] MALE_MIDDLE = {"Văn", "Minh", "Hữu", "Quốc", "Thanh", "Đức", "Công", "Hoàng", "Tấn", "Ngọc"};
    static final String[] FEMALE_MIDDLE = {"Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bích", "Hồng", "Thùy", "Phương"};
    static final String[] MALE_GIVEN = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khang", "Long", "Nam", "Phúc",
            "Quang", "Sơn", "Tài", "Thắng", "Toàn", "Trí", "Tuấn", "Việt", "Vinh", "Hiếu"};
    static final String[] FEMALE_GIVEN = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai",
            "Nga", "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Trang", "Uyên", "Vân", "Yến"};
    static final String[] JOB_TITLES = {"Phó Giám đốc", "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính",
            "Chuyên viên", "Chuyên viên"};

    /** The statistics forms' group of a job title (person.occupation_category). */
    static String occupationCategory(String jobTitle) {
        return switch (jobTitle) {
            case "Phó Giám đốc" -> "LANH_DAO_SO_NGANH";
            case "Trưởng phòng", "Phó Trưởng phòng" -> "LANH_DAO_KHAC";
            default -> "TRUC_TIEP";
        };
    }

    private DemoProvinceData() { }
}

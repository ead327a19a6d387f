package org.pdpguard.eval.corpus;

import java.util.List;

/**
 * Words and phrases of the personal characteristics and sensitive types, written as Vietnamese
 * documents write them. Our own lists from medical, legal and HR usage; a phrase here is the value
 * that a gold span covers. Long only because the formatter puts one list item per line.
 */
final class Terms {
  static final List<String> DISEASES =
      List.of(
          "tăng huyết áp",
          "đái tháo đường type 2",
          "tiểu đường",
          "viêm gan B",
          "viêm gan C",
          "lao phổi",
          "hen phế quản",
          "bệnh phổi tắc nghẽn mạn tính",
          "suy tim",
          "nhồi máu cơ tim",
          "đột quỵ",
          "ung thư vú",
          "ung thư phổi",
          "ung thư gan",
          "trầm cảm",
          "rối loạn lo âu",
          "tâm thần phân liệt",
          "động kinh",
          "nhiễm HIV",
          "viêm phổi",
          "sốt xuất huyết",
          "suy thận mạn",
          "gout",
          "viêm khớp dạng thấp",
          "thoái hóa cột sống thắt lưng",
          "sỏi thận",
          "viêm dạ dày",
          "trào ngược dạ dày thực quản",
          "rối loạn tiền đình",
          "thiếu máu",
          "cường giáp",
          "suy giáp",
          "Parkinson",
          "Alzheimer",
          "rối loạn phổ tự kỷ",
          "xơ gan",
          "viêm ruột thừa cấp",
          "gãy xương đùi",
          "chấn thương sọ não",
          "COVID-19",
          "cúm A",
          "thủy đậu",
          "sởi",
          "tay chân miệng",
          "viêm xoang mạn",
          "đục thủy tinh thể",
          "vô sinh",
          "u xơ tử cung",
          "béo phì",
          "mất ngủ kéo dài",
          "rối loạn lipid máu",
          "viêm da cơ địa");
  static final List<String> SYMPTOMS =
      List.of(
          "sốt cao",
          "ho khan",
          "khó thở",
          "đau ngực",
          "đau đầu",
          "chóng mặt",
          "buồn nôn",
          "nôn ra máu",
          "tiêu chảy",
          "phát ban",
          "mệt mỏi kéo dài",
          "sụt cân",
          "đau thượng vị",
          "tê bì chân tay",
          "ho ra máu",
          "đau lưng",
          "đau khớp gối",
          "khó nuốt",
          "ngất",
          "hồi hộp đánh trống ngực");
  static final List<String> TREATMENTS =
      List.of(
          "phẫu thuật cắt ruột thừa",
          "hóa trị",
          "xạ trị",
          "chạy thận nhân tạo",
          "điều trị ARV",
          "tiêm insulin",
          "đặt stent mạch vành",
          "điều trị methadone",
          "vật lý trị liệu",
          "mổ lấy thai",
          "ghép thận",
          "nội soi dạ dày",
          "truyền máu");

  /** Medicines, after {@code đang dùng} or in a treatment line. */
  static final List<String> DRUGS =
      List.of(
          "Metformin",
          "Amlodipin",
          "Insulin glargine",
          "kháng sinh Ceftriaxone",
          "Sertraline",
          "Losartan",
          "Atorvastatin",
          "thuốc ARV",
          "Salbutamol xịt");

  /** Diagnoses with their ICD-10 codes. */
  static final List<List<String>> DIAGNOSES =
      List.of(
          List.of("Tăng huyết áp vô căn", "I10"),
          List.of("Đái tháo đường type 2", "E11"),
          List.of("Đái tháo đường type 2 không biến chứng", "E11.9"),
          List.of("Viêm gan virus B mạn", "B18.1"),
          List.of("Viêm gan virus C mạn", "B18.2"),
          List.of("Lao phổi", "A15.0"),
          List.of("Hen phế quản", "J45"),
          List.of("Bệnh phổi tắc nghẽn mạn tính", "J44.9"),
          List.of("Suy tim sung huyết", "I50.0"),
          List.of("Nhồi máu cơ tim cấp", "I21.9"),
          List.of("Nhồi máu não", "I63.9"),
          List.of("Ung thư vú", "C50.9"),
          List.of("Ung thư phế quản phổi", "C34.9"),
          List.of("Ung thư biểu mô tế bào gan", "C22.0"),
          List.of("Giai đoạn trầm cảm", "F32"),
          List.of("Rối loạn lo âu lan tỏa", "F41.1"),
          List.of("Tâm thần phân liệt thể paranoid", "F20.0"),
          List.of("Động kinh", "G40"),
          List.of("Bệnh do HIV", "B20"),
          List.of("Viêm phổi", "J18.9"),
          List.of("Sốt xuất huyết Dengue", "A91"),
          List.of("Bệnh thận mạn giai đoạn cuối", "N18.5"),
          List.of("Gút", "M10"),
          List.of("Viêm khớp dạng thấp", "M06.9"),
          List.of("Sỏi thận", "N20.0"),
          List.of("Viêm dạ dày", "K29.7"),
          List.of("Trào ngược dạ dày thực quản", "K21.0"),
          List.of("Rối loạn tiền đình", "H81.1"),
          List.of("Thiếu máu", "D64.9"),
          List.of("Bệnh Parkinson", "G20"),
          List.of("COVID-19", "U07.1"));

  static final List<String> RELIGIONS =
      List.of(
          "Phật giáo",
          "Phật giáo",
          "Công giáo",
          "Công giáo",
          "Thiên Chúa giáo",
          "Tin Lành",
          "Cao Đài",
          "Phật giáo Hòa Hảo",
          "Hồi giáo",
          "Bà La Môn",
          "Tứ Ân Hiếu Nghĩa");

  /** After {@code theo đạo}: the faith the way people say it. */
  static final List<String> FAITHS =
      List.of("Phật", "Thiên Chúa", "Công giáo", "Tin Lành", "Cao Đài", "Hòa Hảo", "Hồi");

  /** The 54 official ethnic groups. */
  static final List<String> ETHNIC_GROUPS =
      List.of(
          "Kinh",
          "Tày",
          "Thái",
          "Mường",
          "Khmer",
          "Hoa",
          "Nùng",
          "Mông",
          "Dao",
          "Gia Rai",
          "Ê Đê",
          "Ba Na",
          "Sán Chay",
          "Chăm",
          "Cơ Ho",
          "Xơ Đăng",
          "Sán Dìu",
          "Hrê",
          "Ra Glai",
          "Mnông",
          "Thổ",
          "Xtiêng",
          "Khơ Mú",
          "Bru - Vân Kiều",
          "Cơ Tu",
          "Giáy",
          "Tà Ôi",
          "Mạ",
          "Giẻ Triêng",
          "Co",
          "Chơ Ro",
          "Xinh Mun",
          "Hà Nhì",
          "Chu Ru",
          "Lào",
          "La Chí",
          "Kháng",
          "Phù Lá",
          "La Hủ",
          "La Ha",
          "Pà Thẻn",
          "Lự",
          "Ngái",
          "Chứt",
          "Lô Lô",
          "Mảng",
          "Cơ Lao",
          "Bố Y",
          "Cống",
          "Si La",
          "Pu Péo",
          "Rơ Măm",
          "Brâu",
          "Ơ Đu");

  static final List<String> NATIONALITIES =
      List.of(
          "Hàn Quốc",
          "Nhật Bản",
          "Trung Quốc",
          "Hoa Kỳ",
          "Mỹ",
          "Pháp",
          "Đức",
          "Úc",
          "Lào",
          "Campuchia",
          "Thái Lan",
          "Singapore",
          "Anh",
          "Canada",
          "Philippines");
  static final List<String> NATIONALITIES_EN =
      List.of("Vietnamese", "Vietnamese", "Korean", "Japanese", "Chinese", "American", "French");

  static final List<String> MARITAL =
      List.of(
          "Đã kết hôn",
          "Độc thân",
          "Đã ly hôn",
          "Góa",
          "Ly thân",
          "Chưa kết hôn",
          "Đã có gia đình",
          "Kết hôn",
          "Góa chồng",
          "Góa vợ");
  static final List<String> MARITAL_EN = List.of("Married", "Single", "Divorced", "Widowed");

  static final List<String> CRIMES =
      List.of(
          "Trộm cắp tài sản",
          "Cố ý gây thương tích",
          "Lừa đảo chiếm đoạt tài sản",
          "Đánh bạc",
          "Tổ chức đánh bạc",
          "Tàng trữ trái phép chất ma túy",
          "Mua bán trái phép chất ma túy",
          "Cướp giật tài sản",
          "Vi phạm quy định về tham gia giao thông đường bộ",
          "Gây rối trật tự công cộng",
          "Lạm dụng tín nhiệm chiếm đoạt tài sản",
          "Cho vay lãi nặng trong giao dịch dân sự",
          "Tham ô tài sản",
          "Nhận hối lộ",
          "Trốn thuế");

  /** Party or political-organisation membership, as a noun phrase. */
  static final List<String> PARTY =
      List.of(
          "đảng viên Đảng Cộng sản Việt Nam",
          "đảng viên",
          "Đảng viên chính thức",
          "đảng viên dự bị",
          "đoàn viên Đoàn TNCS Hồ Chí Minh",
          "đối tượng cảm tình Đảng",
          "thành viên Đảng Cộng hòa Mỹ",
          "thành viên tổ chức Việt Tân",
          "đảng viên Đảng Dân chủ Mỹ",
          "Đảng viên");

  /** Political views, after {@code có quan điểm}. */
  static final List<String> VIEWS =
      List.of(
          "ủng hộ đa nguyên đa đảng",
          "chống Đảng",
          "ủng hộ Đảng Dân chủ Mỹ",
          "chống chế độ",
          "ủng hộ phe Cộng hòa",
          "cực hữu",
          "ủng hộ chủ nghĩa cộng sản");

  static final List<String> GENETIC =
      List.of(
          "đột biến gen BRCA1",
          "đột biến gen BRCA2",
          "mang gen thalassemia thể ẩn",
          "kết quả xét nghiệm ADN huyết thống",
          "đột biến gen EGFR",
          "kiểu gen HLA-B*5801",
          "kiểu gen CYP2C19*2",
          "đột biến gen MTHFR C677T",
          "kết quả giải trình tự gen",
          "xét nghiệm NIPT nguy cơ cao trisomy 18",
          "đột biến gen CFTR",
          "bộ gen cá nhân");

  static final List<String> BIOMETRIC =
      List.of(
          "vân tay",
          "dấu vân tay ngón trỏ phải",
          "ảnh chân dung khuôn mặt",
          "dữ liệu khuôn mặt",
          "mẫu mống mắt",
          "mẫu giọng nói",
          "dữ liệu sinh trắc học vân tay",
          "mẫu vân tay",
          "ảnh khuôn mặt",
          "dữ liệu mống mắt");
  static final List<String> BIOMETRIC_EN =
      List.of("fingerprint template", "face template", "face embedding", "iris template");

  static final List<String> SEX_LIFE =
      List.of(
          "đồng tính nam",
          "đồng tính nữ",
          "song tính",
          "người chuyển giới nữ",
          "quan hệ tình dục đồng giới",
          "có nhiều bạn tình",
          "quan hệ tình dục không an toàn",
          "quan hệ tình dục với người nước ngoài",
          "xu hướng tính dục đồng tính",
          "nam quan hệ tình dục đồng giới (MSM)",
          "quan hệ tình dục với nhiều bạn tình");
  static final List<String> SEX_LIFE_CHAT =
      List.of("gay", "les", "dong tinh", "chuyen gioi", "song tinh");

  private Terms() {}
}

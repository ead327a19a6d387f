package org.pdpguard.eval.corpus;

import java.util.List;

/**
 * Ordinary sentences with no personal data, by register, so that documents read like documents:
 * most text is not personal data. Placeholders: {@code {money}}, {@code {date}}, {@code {time}},
 * {@code {n}}, {@code {order}}, {@code {pct}}.
 */
final class Filler {
  static final List<String> OFFICE =
      List.of(
          "Căn cứ kế hoạch công tác năm, phòng Hành chính – Nhân sự thông báo lịch làm việc như sau.",
          "Đề nghị các đơn vị rà soát và gửi báo cáo trước ngày {date}.",
          "Thời gian làm việc từ thứ Hai đến thứ Sáu, sáng từ 8h00 đến 12h00, chiều từ 13h30 đến 17h30.",
          "Mức lương thử việc bằng 85% mức lương chính thức trong thời gian 02 tháng.",
          "Công ty hỗ trợ phụ cấp ăn trưa {money} mỗi tháng và phụ cấp gửi xe theo quy định.",
          "Người lao động được nghỉ phép năm 12 ngày và được cộng thêm theo thâm niên.",
          "Mọi thắc mắc xin liên hệ bộ phận nhân sự trong giờ hành chính.",
          "Biên bản được lập thành 02 bản có giá trị pháp lý như nhau, mỗi bên giữ 01 bản.",
          "Quyết định này có hiệu lực kể từ ngày ký.",
          "Phòng Kế toán có trách nhiệm thanh toán các khoản theo đúng quy định hiện hành.",
          "Kết quả đánh giá quý III đạt {pct}, vượt chỉ tiêu đề ra.",
          "Cuộc họp giao ban tuần sẽ bắt đầu lúc {time} tại phòng họp tầng 3.",
          "Hồ sơ gồm đơn đề nghị, bản sao giấy tờ tùy thân và ảnh 3x4.",
          "Các khoản bảo hiểm bắt buộc được trích theo tỷ lệ quy định của pháp luật.",
          "Đề nghị người lao động có mặt đúng giờ và mang theo bản gốc để đối chiếu.",
          "Trân trọng cảm ơn sự hợp tác của Quý khách.",
          "Hợp đồng có thời hạn 12 tháng và có thể gia hạn theo thỏa thuận của hai bên.",
          "Hạn chót nộp hồ sơ là {time} ngày {date}.",
          "Chi phí đào tạo {money} do công ty chi trả.",
          "Văn bản này thay thế thông báo số {n}/TB-HCNS đã ban hành trước đó.");
  static final List<String> SERVICE =
      List.of(
          "Dạ em chào anh/chị, em có thể hỗ trợ gì ạ?",
          "Đơn hàng {order} của mình đang được đóng gói ạ.",
          "Phí vận chuyển cho đơn này là {money} ạ.",
          "Dạ bên em giao hàng trong 2–3 ngày làm việc ạ.",
          "Mình vui lòng chờ em kiểm tra một chút nhé.",
          "Dạ em cảm ơn, chúc mình một ngày tốt lành ạ.",
          "Chương trình khuyến mãi áp dụng đến hết ngày {date}.",
          "Tổng giá trị đơn hàng là {money}, đã bao gồm VAT.",
          "Dạ sản phẩm này hiện còn hàng size M và L ạ.",
          "Mã đơn {order} đã được cập nhật trạng thái đang giao.",
          "Em đã ghi nhận yêu cầu đổi trả, bộ phận kho sẽ liên hệ lại sau.",
          "Thời gian xử lý yêu cầu khoảng {n} ngày làm việc.");
  static final List<String> CHAT =
      List.of(
          "ok e",
          "uh roi",
          "cam on nhe",
          "de mai minh check lai",
          "hom nay ship duoc ko shop",
          "bao nhieu tien vay",
          "sao lau the",
          "dc r",
          "chieu nay ranh ko",
          "oke nha",
          "minh dat don hom qua ma chua thay giao",
          "gui lai giup minh cai hoa don",
          "gia {money} dung ko",
          "tuan sau nhe",
          "chot don nha",
          "da nhan hang r, cam on shop",
          "hom nay mua to qua",
          "sang mai 8h nhe",
          "ma don {order} nha",
          "huhu met qua");
  static final List<String> MEDICAL =
      List.of(
          "Người bệnh tỉnh, tiếp xúc tốt.",
          "Tái khám sau 01 tháng hoặc khi có dấu hiệu bất thường.",
          "Xét nghiệm công thức máu trong giới hạn bình thường.",
          "Chế độ ăn giảm muối, hạn chế mỡ động vật, tăng cường rau xanh.",
          "Người bệnh được giải thích về tình trạng bệnh và đồng ý điều trị.",
          "Mang theo đơn thuốc và sổ khám bệnh khi tái khám.",
          "Phim X-quang lưu tại khoa Chẩn đoán hình ảnh.",
          "Không hút thuốc, không uống rượu bia.",
          "Theo dõi dấu hiệu sinh tồn mỗi 6 giờ.",
          "Người nhà được hướng dẫn chăm sóc tại nhà.");
  static final List<String> LEGAL =
      List.of(
          "Hội đồng xét xử nhận định như sau.",
          "Căn cứ vào các tài liệu, chứng cứ đã được xem xét tại phiên tòa.",
          "Lời khai của bị cáo tại phiên tòa phù hợp với lời khai tại cơ quan điều tra.",
          "Vật chứng của vụ án được xử lý theo quy định của pháp luật.",
          "Bị cáo phải chịu {money} án phí hình sự sơ thẩm.",
          "Án xử công khai sơ thẩm, bị cáo có quyền kháng cáo trong hạn 15 ngày kể từ ngày tuyên án.",
          "Hành vi của bị cáo là nguy hiểm cho xã hội, xâm phạm quyền sở hữu tài sản được pháp luật bảo vệ.",
          "Xét thấy cần áp dụng hình phạt tù có thời hạn để cải tạo, giáo dục bị cáo.",
          "Bị cáo thành khẩn khai báo, ăn năn hối cải, đã bồi thường {money} cho bị hại.",
          "Tại phiên tòa, đại diện Viện kiểm sát giữ nguyên quan điểm truy tố.");
  static final List<String> TECH =
      List.of(
          "GET /api/v2/orders/{order} 200 {n}ms", "cache miss key=catalog:v{n}",
          "scheduler: job cleanup-sessions finished in {n} ms", "health check ok",
          "connection pool size=20 active={n}", "POST /api/v1/payments/callback 204 {n}ms",
          "retrying request attempt=2 backoff={n}ms", "feature flag new_checkout enabled=true",
          "kafka consumer lag={n} topic=order-events", "deploy version v2.{n}.3 completed");

  private Filler() {}

  /** One sentence of the register with its placeholders filled. */
  static String sentence(Dice d, List<String> register) {
    return fill(d, d.pick(register));
  }

  static String fill(Dice d, String template) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    String s = template;
    if (s.contains("{money}")) {
      s = s.replace("{money}", Values.money(d));
    }
    if (s.contains("{date}")) {
      s = s.replace("{date}", Values.dmy(Values.docDate(d)));
    }
    if (s.contains("{time}")) {
      s = s.replace("{time}", Values.time(d));
    }
    if (s.contains("{order}")) {
      s = s.replace("{order}", Values.orderCode(d));
    }
    if (s.contains("{pct}")) {
      s = s.replace("{pct}", d.between(80, 130) + "%");
    }
    return s.replace("{n}", String.valueOf(d.between(2, 480)));
  }

  /** A paragraph of two to four sentences. */
  static String paragraph(Dice d, List<String> register) {
    int n = d.between(2, 4);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(sentence(d, register));
    }
    return b.toString();
  }
}

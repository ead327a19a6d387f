package org.pdpguard.sources.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a mixed folder of office documents and PDFs for {@code bench/documents.sh}: DOCX, XLSX,
 * PPTX and PDF in turn, Vietnamese business text in which about 1% of the lines (and of the sheet
 * rows) hold synthetic personal data. Deterministic for a given count.
 *
 * <p>Usage: {@code BenchCorpus DIR [COUNT]} (200 by default).
 */
public final class BenchCorpus {
  private static final String[] WORDS = {
    "báo", "cáo", "doanh", "thu", "kế", "hoạch", "năm", "quý", "chi", "phí", "hợp", "đồng",
    "khách", "hàng", "sản", "phẩm", "dịch", "vụ", "thị", "trường", "nhân", "sự", "phòng", "ban",
    "tăng", "trưởng", "lợi", "nhuận", "đầu", "tư", "dự", "án", "triển", "khai", "đánh", "giá"
  };
  private static final String[] NAMES = {
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Minh Đức"
  };

  private final Random random;

  private BenchCorpus(long seed) {
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Files.createDirectories(dir);
    BenchCorpus corpus = new BenchCorpus(2026);
    for (int i = 0; i < count; i++) {
      String base = String.format("tai-lieu-%04d", i);
      switch (i % 4) {
        case 0 -> Fixtures.docx(dir.resolve(base + ".docx"), corpus.paragraphs(120));
        case 1 -> Fixtures.xlsx(dir.resolve(base + ".xlsx"), Map.of("Bảng kê", corpus.rows(400)));
        case 2 -> Fixtures.pptx(dir.resolve(base + ".pptx"), corpus.paragraphs(12));
        default -> Fixtures.pdf(dir.resolve(base + ".pdf"), corpus.pages(4));
      }
    }
  }

  private String line() {
    if (random.nextInt(100) == 0) {
      return personal();
    }
    StringBuilder b = new StringBuilder();
    int n = 8 + random.nextInt(10);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(9) == 0) {
        b.append(' ').append(random.nextInt(10_000));
      }
    }
    return b.append('.').toString();
  }

  private String personal() {
    String name = NAMES[random.nextInt(NAMES.length)];
    return switch (random.nextInt(3)) {
      case 0 -> "Ông/bà " + name + ", số CCCD: " + cccd();
      case 1 -> "Liên hệ " + name + ", điện thoại: " + phone();
      default -> "Email của " + name + ": nv" + random.nextInt(1000) + "@example.vn";
    };
  }

  private String cccd() {
    String[] provinces = {"001", "079", "031", "048", "092"};
    return provinces[random.nextInt(provinces.length)]
        + random.nextInt(4)
        + String.format("%02d", random.nextInt(100))
        + String.format("%06d", random.nextInt(1_000_000));
  }

  private String phone() {
    String[] prefixes = {"091", "098", "090", "038", "086"};
    return prefixes[random.nextInt(prefixes.length)]
        + String.format("%07d", random.nextInt(10_000_000));
  }

  private List<String> paragraphs(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(line());
    }
    return out;
  }

  private List<String> pages(int n) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      out.add(String.join("\n", paragraphs(45)));
    }
    return out;
  }

  private Object[][] rows(int n) {
    Object[][] rows = new Object[n + 1][];
    rows[0] =
        new Object[] {"Mã hàng", "Diễn giải", "Số lượng", "Đơn giá", "Người phụ trách", "Liên hệ"};
    for (int r = 1; r <= n; r++) {
      boolean pd = random.nextInt(100) == 0;
      rows[r] =
          new Object[] {
            "MH" + (10_000 + random.nextInt(90_000)),
            line(),
            1 + random.nextInt(500),
            1000.0 * (1 + random.nextInt(900)),
            pd
                ? NAMES[random.nextInt(NAMES.length)]
                : "Phòng " + WORDS[random.nextInt(WORDS.length)],
            pd ? phone() : "nội bộ"
          };
    }
    return rows;
  }
}

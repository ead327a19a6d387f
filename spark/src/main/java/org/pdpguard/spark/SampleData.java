package org.pdpguard.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A synthetic customer table for trying the jobs, for tests and for the benchmark: personal data
 * (name, citizen ID, phone, e-mail, address) beside look-alike columns that hold none (a 12-digit
 * order number, an amount, a timestamp, a note). Every value is generated; citizen IDs have a real
 * province code, a century digit and a birth year, so they validate. Deterministic for a seed: row
 * {@code i} is the same whatever the partitioning.
 */
final class SampleData {
  static final StructType SCHEMA =
      new StructType()
          .add("ma_don", DataTypes.StringType)
          .add("ho_ten", DataTypes.StringType)
          .add("so_cccd", DataTypes.StringType)
          .add("so_dien_thoai", DataTypes.StringType)
          .add("email", DataTypes.StringType)
          .add("dia_chi", DataTypes.StringType)
          .add("so_tien", DataTypes.StringType)
          .add("thoi_gian", DataTypes.StringType)
          .add("ghi_chu", DataTypes.StringType);

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"
  };
  private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Quốc", "Ngọc", "Hữu"};
  private static final String[] GIVEN = {
    "An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Mai", "Nam", "Phương", "Quân", "Tâm"
  };
  private static final String[] PROVINCES = {"001", "079", "048", "031"};
  private static final String[] STREETS = {"Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng"};
  private static final String[] WORDS = {
    "giao", "hàng", "giờ", "hành", "chính", "sản", "phẩm", "đóng", "gói", "cẩn", "thận", "kiểm",
    "tra", "trước", "khi", "nhận", "đơn", "đổi", "trả", "trong", "bảy", "ngày", "miễn", "phí",
    "vận", "chuyển", "khuyến", "mãi", "tháng", "này", "màu", "xanh", "kích", "thước", "lớn"
  };

  private SampleData() {}

  /**
   * {@code rows} rows in {@code partitions} partitions; a share {@code personal} of them carry
   * personal data (the others leave those columns empty); notes of {@code noteWords} words.
   */
  static Dataset<Row> generate(
      SparkSession spark, long rows, int partitions, double personal, int noteWords, long seed) {
    return spark
        .range(0, rows, 1, partitions)
        .mapPartitions(new Generator(personal, noteWords, seed), Encoders.row(SCHEMA));
  }

  private static final class Generator implements MapPartitionsFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final double personal;
    private final int noteWords;
    private final long seed;

    Generator(double personal, int noteWords, long seed) {
      this.personal = personal;
      this.noteWords = noteWords;
      this.seed = seed;
    }

    @Override
    public Iterator<Row> call(Iterator<Long> ids) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return ids.hasNext();
        }

        @Override
        public Row next() {
          if (!ids.hasNext()) {
            throw new NoSuchElementException();
          }
          return row(ids.next());
        }
      };
    }

    private Row row(long i) {
      SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
      String order = "8" + String.format("%011d", r.nextLong(100_000_000_000L));
      String amount = Long.toString(r.nextInt(10, 10_000) * 1000L);
      String time =
          String.format(
              "2026-%02d-%02d %02d:%02d:%02d",
              r.nextInt(1, 13), r.nextInt(1, 29), r.nextInt(24), r.nextInt(60), r.nextInt(60));
      StringBuilder note = new StringBuilder();
      for (int w = 0; w < noteWords; w++) {
        note.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
      }
      if (r.nextDouble() >= personal) {
        return RowFactory.create(
            order, null, null, null, null, null, amount, time, note.toString());
      }
      String name = pick(r, FAMILY) + " " + pick(r, MIDDLE) + " " + pick(r, GIVEN);
      int century = r.nextInt(4); // gender and century: 0-1 the 1900s, 2-3 the 2000s
      int year = century < 2 ? r.nextInt(40, 100) : r.nextInt(0, 9);
      String cccd =
          pick(r, PROVINCES) + century + String.format("%02d%06d", year, r.nextInt(1_000_000));
      String phone =
          "09" + "0134".charAt(r.nextInt(4)) + String.format("%07d", r.nextInt(10_000_000));
      String address =
          r.nextInt(1, 200) + " " + pick(r, STREETS) + ", Phường Bến Thành, TP Hồ Chí Minh";
      return RowFactory.create(
          order,
          name,
          cccd,
          phone,
          "kh" + i + "@example.vn",
          address,
          amount,
          time,
          note.toString());
    }

    private static String pick(SplittableRandom r, String[] from) {
      return from[r.nextInt(from.length)];
    }
  }
}

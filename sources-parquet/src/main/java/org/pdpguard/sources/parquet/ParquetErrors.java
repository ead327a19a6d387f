package org.pdpguard.sources.parquet;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** The bilingual messages of this module, Vietnamese first. None carries a path or a value. */
final class ParquetErrors {
  static final String CORRUPT = "tệp Parquet hỏng / corrupt Parquet file";
  static final String NOT_PARQUET =
      CORRUPT
          + ": không có mã nhận dạng PAR1 ở đầu tệp, không phải tệp Parquet"
          + " / no PAR1 magic at the start, not a Parquet file";
  static final String NO_FOOTER =
      CORRUPT
          + ": thiếu mã PAR1 ở cuối tệp, tệp bị cắt cụt hoặc hỏng phần chân"
          + " / no PAR1 magic at the end, truncated file or corrupt footer";
  static final String ENCRYPTED =
      "tệp Parquet mã hoá phần chân, không đọc được / Parquet file with an encrypted footer,"
          + " cannot read";
  static final String TOO_MANY_BAD_GROUPS =
      CORRUPT
          + ": quá nhiều nhóm hàng hỏng, dừng đọc / too many corrupt row groups, reading stopped";

  private ParquetErrors() {}

  static String tooShort(long length) {
    return CORRUPT
        + ": quá ngắn ("
        + length
        + " byte), tệp bị cắt cụt? / too short ("
        + length
        + " bytes), truncated file?";
  }

  static String corrupt(String detail) {
    return CORRUPT + ": " + shorten(detail);
  }

  static String unsupportedCodec(CompressionCodecName codec) {
    return "chưa hỗ trợ kiểu nén "
        + codec
        + " của Parquet / Parquet compression "
        + codec
        + " not supported";
  }

  static String rowGroup(int index, String detail) {
    return CORRUPT + ": nhóm hàng / row group " + index + ": " + shorten(detail);
  }

  static String rowGroupTooLarge(int index, long bytes, long limit) {
    return "nhóm hàng "
        + index
        + " quá lớn ("
        + bytes
        + " byte, giới hạn "
        + limit
        + "), bỏ qua / row group "
        + index
        + " too large ("
        + bytes
        + " bytes, limit "
        + limit
        + "), skipped";
  }

  static String streamTooLarge(long limit) {
    return "luồng Parquet vượt giới hạn "
        + limit
        + " byte để lưu tạm / Parquet stream over the "
        + limit
        + "-byte limit for spooling";
  }

  /** Library messages can be long (a thrift dump); keep the first line, 200 chars at most. */
  private static String shorten(String detail) {
    if (detail == null || detail.isBlank()) {
      return "không rõ lý do / unknown reason";
    }
    String line = detail.strip().lines().findFirst().orElse("");
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }
}

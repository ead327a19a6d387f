package org.pdpguard.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.pdpguard.cli.report.Format;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values, case-insensitive; a bad value is a usage error (exit 2) whose message names it.
 */
final class OptionConverters {
  private OptionConverters() {}

  /** {@code table}, {@code jsonl}, … case-insensitively. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A type name of {@code spec/entities.md}, case-insensitively. */
  static final class TypeConverter implements ITypeConverter<EntityType> {
    @Override
    public EntityType convert(String value) {
      try {
        return EntityType.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "loại không có / unknown type '"
                + value.trim()
                + "'; known types: "
                + Arrays.stream(EntityType.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(",")));
      }
    }
  }

  /** {@code basic} or {@code sensitive}. */
  static final class CategoryConverter implements ITypeConverter<Category> {
    @Override
    public Category convert(String value) {
      for (Category c : Category.values()) {
        if (c.label().equalsIgnoreCase(value.trim())) {
          return c;
        }
      }
      throw new TypeConversionException(
          "nhóm không có / unknown category '" + value + "' (basic, sensitive)");
    }
  }

  /** {@code none}, {@code any}, {@code sensitive}, {@code violation} or a severity. */
  static final class FailOnConverter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      try {
        return FailOn.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}

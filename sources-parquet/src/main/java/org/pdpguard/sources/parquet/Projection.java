package org.pdpguard.sources.parquet;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation.VariantLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * The columns worth reading: the file's schema without the columns that can hold no text (binary
 * annotated as BSON, geometry, intervals, float16; VARIANT groups, whose binary encoding is not
 * text). Columns left out are not even read from disk, which saves memory and time on files with
 * large blobs.
 */
final class Projection {
  private Projection() {}

  /** The projection of {@code schema}, or null when no column is left. */
  static MessageType of(MessageType schema) {
    List<Type> kept = keep(schema);
    return kept.isEmpty() ? null : new MessageType(schema.getName(), kept);
  }

  private static List<Type> keep(GroupType group) {
    List<Type> out = new ArrayList<>();
    for (Type f : group.getFields()) {
      if (f.isPrimitive()) {
        if (ValueText.readable(f.asPrimitiveType())) {
          out.add(f);
        }
      } else if (!(f.getLogicalTypeAnnotation() instanceof VariantLogicalTypeAnnotation)) {
        List<Type> inner = keep(f.asGroupType());
        if (!inner.isEmpty()) {
          out.add(f.asGroupType().withNewFields(inner));
        }
      }
    }
    return out;
  }
}

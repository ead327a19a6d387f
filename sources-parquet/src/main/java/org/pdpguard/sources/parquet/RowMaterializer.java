package org.pdpguard.sources.parquet;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.ListLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapKeyValueTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.Location;

/**
 * Turns one Parquet row into the {@link Field}s of a record, as parquet's record reader walks it.
 *
 * <p>A field's name is the dot-joined path of its column ({@code customer.email}), without the
 * wrapper levels that the LIST and MAP encodings add: {@code tags.list.element} is shown as {@code
 * tags}, {@code attrs.key_value.key} as {@code attrs.key}. Repeated values become separate fields
 * with the same name, one per value, so each is scanned and counted in the column summary on its
 * own. Null values and values {@link ValueText} leaves out give no field.
 */
final class RowMaterializer extends RecordMaterializer<List<Field>> {
  private final List<Field> fields = new ArrayList<>();
  private final Node root;

  RowMaterializer(MessageType schema) {
    this.root = new Node(schema, "", false, true);
  }

  @Override
  public List<Field> getCurrentRecord() {
    return List.copyOf(fields);
  }

  @Override
  public GroupConverter getRootConverter() {
    return root;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private final class Node extends GroupConverter {
    private final Converter[] children;
    private final boolean isRoot;

    /**
     * @param listEntry whether this is the repeated group of a LIST, whose single element is named
     *     after the list
     */
    Node(GroupType type, String path, boolean listEntry, boolean isRoot) {
      this.isRoot = isRoot;
      LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
      boolean list = a instanceof ListLogicalTypeAnnotation;
      boolean map = a instanceof MapLogicalTypeAnnotation || a instanceof MapKeyValueTypeAnnotation;
      children = new Converter[type.getFieldCount()];
      for (int i = 0; i < children.length; i++) {
        Type f = type.getType(i);
        boolean wrapper = (list || map) && f.isRepetition(Type.Repetition.REPEATED);
        boolean element = listEntry && children.length == 1;
        String name = wrapper || element ? path : join(path, f.getName());
        children[i] =
            f.isPrimitive()
                ? new Leaf(f.asPrimitiveType(), name)
                : new Node(f.asGroupType(), name, list && wrapper, false);
      }
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return children[fieldIndex];
    }

    @Override
    public void start() {
      if (isRoot) {
        fields.clear();
      }
    }

    @Override
    public void end() {
      // fields are added by the leaves
    }
  }

  private final class Leaf extends PrimitiveConverter {
    private final PrimitiveType type;
    private final String name;

    Leaf(PrimitiveType type, String name) {
      this.type = type;
      this.name = name;
    }

    private void add(String text) {
      if (text != null) {
        fields.add(Field.of(name, text, Location.NONE));
      }
    }

    @Override
    public void addBinary(Binary value) {
      add(ValueText.ofBinary(type, value));
    }

    @Override
    public void addBoolean(boolean value) {
      add(Boolean.toString(value));
    }

    @Override
    public void addDouble(double value) {
      add(Double.toString(value));
    }

    @Override
    public void addFloat(float value) {
      add(Float.toString(value));
    }

    @Override
    public void addInt(int value) {
      add(ValueText.ofInt(type, value));
    }

    @Override
    public void addLong(long value) {
      add(ValueText.ofLong(type, value));
    }
  }
}

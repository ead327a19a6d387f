package org.pdpguard.webaudit;

import org.pdpguard.core.EntityType;

/**
 * One field of a form as the page had it on load.
 *
 * @param index the field's position in {@code form.elements}
 * @param checkedAtLoad for a checkbox, whether it was ticked before anyone touched it
 * @param personalData the type of personal data it asks for, or null
 * @param consent whether it is a checkbox asking for consent
 */
record FormField(
    int index,
    String tag,
    String type,
    String name,
    String id,
    String autocomplete,
    String placeholder,
    String label,
    boolean checkedAtLoad,
    boolean required,
    boolean visible,
    EntityType personalData,
    boolean consent) {

  /** A short name for people: the label, else the name, else the id. */
  String display() {
    if (!label.isBlank()) {
      return label;
    }
    return !name.isBlank() ? name : id.isBlank() ? type + " #" + index : "#" + id;
  }
}

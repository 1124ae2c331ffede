package org.blendnet.core;

/**
 * One broken rule found by {@link Network.Builder#build()}: which rule, which record (by section, its
 * position among the records of that section as they were added, and its id), which field, and what was
 * wrong. Readers translate the position into a location in their input (a JSON pointer, a line).
 * Immutable and thread-safe.
 *
 * @param rule the rule broken
 * @param section the section of the record at fault
 * @param index the record's position in that section, counting from 0 in the order records were added
 * @param id the record's id
 * @param field the field at fault, as a path inside the record ({@code "participants/1"}); empty for the
 *     record as a whole
 * @param message what was wrong, in words
 * @since 0.1
 */
public record Violation(Rule rule, Section section, int index, Identifier id, String field, String message) {

  /** Creates a violation. */
  public Violation {
    Checks.notNull(rule, "rule");
    Checks.notNull(section, "section");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0 but was " + index);
    }
    Checks.notNull(id, "id");
    Checks.notNull(field, "field");
    Checks.notBlank(message, "message");
  }

  /** {@code touchpoints[4] (t5) participants/1: UNKNOWN_MEMBER: no member 'zed'}. */
  @Override
  public String toString() {
    return section.key() + "[" + index + "] (" + id.value() + ")" + (field.isEmpty() ? "" : " " + field) + ": "
        + rule + ": " + message;
  }
}

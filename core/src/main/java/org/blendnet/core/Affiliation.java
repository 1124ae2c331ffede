package org.blendnet.core;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a member sits in an organisation: a path from the organisation down through its units
 * ({@code ["Acme", "Sales", "EMEA"]} — organisation, unit, team). Silo analysis groups members by a
 * prefix of this path: by organisation ({@code truncate(1)}), by unit ({@code truncate(2)}), and so on.
 *
 * <p>The empty path means "no affiliation known" ({@link #none()}). Segments are trimmed text, not blank;
 * a segment may contain any character, including {@code /}. Immutable and thread-safe.
 *
 * @param path the organisation, then each unit below it
 * @since 0.1
 */
public record Affiliation(List<String> path) {

  private static final Affiliation NONE = new Affiliation(List.of());

  /**
   * Creates an affiliation.
   *
   * @throws IllegalArgumentException if a segment is blank or has surrounding white space
   */
  public Affiliation {
    path = List.copyOf(Checks.noNulls(path, "affiliation path"));
    for (int i = 0; i < path.size(); i++) {
      String segment = path.get(i);
      if (segment.isBlank() || !segment.strip().equals(segment)) {
        throw new IllegalArgumentException(
            "affiliation segment " + i + " must be non-blank trimmed text but was '" + segment + "'");
      }
      Checks.wellFormed(segment, "affiliation segment " + i);
    }
  }

  /** The affiliation with the given path: organisation first, then each unit below it. */
  public static Affiliation of(String organisation, String... units) {
    Checks.notNull(organisation, "organisation");
    Checks.notNull(units, "units");
    String[] path = new String[units.length + 1];
    path[0] = organisation;
    System.arraycopy(units, 0, path, 1, units.length);
    return new Affiliation(Arrays.asList(path));
  }

  /** The empty affiliation: nothing known. */
  public static Affiliation none() {
    return NONE;
  }

  /** The organisation (the first segment), if any. */
  public Optional<String> organisation() {
    return path.isEmpty() ? Optional.empty() : Optional.of(path.get(0));
  }

  /** The unit below the organisation (the second segment), if any. */
  public Optional<String> unit() {
    return path.size() < 2 ? Optional.empty() : Optional.of(path.get(1));
  }

  /** The number of segments; 0 for {@link #none()}. */
  public int depth() {
    return path.size();
  }

  /** True for the empty affiliation. */
  public boolean isNone() {
    return path.isEmpty();
  }

  /**
   * This affiliation cut to at most {@code depth} segments: {@code truncate(2)} of Acme/Sales/EMEA is
   * Acme/Sales. Returns {@code this} when it is no deeper.
   *
   * @throws IllegalArgumentException if {@code depth} is negative
   */
  public Affiliation truncate(int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be >= 0 but was " + depth);
    }
    return depth >= path.size() ? this : new Affiliation(path.subList(0, depth));
  }

  /** True if {@code other}'s path begins with this whole path (every affiliation is within {@link #none()}). */
  public boolean contains(Affiliation other) {
    Checks.notNull(other, "other");
    return other.path.size() >= path.size() && other.path.subList(0, path.size()).equals(path);
  }

  /** The segments joined with {@code " / "}; {@code "(none)"} for the empty affiliation. */
  @Override
  public String toString() {
    return path.isEmpty() ? "(none)" : String.join(" / ", path);
  }
}

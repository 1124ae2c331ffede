package org.blendnet.core;

import java.io.Serial;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@link Network.Builder#build()} when the records break one or more rules: it carries
 * <em>all</em> the violations found, not just the first, so that a host application can show every
 * problem at once. No network is built.
 *
 * @since 0.1
 */
public final class NetworkValidationException extends BlendnetException {

  @Serial
  private static final long serialVersionUID = 1L;

  /** How many violations the message lists before it says how many more there are. */
  static final int MESSAGE_LIMIT = 20;

  /** Not kept by Java serialization: a deserialized exception keeps its message and has an empty list. */
  private final transient @Nullable List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public NetworkValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  /** Every violation found, in the order of the sections and records. */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }

  private static String message(List<Violation> violations) {
    if (Checks.noNulls(violations, "violations").isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    StringBuilder s = new StringBuilder().append(violations.size())
        .append(violations.size() == 1 ? " violation" : " violations").append(" in the network:");
    for (int i = 0; i < Math.min(MESSAGE_LIMIT, violations.size()); i++) {
      s.append("\n  ").append(violations.get(i));
    }
    if (violations.size() > MESSAGE_LIMIT) {
      s.append("\n  …(+").append(violations.size() - MESSAGE_LIMIT).append(" more)");
    }
    return s.toString();
  }
}

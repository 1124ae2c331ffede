package org.blendnet.core;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The root of the exceptions Blendnet throws for bad input data: a network that breaks its rules, a
 * file that is not in the format it claims. Unchecked, like Jackson 3's exceptions, and always with a
 * message that says what was wrong and where.
 *
 * <p>Mistakes in calling the API (a negative size, an unknown member asked about) are not input data and
 * throw the JDK's {@link IllegalArgumentException} and {@link IllegalStateException} instead.
 *
 * @since 0.1
 */
public class BlendnetException extends RuntimeException {

  @Serial
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public BlendnetException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public BlendnetException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}

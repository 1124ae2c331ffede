package org.blendnet.examples.cli;

import java.util.Objects;

/**
 * A failure the command-line tool reports to its user in one line, with the exit code it ends with: a
 * missing file, an unknown member id, a parameter out of range. Commands throw it; {@link Blendnet}
 * prints its message to standard error and exits with {@link #exitCode()}.
 *
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The exit code the tool ends with. */
  private final ExitCode exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode how the tool exits
   * @param message what went wrong and where, in words
   */
  public CliException(ExitCode exitCode, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
  }

  /**
   * Creates the exception with a cause.
   *
   * @param exitCode how the tool exits
   * @param message what went wrong and where, in words
   * @param cause the underlying failure
   */
  public CliException(ExitCode exitCode, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
  }

  /** How the tool exits. */
  public ExitCode exitCode() {
    return exitCode;
  }

  /** A usage error: a parameter the command cannot work with ({@link ExitCode#USAGE}). */
  static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }
}

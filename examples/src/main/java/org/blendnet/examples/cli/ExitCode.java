package org.blendnet.examples.cli;

/**
 * The exit codes of the command-line tool, so that scripts can tell a mistake in the command from bad
 * data and from a file that cannot be read.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th><th>raised by</th></tr>
 *   <tr><td>0</td><td>success</td><td></td></tr>
 *   <tr><td>1</td><td>an internal error (a bug; the stack trace goes to standard error)</td><td>any other exception</td></tr>
 *   <tr><td>2</td><td>usage: an unknown option, a missing or impossible parameter, an unknown member id</td>
 *       <td>picocli's parameter errors, {@link IllegalArgumentException}, {@link CliException}</td></tr>
 *   <tr><td>3</td><td>bad input data: a malformed file or a network that breaks a rule; the message
 *       names the file, line and field</td>
 *       <td>{@link org.blendnet.core.io.NetworkFormatException},
 *       {@link org.blendnet.core.NetworkValidationException}, other
 *       {@link org.blendnet.core.BlendnetException}s</td></tr>
 *   <tr><td>4</td><td>a file that cannot be read or written</td>
 *       <td>{@link java.io.UncheckedIOException}</td></tr>
 * </table>
 *
 * @implNote Thread-safe: an enum.
 * @since 0.1
 */
public enum ExitCode {
  /** Success. */
  OK(0),
  /** An internal error: a bug. */
  INTERNAL(1),
  /** A mistake in the command: unknown option, impossible value, unknown id. */
  USAGE(2),
  /** Bad input data: malformed file, network breaking a rule. */
  BAD_INPUT(3),
  /** A file that cannot be read or written. */
  IO(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }
}

package org.blendnet.examples.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Objects;
import org.blendnet.core.ProgressListener;

/**
 * A one-line progress bar on standard error, redrawn in place ({@code \r}) — only when standard error
 * is a terminal, so that logs and pipes stay clean.
 *
 * <pre>{@code
 *   leiden iteration [##########..........]  50% (2/4)
 * }</pre>
 *
 * @implNote Not thread-safe: a run reports from the thread that does the work.
 * @since 0.1
 */
final class ProgressBar implements ProgressListener {

  private static final int WIDTH = 20;

  private final PrintWriter err;
  private String lastStage = "";
  private boolean drawn;

  private ProgressBar(PrintWriter err) {
    this.err = err;
  }

  /**
   * A bar on {@code err} if the process has a terminal ({@link System#console()}, and on JDK 22+ its
   * {@code isTerminal()}), otherwise {@link ProgressListener#NONE}.
   */
  static ProgressListener forTerminal(PrintWriter err) {
    Objects.requireNonNull(err, "err");
    return isTerminal() ? new ProgressBar(err) : ProgressListener.NONE;
  }

  /** A bar drawn whatever the terminal (for tests). */
  static ProgressBar always(PrintWriter err) {
    return new ProgressBar(Objects.requireNonNull(err, "err"));
  }

  @SuppressWarnings("SystemConsoleNull") // JDK 17: null means no terminal; JDK 22+: isTerminal() is asked below
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // JDK 22+ returns a console even when redirected; isTerminal() tells the two apart
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17-21: a console exists only with a terminal
    }
  }

  @Override
  public void progress(String stage, long done, long total) {
    if (drawn && !stage.equals(lastStage)) {
      err.print('\n');
    }
    lastStage = stage;
    drawn = true;
    if (total > 0) {
      long filled = Math.min(WIDTH, done * WIDTH / total);
      err.printf(Locale.ROOT, "\r  %s [%s%s] %3d%% (%d/%d)", stage, "#".repeat((int) filled),
          ".".repeat(WIDTH - (int) filled), Math.min(100, done * 100 / total), done, total);
    } else {
      err.printf(Locale.ROOT, "\r  %s … %d", stage, done);
    }
    err.flush();
  }

  /** Ends the bar's line, if one was drawn. */
  void finish() {
    if (drawn) {
      err.print('\n');
      err.flush();
      drawn = false;
    }
  }
}

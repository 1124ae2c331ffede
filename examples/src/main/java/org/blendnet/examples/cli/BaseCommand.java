package org.blendnet.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.blendnet.core.ProgressListener;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every command shares: {@code --json}, {@code --help}, the output streams and the progress bar. A
 * command extends it, declares its own options and implements {@link #execute()}.
 */
abstract class BaseCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before any command runs
  CommandSpec spec;

  @Option(names = "--json", description = "Print the result as JSON on standard output.")
  boolean json;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  private ProgressListener progress = ProgressListener.NONE;

  @Override
  public final Integer call() {
    progress = ProgressBar.forTerminal(err());
    try {
      execute();
    } finally {
      if (progress instanceof ProgressBar bar) {
        bar.finish();
      }
    }
    out().flush();
    return ExitCode.OK.code();
  }

  /** Does the command's work, printing to {@link #out()}; throws to fail. */
  abstract void execute();

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The progress bar on standard error, or nothing if standard error is not a terminal. */
  ProgressListener progress() {
    return progress;
  }

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Prints {@code node} as indented JSON. */
  void print(ObjectNode node) {
    out().println(JSON.writeValueAsString(node));
  }

  /** {@code value}, or JSON null if it is not a finite number. */
  static void put(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  static String fixed(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  static double millis(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }

  static void requireAtLeast(String name, int value, int min) {
    if (value < min) {
      throw CliException.usage(name + " must be >= " + min + " but was " + value);
    }
  }
}

package org.blendnet.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.blendnet.core.BlendnetException;
import org.blendnet.core.NetworkValidationException;
import org.blendnet.core.Violation;
import org.blendnet.core.io.NetworkFormatException;
import picocli.CommandLine;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The Blendnet command-line tool: {@code java -jar examples/target/blendnet.jar <command> …}, or
 * {@code bin/blendnet <command> …}.
 *
 * <p>Every command has {@code --help}; {@code --json} prints its result as JSON on standard output.
 * Errors go to standard error in one line naming what is wrong and where, and the tool exits with an
 * {@link ExitCode}: 2 for a mistake in the command, 3 for bad input data, 4 for a file that cannot be
 * read, 1 for an internal error. A progress bar appears on standard error for long runs, only when it is
 * a terminal.
 *
 * <p>Adding a command is one class: extend the package's {@code BaseCommand} (or {@code NetworkCommand}
 * for one that reads a network), annotate it with {@code @Command(name = …)}, and list it in the
 * {@code subcommands} of this class.
 *
 * @implNote Not thread-safe: {@link #run} parses into fresh command objects, but the commands print to
 *     the writers they are given; run one at a time per pair of writers.
 * @since 0.1
 */
@Command(name = "blendnet", mixinStandardHelpOptions = true, version = "blendnet 0.1.0-SNAPSHOT",
    description = "Blended networking on the command line: communities, silos, reciprocity, matchmaking.",
    subcommands = {
        DemoCommand.class,
        ImportCommand.class,
        GenerateCommand.class,
        CommunitiesCommand.class,
        SilosCommand.class,
        ReciprocityCommand.class,
        RecommendCommand.class,
        RouteCommand.class,
        PairCommand.class,
        GroupsCommand.class,
        SeatCommand.class,
        EvaluateRoutingCommand.class,
        ShapeCommand.class,
        BrokersCommand.class,
        ReportCommand.class,
        SimulateCommand.class,
        CommandLine.HelpCommand.class})
public final class Blendnet implements Runnable {

  @Spec
  @Nullable CommandSpec spec;

  /** Creates the top-level command (picocli instantiates it). */
  public Blendnet() {}

  /** Without a command: prints the usage and the list of commands. */
  @Override
  public void run() {
    CommandLine commandLine = Objects.requireNonNull(spec, "spec").commandLine();
    commandLine.usage(commandLine.getOut());
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the tool, printing to {@code out} and {@code err}.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command and its arguments
   * @return the exit code, one of {@link ExitCode}'s
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(args, "args");
    CommandLine commandLine = new CommandLine(new Blendnet())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        // '@cs-aarhus' names a bundled network, never an argument file (picocli would read ./cs-aarhus if it existed)
        .setExpandAtFiles(false)
        .registerConverter(Instant.class, Blendnet::instant)
        .setParameterExceptionHandler(Blendnet::handleParameterError)
        .setExecutionExceptionHandler(Blendnet::handle);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** An instant option's value, with a message that shows the form (picocli's names a Java class). */
  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("must be an instant such as 2026-03-02T09:00:00Z but was '" + text + "'");
    }
  }

  /**
   * A mistake in the command line (unknown option, missing or unconvertible value): the message in one line,
   * suggestions for a misspelt option or command, and where to find help — not the whole usage text.
   */
  private static int handleParameterError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandName();
    err.println(name + ": " + oneLine(String.valueOf(e.getMessage())));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try 'blendnet" + (command.getParent() == null ? "" : " " + name) + " --help'.");
    err.flush();
    return ExitCode.USAGE.code();
  }

  /**
   * {@code message} with line breaks and other control characters written as backslash escapes, so that an
   * argument or a file's content echoed in it can neither break the one-line error nor drive the terminal.
   */
  static String oneLine(String message) {
    StringBuilder s = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\n') {
        s.append("\\n");
      } else if (c == '\r') {
        s.append("\\r");
      } else if (c == '\t') {
        s.append("\\t");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** Maps a command's exception to a message on standard error and an exit code. */
  private static int handle(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    String name = command.getCommandName();
    ExitCode code;
    if (e instanceof CliException c) {
      code = c.exitCode();
      err.println(name + ": " + oneLine(String.valueOf(c.getMessage())));
    } else if (e instanceof NetworkFormatException f) {
      code = ExitCode.BAD_INPUT;
      // one line, or "n problems:" and a line per problem (whose texts core has escaped already)
      String prefix = name + ": bad input: ";
      for (String line : String.valueOf(f.getMessage()).split("\n", -1)) {
        err.println(prefix + oneLine(line));
        prefix = "";
      }
    } else if (e instanceof NetworkValidationException v) {
      code = ExitCode.BAD_INPUT;
      err.println(name + ": the network breaks " + v.violations().size() + " rule(s):");
      for (Violation violation : v.violations().subList(0, Math.min(10, v.violations().size()))) {
        err.println("  " + oneLine(violation.toString()));
      }
    } else if (e instanceof BlendnetException b) {
      code = ExitCode.BAD_INPUT;
      err.println(name + ": bad input: " + oneLine(String.valueOf(b.getMessage())));
    } else if (e instanceof UncheckedIOException io) {
      code = ExitCode.IO;
      err.println(name + ": cannot read or write: " + oneLine(String.valueOf(io.getMessage())));
    } else if (e instanceof IllegalArgumentException a) {
      code = ExitCode.USAGE;
      err.println(name + ": " + oneLine(String.valueOf(a.getMessage())));
    } else {
      code = ExitCode.INTERNAL;
      err.println(name + ": internal error: " + e);
      e.printStackTrace(err);
    }
    if (code == ExitCode.USAGE) {
      err.println("Try 'blendnet " + name + " --help'.");
    }
    err.flush();
    return code.code();
  }
}

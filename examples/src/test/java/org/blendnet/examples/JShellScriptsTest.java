package org.blendnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** The JShell scripts of examples/jshell, run snippet by snippet in-process, as /open would run them. */
class JShellScriptsTest {

  /** Evaluates {@code script}, failing on a rejected snippet or an exception; returns what it printed. */
  private static String run(Path script) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    PrintStream original = System.out;
    // the local execution engine runs the snippets in this JVM: what they print goes to System.out
    System.setOut(out);
    try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
      for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = Files.readString(script, StandardCharsets.UTF_8);
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        String source = info.source() == null ? remaining : info.source();
        for (SnippetEvent event : shell.eval(source)) {
          if (event.status() == Snippet.Status.REJECTED) {
            problems.add("rejected: " + source + " " + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null))
                .toList());
          }
          if (event.exception() != null) {
            problems.add("threw: " + source + " " + event.exception());
          }
        }
        remaining = info.remaining();
      }
    } finally {
      System.setOut(original);
    }
    assertThat(problems).isEmpty();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void should_run_blendnet_jsh() throws IOException {
    String out = run(Path.of("jshell", "blendnet.jsh"));
    assertThat(out).contains("SiloReport[units at depth 3").contains("communities vs units: NMI")
        .contains("Matches[PEERS for m001 as of 2026-04-06T09:00:00Z: 3 of");
  }

  @Test
  void should_run_quickstart_jsh() throws IOException {
    // quickstart.jsh reads the bundled JSON by a path relative to the repository root
    Path script = Path.of("jshell", "quickstart.jsh");
    String text = Files.readString(script, StandardCharsets.UTF_8).replace("examples/src/main", "src/main");
    Path copy = Files.createTempFile("quickstart", ".jsh");
    Files.writeString(copy, text, StandardCharsets.UTF_8);
    try {
      assertThat(run(copy)).contains("Network[members=61").contains("Network[members=60");
    } finally {
      Files.delete(copy);
    }
  }
}

package org.blendnet.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.blendnet.core.Network;
import org.blendnet.core.io.NetworkJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing the JSON format, on one thread, at 100k and 1M touchpoints
 * ({@link SyntheticNetworks}). Score = seconds per document; touchpoints per second = size / score.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar JsonBenchmark -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class JsonBenchmark {

  /** Touchpoints in the document. */
  @Param({"100000", "1000000"})
  public int touchpoints;

  private Network network;
  private byte[] document;

  /** Generates the network and its JSON once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    network = SyntheticNetworks.withTouchpoints(touchpoints, 42);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NetworkJson.write(network, out);
    document = out.toByteArray();
  }

  /** Reads the document into a network. */
  @Benchmark
  public Network read() {
    return NetworkJson.read(new ByteArrayInputStream(document));
  }

  /** Writes the network to a sink that discards the bytes. */
  @Benchmark
  public OutputStream write() {
    OutputStream sink = OutputStream.nullOutputStream();
    NetworkJson.write(network, sink);
    return sink;
  }
}

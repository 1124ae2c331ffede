package org.blendnet.core.io;

import com.google.common.testing.NullPointerTester;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Every public method of the CSV and edge-list readers rejects a null argument with a NullPointerException. */
class IoNullArgumentsTest {

  private static NullPointerTester tester() {
    return new NullPointerTester()
        // never opened: each method checks all its arguments before it touches a file
        .setDefault(Path.class, Path.of("target", "never-opened.csv"))
        .setDefault(Reader.class, new StringReader(""))
        .setDefault(Writer.class, new StringWriter())
        .setDefault(Instant.class, Instant.EPOCH)
        .setDefault(ZoneId.class, ZoneOffset.UTC);
  }

  @Test
  void should_reject_null_arguments_to_TouchpointCsv() {
    tester().testAllPublicStaticMethods(TouchpointCsv.class);
    tester().testAllPublicInstanceMethods(TouchpointCsv.defaults());
  }

  @Test
  void should_reject_null_arguments_to_MemberCsv() {
    tester().testAllPublicStaticMethods(MemberCsv.class);
  }

  @Test
  void should_reject_null_arguments_to_EdgeList() {
    tester().testAllPublicStaticMethods(EdgeList.class);
    tester().testAllPublicInstanceMethods(EdgeList.defaults());
  }
}

package org.blendnet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FlagshipDemoTest {

  @Test
  void should_tell_the_tour_with_figures_checked_against_the_raw_data() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FlagshipDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("Network[members=61, touchpoints=620 (online=124, offline=496)");
    // counted independently from CS-Aarhus_multiplex.edges with awk: 353 pairs, 80 on facebook and offline,
    // 44 on facebook only, 229 offline only
    assertThat(out).contains("353 ties: 229 face to face only, 44 online only, 80 blended (23% of all ties)");
    assertThat(out).contains("SocialGraph[members=61, ties=353, online=124, offline=309, blended=80");
    // communities found against the research groups, and the silos face to face but not online
    assertThat(out).containsPattern("communities vs research groups: NMI 0\\.\\d\\d, ARI 0\\.\\d\\d");
    assertThat(out).containsPattern("G2 +-0\\.40 +-0\\.39 +both channels");
    assertThat(out).containsPattern("G3 +-0\\.11 +1\\.00 +face to face");
    assertThat(out).contains("(no group)");
    assertThat(out).contains("after erase(U4): Network[members=60");
    assertThat(out).contains("'\"U4\"' appears in the erased network's JSON: false");
    assertThat(out).contains("JSON round trip gives an equal network: true");
  }
}

package org.blendnet.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitLabelsTest {

  @Test
  void should_drop_the_segments_all_units_share() {
    UnitLabels l = UnitLabels.of(List.of("AU / CS / G2", "AU / CS / G10", "(other)"));
    assertThat(l.labels()).containsExactly("G2", "G10", "(other)");
    assertThat(l.prefix()).isEqualTo("AU / CS / ");
    assertThat(l.note()).isEqualTo(" Units are named without their common prefix “AU / CS /”.");
  }

  @Test
  void should_keep_one_segment_of_every_label() {
    assertThat(UnitLabels.of(List.of("AU / CS / G2", "AU / CS", "whole network")).labels())
        .containsExactly("CS / G2", "CS", "whole network");
    assertThat(UnitLabels.of(List.of("AU / CS")).labels()).containsExactly("CS");
  }

  @Test
  void should_leave_labels_alone_when_nothing_is_shared() {
    UnitLabels l = UnitLabels.of(List.of("Acme / Sales", "Bolt / Sales", "(other)"));
    assertThat(l.labels()).containsExactly("Acme / Sales", "Bolt / Sales", "(other)");
    assertThat(l.note()).isEmpty();
    assertThat(UnitLabels.of(List.of("(other)")).labels()).containsExactly("(other)");
    assertThat(UnitLabels.of(List.of()).labels()).isEmpty();
  }
}

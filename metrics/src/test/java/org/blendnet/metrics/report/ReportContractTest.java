package org.blendnet.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Period;
import java.time.ZoneId;
import org.blendnet.core.Network;
import org.blendnet.core.ProgressListener;
import org.blendnet.core.TimeWindow;
import org.blendnet.graph.silo.SiloOptions;
import org.junit.jupiter.api.Test;

/** Null checks, argument checks and value equality of the public types of the report package. */
class ReportContractTest {

  @Test
  void should_throw_null_pointer_exceptions_for_null_arguments() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Network.class, ReportFixture.network())
        .setDefault(ReportOptions.class, ReportFixture.options())
        .setDefault(TimeWindow.class, ReportFixture.WINDOW)
        .setDefault(Period.class, Period.ofDays(1))
        .setDefault(ZoneId.class, ZoneId.of("UTC"))
        .setDefault(String.class, "engagement")
        .setDefault(ProgressListener.class, ProgressListener.NONE);
    tester.testAllPublicStaticMethods(NetworkHealthReport.class);
    tester.testAllPublicStaticMethods(ReportOptions.class);
    tester.testAllPublicInstanceMethods(NetworkHealthReport.of(ReportFixture.network(), ReportFixture.options()));
    tester.testAllPublicInstanceMethods(ReportOptions.defaults());
    tester.testAllPublicInstanceMethods(ReportOptions.builder());
  }

  @Test
  void should_name_the_value_of_an_impossible_option() {
    assertThatThrownBy(() -> ReportOptions.builder().topN(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topN must be >= 1 but was 0");
    assertThatThrownBy(() -> ReportOptions.builder().maxGroups(-1)).hasMessage("maxGroups must be >= 1 but was -1");
    assertThatThrownBy(() -> ReportOptions.builder().maxPoints(0)).hasMessage("maxPoints must be >= 1 but was 0");
    assertThatThrownBy(() -> ReportOptions.builder().maxCohorts(0)).hasMessage("maxCohorts must be >= 1 but was 0");
    assertThatThrownBy(() -> ReportOptions.builder().participationAttribute(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("participationAttribute must not be blank");
    assertThatThrownBy(() -> ReportOptions.builder().period(Period.ZERO))
        .hasMessage("period must be positive but was P0D");
    assertThatThrownBy(() -> ReportOptions.builder().period(Period.ofDays(-1)))
        .hasMessage("period must be positive but was P-1D");
    assertThatThrownBy(() -> ReportOptions.builder().minActiveHolders(0))
        .hasMessage("minActiveHolders must be >= 1 but was 0");
    assertThatThrownBy(() -> ReportOptions.builder().catalysisHorizon(java.time.Duration.ZERO))
        .hasMessage("catalysisHorizon must be positive but was PT0S");
    // a leaver who is not a member is the measure's error, named
    ReportOptions stranger = ReportOptions.builder().leaving(java.util.Set.of(org.blendnet.core.MemberId.of("zed")))
        .build();
    assertThatThrownBy(() -> NetworkHealthReport.of(ReportFixture.network(), stranger))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zed");
  }

  @Test
  void should_refuse_more_periods_than_a_window_may_hold() {
    ReportOptions daily = ReportOptions.builder().period(Period.ofDays(1))
        .window(new TimeWindow(ReportFixture.WINDOW.from(), ReportFixture.WINDOW.from().plus(java.time.Duration.ofDays(20_000))))
        .build();
    assertThatThrownBy(() -> NetworkHealthReport.of(ReportFixture.network(), daily))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 10000 periods of P1D");
  }

  @Test
  void should_compare_options_by_value() {
    new EqualsTester()
        .addEqualityGroup(ReportOptions.defaults(), ReportOptions.builder().build(), ReportOptions.defaults().toBuilder().build())
        .addEqualityGroup(ReportOptions.builder().topN(3).build())
        .addEqualityGroup(ReportOptions.builder().names(true).build())
        .addEqualityGroup(ReportOptions.builder().period(Period.ofWeeks(1)).build())
        .addEqualityGroup(ReportOptions.builder().window(ReportFixture.WINDOW).build())
        .addEqualityGroup(ReportOptions.builder().siloOptions(SiloOptions.builder().privacyFloor(2).build()).build())
        .addEqualityGroup(ReportOptions.builder().minActiveHolders(3).build())
        .addEqualityGroup(ReportOptions.builder().leaving(java.util.Set.of(org.blendnet.core.MemberId.of("ana"))).build())
        .addEqualityGroup(ReportOptions.builder().expertiseLevel(org.blendnet.core.ExpertiseLevel.EXPERT).build())
        .addEqualityGroup(ReportOptions.builder().catalysisHorizon(java.time.Duration.ofDays(7)).build())
        .addEqualityGroup(ReportOptions.builder().maxCohorts(6).build())
        .addEqualityGroup(ReportOptions.builder().participationAttribute("gender").build(),
            ReportOptions.builder().participationAttribute("gender").build())
        .addEqualityGroup(ReportOptions.builder().participationAttribute("role").build())
        .testEquals();
    assertThat(ReportOptions.builder().participationAttribute("gender").participationByUnit().build())
        .isEqualTo(ReportOptions.defaults());
    assertThat(ReportOptions.builder().participationAttribute("gender").build().participationAttribute())
        .contains("gender");
    assertThat(ReportOptions.builder().participationAttribute("gender").build().toString())
        .contains("participation by=attribute gender");
    assertThat(ReportFixture.options().toBuilder().build()).isEqualTo(ReportFixture.options());
    assertThat(ReportOptions.defaults().toString()).isEqualTo(
        "ReportOptions[window=records, period=P1M, zone=Z, topN=10, maxGroups=20, maxPoints=2000, maxCohorts=24, "
            + "participation by=unit, names=false]");
  }
}

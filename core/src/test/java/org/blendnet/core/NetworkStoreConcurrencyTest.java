package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.blendnet.core.testing.StoreStress;
import org.junit.jupiter.api.Test;

/**
 * Four writers and two readers on one {@link NetworkStore}: 200,000 touchpoints plus members, questions,
 * answers and appends built to be rejected, every snapshot checked (see {@link StoreStress} for what).
 * The benchmark module runs the same with a million touchpoints and reports the throughput.
 */
class NetworkStoreConcurrencyTest {

  @Test
  void should_keep_every_accepted_append_exactly_once_and_show_only_whole_appends() throws InterruptedException {
    StoreStress.Result result = StoreStress.run(new StoreStress.Settings(4, 2, 200_000, 1_000, 1, 0, 20_261_122L));

    assertThat(result.failures()).isEmpty();
    assertThat(result.acceptedTouchpoints()).isEqualTo(200_000);
    assertThat(result.rejectedAppends()).as("appends built to be rejected").isGreaterThan(50);
    assertThat(result.acceptedAppends()).isGreaterThan(10_000);
    assertThat(result.snapshotsChecked()).as("snapshots the readers checked").isGreaterThanOrEqualTo(2);
  }
}

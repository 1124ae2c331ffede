package org.blendnet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.blendnet.core.testing.RecordContracts;
import org.junit.jupiter.api.Test;

/**
 * Every public record of {@code org.blendnet.graph} and its subpackages, found reflectively (so a new one is covered
 * without a new test), keeps the value contracts: equality over every component, a
 * {@link NullPointerException} for every null argument, a working {@code toString()}.
 */
class RecordContractTest {

  static RecordContracts contracts() {
    return new RecordContracts();
  }

  @Test
  void should_find_the_public_records() {
    assertThat(RecordContracts.publicRecords(SocialGraph.class)).isNotEmpty();
  }

  @Test
  void should_keep_the_value_contracts_in_every_public_record() {
    List<Class<?>> records = RecordContracts.publicRecords(SocialGraph.class);
    assertThat(contracts().check(records)).isEmpty();
  }
}

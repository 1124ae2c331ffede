package org.blendnet.metrics.expertise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blendnet.core.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.testing.Networks;
import org.blendnet.metrics.Relabel;
import org.blendnet.metrics.expertise.KnowledgeAtRisk.TopicRisk;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of knowledge at risk over generated networks. */
class KnowledgeAtRiskPropertiesTest {

  static Gen<Network> networks() {
    return Networks.networks(Networks.Sizes.small().withMembers(1, 8).withQuestions(6).withAnswers(10));
  }

  /** The first half of the members, as leavers. */
  static Set<MemberId> leavers(Network n) {
    List<MemberId> ids = new ArrayList<>();
    for (int i = 0; i < n.members().size() / 2; i++) {
      ids.add(n.members().get(i).id());
    }
    return Set.copyOf(ids);
  }

  @Test
  void should_count_holders_as_the_members_declare_them() {
    qt(300).forAll(networks()).checkAssert(n -> {
      KnowledgeAtRisk r = KnowledgeAtRisk.of(n, ExpertiseLevel.INTERMEDIATE, 2, leavers(n));
      for (TopicRisk t : r.topics()) {
        long holders = n.members().stream().filter(m -> m.expertiseIn(t.topic())
            .filter(l -> l.compareTo(ExpertiseLevel.INTERMEDIATE) >= 0).isPresent()).count();
        assertThat(t.holders()).isEqualTo(holders);
        assertThat(t.activeHolders().size()).isLessThanOrEqualTo(Math.min(t.holders(), t.answerers()));
        assertThat(t.answerers()).isLessThanOrEqualTo(n.members().size());
        assertThat(t.atRisk()).isEqualTo(t.remainingActiveHolders() < 2);
      }
    });
  }

  @Test
  void should_put_more_topics_at_risk_as_k_grows() {
    qt(200).forAll(networks()).checkAssert(n -> {
      int before = -1;
      for (int k = 1; k <= 4; k++) {
        int atRisk = KnowledgeAtRisk.of(n, ExpertiseLevel.BEGINNER, k, Set.of()).atRisk().size();
        assertThat(atRisk).isGreaterThanOrEqualTo(before);
        before = atRisk;
      }
    });
  }

  @Test
  void should_not_depend_on_member_ids() {
    qt(200).forAll(networks()).checkAssert(n -> {
      Relabel r = Relabel.of(n);
      Set<MemberId> leaving = leavers(n);
      Set<MemberId> relabelled = Set.copyOf(leaving.stream().map(r::of).toList());
      KnowledgeAtRisk a = KnowledgeAtRisk.of(n, ExpertiseLevel.ADVANCED, 2, leaving);
      KnowledgeAtRisk b = KnowledgeAtRisk.of(r.network(), ExpertiseLevel.ADVANCED, 2, relabelled);
      assertThat(b.topics()).hasSameSizeAs(a.topics());
      for (int i = 0; i < a.topics().size(); i++) {
        TopicRisk x = a.topics().get(i);
        TopicRisk y = b.topics().get(i);
        assertThat(y.topic()).isEqualTo(x.topic());
        assertThat(y.holders()).isEqualTo(x.holders());
        assertThat(y.answerers()).isEqualTo(x.answerers());
        assertThat(y.activeHolders()).containsExactlyInAnyOrderElementsOf(r.of(x.activeHolders()));
        assertThat(y.reasons()).isEqualTo(x.reasons());
      }
      for (Member m : n.members()) {
        assertThat(r.of(m.id())).isNotNull();
      }
    });
  }
}

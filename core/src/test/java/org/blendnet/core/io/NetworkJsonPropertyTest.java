package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.Consent;
import org.blendnet.core.Helpfulness;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Referral;
import org.blendnet.core.ReferralId;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.core.testing.Networks;
import org.blendnet.core.testing.Theories;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Properties of {@link NetworkJson} over the shared generated networks ({@link Networks}): what is written
 * reads back equal and in the same order, writing is deterministic, and an erased member's id is nowhere
 * in the written document.
 */
class NetworkJsonPropertyTest {

  @Test
  void should_read_back_every_network_it_writes() {
    Theories.qt(300).forAll(Networks.networks(Networks.Sizes.medium())).checkAssert(network -> {
      String json = NetworkJson.toJson(network);
      Network read = NetworkJson.fromJson(json);

      assertThat(read).isEqualTo(network);
      assertThat(read.members()).containsExactlyElementsOf(network.members());
      assertThat(read.touchpoints()).containsExactlyElementsOf(network.touchpoints());
      assertThat(read.referrals()).containsExactlyElementsOf(network.referrals());
    });
  }

  @Test
  void should_write_again_exactly_what_it_read() {
    Theories.qt(300).forAll(Networks.networks()).checkAssert(network -> {
      String json = NetworkJson.toJson(network);

      assertThat(NetworkJson.toJson(NetworkJson.fromJson(json))).isEqualTo(json);
    });
  }

  /**
   * A canary: a member whose id, name, attribute and question text carry a marker found nowhere else,
   * joined to a generated network by touchpoints, a question (answered by others), an answer and a
   * referral. After erasing the canary, the marker is nowhere in the written document (the group
   * touchpoint survives, without the canary, under an id of its own).
   */
  @Test
  void should_leave_no_trace_of_an_erased_member_in_the_written_document() {
    Theories.qt(300).forAll(Networks.networks(Networks.Sizes.medium()), integers().between(0, 10_000))
        .assuming((network, pick) -> network.members().size() >= 2)
        .checkAssert((network, pick) -> {
          Network withCanary = withCanary(network, pick);
          assertThat(NetworkJson.toJson(withCanary)).contains(MARKER);

          String erased = NetworkJson.toJson(withCanary.erase(CANARY));

          assertThat(erased).doesNotContain(MARKER);
          assertThat(NetworkJson.fromJson(erased)).isEqualTo(withCanary.erase(CANARY));
        });
  }

  private static final String MARKER = "QX7canary";
  private static final MemberId CANARY = MemberId.of("m-" + MARKER);

  private static Network withCanary(Network network, int pick) {
    List<Member> members = network.members();
    MemberId a = members.get(pick % members.size()).id();
    MemberId b = members.get((pick + 1) % members.size()).id();
    Instant at = Instant.parse("2030-01-01T00:00:00Z");
    QuestionId question = QuestionId.of("q-" + MARKER);
    Network.Builder builder = network.toBuilder()
        .member(Member.builder(CANARY).name("Name " + MARKER).attribute("note", "about " + MARKER)
            .consent(Consent.all()).build())
        .touchpoint(Touchpoint.between(TouchpointId.of("t1-" + MARKER), at, Medium.CHAT, CANARY, a))
        .touchpoint(Touchpoint.builder(TouchpointId.of("t2-group-kept")).at(at).medium(Medium.MEETING)
            .participants(List.of(a, b, CANARY)).initiatedBy(CANARY).build())
        .question(Question.of(question, CANARY, "What does " + MARKER + " mean?", Set.of(), at))
        .answer(Answer.of(AnswerId.of("a1-" + MARKER), question, a, at.plusSeconds(60)))
        .referral(Referral.forward(ReferralId.of("r1-" + MARKER), question, CANARY, CANARY, b, at));
    if (!network.questions().isEmpty()) {
      Question other = network.questions().get(pick % network.questions().size());
      Instant later = other.askedAt().isAfter(at) ? other.askedAt() : at;
      builder.answer(new Answer(AnswerId.of("a2-" + MARKER), other.id(), CANARY, later,
          Optional.of("My answer, " + MARKER), Helpfulness.HELPFUL));
    }
    return builder.build();
  }

  /** Every string value and property name in a JSON document. */
  private static List<String> strings(String json) {
    List<String> strings = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
          strings.add(p.getString());
        }
      }
    }
    return strings;
  }
}

package org.blendnet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The small enums: {@link Medium}, {@link Channel}, {@link ExpertiseLevel}. */
class EnumsTest {

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', value = {
      "face-to-face|FACE_TO_FACE",
      "Face To Face|FACE_TO_FACE",
      "FACE_TO_FACE|FACE_TO_FACE",
      "  chat  |CHAT",
      "QA board|QA_BOARD",
      "qa-board|QA_BOARD",
      "Video-Call|VIDEO_CALL",
      "co-authoring|CO_AUTHORING",
      "working together|WORKING_TOGETHER",
      "email|EMAIL"})
  void should_parse_media_leniently(String text, Medium expected) {
    assertThat(Medium.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Medium.class)
  void should_parse_every_medium_from_its_name_in_any_case(Medium medium) {
    assertThat(Medium.parse(medium.name())).isEqualTo(medium);
    assertThat(Medium.parse(medium.name().toLowerCase(Locale.ROOT))).isEqualTo(medium);
    assertThat(Medium.parse(medium.name().replace('_', ' '))).isEqualTo(medium);
    assertThat(Medium.parse(medium.name().toLowerCase(Locale.ROOT).replace('_', '-'))).isEqualTo(medium);
  }

  @Test
  void should_name_the_text_and_the_accepted_values_when_a_medium_is_unknown() {
    for (String text : new String[] {"e-mail", "", "smoke signal", "face  to face"}) {
      assertThatThrownBy(() -> Medium.parse(text)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unknown medium '" + text + "'; expected one of [face_to_face, meeting, event, workshop, "
              + "meal, leisure, working_together, co_authoring, phone, video_call, webinar, email, forum_post, "
              + "qa_board, chat, social_media, microblog, blog_comment]");
    }
    assertThatNullPointerException().isThrownBy(() -> Medium.parse(null)).withMessageContaining("medium");
  }

  @Test
  void should_put_each_medium_on_its_channel() {
    assertThat(Arrays.stream(Medium.values()).filter(m -> m.channel() == Channel.OFFLINE))
        .containsExactly(Medium.FACE_TO_FACE, Medium.MEETING, Medium.EVENT, Medium.WORKSHOP, Medium.MEAL,
            Medium.LEISURE, Medium.WORKING_TOGETHER, Medium.CO_AUTHORING);
    assertThat(Arrays.stream(Medium.values()).filter(m -> m.channel() == Channel.ONLINE))
        .containsExactly(Medium.PHONE, Medium.VIDEO_CALL, Medium.WEBINAR, Medium.EMAIL, Medium.FORUM_POST,
            Medium.QA_BOARD, Medium.CHAT, Medium.SOCIAL_MEDIA, Medium.MICROBLOG, Medium.BLOG_COMMENT);
  }

  @Test
  void should_weigh_expertise_levels_from_a_quarter_to_one() {
    assertThat(Arrays.stream(ExpertiseLevel.values()).mapToDouble(ExpertiseLevel::weight))
        .containsExactly(0.25, 0.5, 0.75, 1.0);
  }
}

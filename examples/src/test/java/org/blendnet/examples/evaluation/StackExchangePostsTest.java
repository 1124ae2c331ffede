package org.blendnet.examples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.blendnet.core.io.InputLocation;
import org.blendnet.core.io.NetworkFormatException;
import org.junit.jupiter.api.Test;

class StackExchangePostsTest {

  static StackExchangePosts read(String xml) {
    return StackExchangePosts.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "Posts.xml");
  }

  static NetworkFormatException failure(String xml) {
    try {
      read(xml);
    } catch (NetworkFormatException e) {
      return e;
    }
    throw new AssertionError("no NetworkFormatException for " + xml);
  }

  @Test
  void should_read_questions_and_answers_in_time_order_and_count_the_rest() {
    StackExchangePosts posts = read("""
        \uFEFF<?xml version="1.0" encoding="utf-8"?>
        <posts>
          <row Id="5" PostTypeId="2" ParentId="1" CreationDate="2014-01-22T10:00:00.000" OwnerUserId="8" Body="&lt;p&gt;x&lt;/p&gt;" />
          <row Id="1" PostTypeId="1" AcceptedAnswerId="5" CreationDate="2014-01-21T20:26:05.383" OwnerUserId="7" Tags="&lt;hops&gt;&lt;IPA&gt;" />
          <row Id="2" PostTypeId="1" CreationDate="2014-01-21T20:20:00.000" Tags="|taste|history|" />
          <row Id="3" PostTypeId="4" CreationDate="2014-01-21T20:00:00.000" />
        </posts>
        """);
    assertThat(posts.questions()).extracting(SitePost::id).containsExactly(2L, 1L);
    SitePost q = posts.questions().get(1);
    assertThat(q.tags()).containsExactly("hops", "ipa");
    assertThat(q.acceptedAnswerId()).isEqualTo(5);
    assertThat(q.owner()).isEqualTo(OptionalLong.of(7));
    assertThat(q.created()).isEqualTo(Instant.parse("2014-01-21T20:26:05.383Z"));
    assertThat(posts.questions().get(0).tags()).containsExactly("taste", "history");
    assertThat(posts.questions().get(0).owner()).isEmpty();
    assertThat(posts.answers()).singleElement().satisfies(a -> {
      assertThat(a.parentId()).isEqualTo(1);
      assertThat(a.question()).isFalse();
    });
    assertThat(posts.otherPosts()).isEqualTo(1);
    assertThat(posts.orphanAnswers()).isZero();
    assertThat(posts.missingAcceptedAnswers()).isZero();
    assertThat(posts).hasToString("StackExchangePosts[Posts.xml: 2 questions, 1 answers, 1 other posts]");
  }

  @Test
  void should_count_orphan_answers_and_missing_accepted_answers() {
    StackExchangePosts posts = read("""
        <posts>
          <row Id="1" PostTypeId="1" AcceptedAnswerId="9" CreationDate="2014-01-21T20:00:00" OwnerUserId="7" />
          <row Id="2" PostTypeId="2" ParentId="77" CreationDate="2014-01-21T21:00:00" OwnerUserId="7" />
        </posts>
        """);
    assertThat(posts.orphanAnswers()).isEqualTo(1);
    assertThat(posts.missingAcceptedAnswers()).isEqualTo(1);
  }

  @Test
  void should_name_line_column_and_attribute_of_a_bad_date() {
    NetworkFormatException e = failure("""
        <posts>
          <row Id="1" PostTypeId="1" CreationDate="2014-01-21T20:00:00" />
          <row Id="2" PostTypeId="1" CreationDate="yesterday" />
        </posts>
        """);
    InputLocation at = e.location();
    assertThat(at.source()).isEqualTo("Posts.xml");
    assertThat(at.line()).isEqualTo(3);
    assertThat(at.column()).isPositive();
    assertThat(at.path()).isEqualTo("row/@CreationDate");
    assertThat(e.getMessage()).contains("CreationDate must be a date like 2014-01-21T20:26:05.383 but was 'yesterday'");
  }

  @Test
  void should_reject_bad_numbers_missing_fields_duplicates_and_a_wrong_root() {
    assertThat(failure("<posts><row Id=\"x\" PostTypeId=\"1\" CreationDate=\"2014-01-21T20:00:00\"/></posts>")
        .getMessage()).contains("Id must be a whole number but was 'x'");
    assertThat(failure("<posts><row Id=\"1\" PostTypeId=\"2\" CreationDate=\"2014-01-21T20:00:00\"/></posts>")
        .location().path()).isEqualTo("row/@ParentId");
    assertThat(failure("<posts><row PostTypeId=\"1\" CreationDate=\"2014-01-21T20:00:00\"/></posts>")
        .getMessage()).contains("row has no Id");
    assertThat(failure("""
        <posts>
        <row Id="1" PostTypeId="1" CreationDate="2014-01-21T20:00:00"/>
        <row Id="1" PostTypeId="2" ParentId="1" CreationDate="2014-01-21T20:00:00"/>
        </posts>""").getMessage()).contains("post Id 1 is used twice (first on line 2)");
    assertThat(failure("<users><row Id=\"1\"/></users>").getMessage())
        .contains("the root element must be <posts> but was <users>");
  }

  @Test
  void should_report_malformed_xml_with_its_location() {
    NetworkFormatException e = failure("<posts>\n<row Id=\"1\" PostTypeId=\"1\" CreationDate=\"2014-01-21T20:00:00\"\n</posts>");
    assertThat(e.getMessage()).contains("malformed XML");
    assertThat(e.location().line()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void should_refuse_a_document_type_declaration() {
    NetworkFormatException e = failure("""
        <?xml version="1.0"?>
        <!DOCTYPE posts [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <posts><row Id="1" PostTypeId="1" CreationDate="2014-01-21T20:00:00" Tags="&x;"/></posts>
        """);
    assertThat(e.getMessage()).contains("malformed XML");
  }

  @Test
  void should_parse_both_tag_forms() {
    assertThat(StackExchangePosts.tags("<beer><wine-pairing>")).isEqualTo(List.of("beer", "wine-pairing"));
    assertThat(StackExchangePosts.tags("|beer|wine-pairing|")).isEqualTo(List.of("beer", "wine-pairing"));
    assertThat(StackExchangePosts.tags("")).isEmpty();
    assertThat(StackExchangePosts.tags(null)).isEmpty();
  }

  @Test
  void should_read_the_bundled_site_with_the_counts_of_its_source_note() {
    try (InputStream in = getClass().getResourceAsStream("/stackexchange/beer-posts-stripped.xml")) {
      StackExchangePosts posts = StackExchangePosts.read(in, "beer-posts-stripped.xml");
      assertThat(posts.questions()).hasSize(663);
      assertThat(posts.answers()).hasSize(1572);
      assertThat(posts.otherPosts()).isEqualTo(58 + 58 + 3);
      assertThat(posts.orphanAnswers()).isZero();
      assertThat(posts.questions().stream().filter(q -> q.acceptedAnswerId() != 0)).hasSize(410);
      assertThat(posts.questions().stream().filter(q -> q.owner().isEmpty())).hasSize(4);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

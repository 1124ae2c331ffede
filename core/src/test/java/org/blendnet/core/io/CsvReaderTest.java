package org.blendnet.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV dialect shared by the readers: one test per Jackson setting, quoting, line ends, locations. */
class CsvReaderTest {

  /** Each record as {@code line: [values]}. */
  private static List<String> records(String text) {
    CsvProblems problems = new CsvProblems();
    List<String> out = new ArrayList<>();
    try (CsvReader csv = CsvReader.open(new StringReader(text), "t.csv", problems)) {
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < csv.header().size(); i++) {
          values.add(r.value(i));
        }
        out.add(r.line() + ": " + values);
      }
    }
    return out;
  }

  private static List<String> header(String text) {
    try (CsvReader csv = CsvReader.open(new StringReader(text), "t.csv", new CsvProblems())) {
      return csv.header();
    }
  }

  private static List<String> problems(String text) {
    NetworkFormatException e = catchThrowableOfType(NetworkFormatException.class, () -> records(text));
    assertThat(e).as("expected a format error").isNotNull();
    return e.problems().stream().map(NetworkFormatException.Problem::toString).toList();
  }

  // ---- header ----

  @Test
  void should_read_the_header_names_in_file_order() {
    assertThat(header("b,a,c\n1,2,3\n")).containsExactly("b", "a", "c");
  }

  @Test
  void should_read_a_header_without_rows_as_no_records() {
    assertThat(header("a,b")).containsExactly("a", "b");
    assertThat(records("a,b\n")).isEmpty();
  }

  @Test
  void should_trim_header_names_TRIM_HEADER_SPACES() {
    assertThat(header(" a , b,c \n1,2,3\n")).containsExactly("a", "b", "c");
  }

  @Test
  void should_match_header_names_with_case_CASE_INSENSITIVE_HEADERS_off() {
    assertThat(header("A,a\n1,2\n")).containsExactly("A", "a");
  }

  @Test
  void should_reject_a_header_name_given_twice_FAIL_ON_DUPLICATE_HEADER_COLUMNS() {
    assertThat(problems("a,b,a\n1,2,3\n"))
        .containsExactly("t.csv line 1, column 6: malformed CSV: Duplicate header column \"a\"");
  }

  @Test
  void should_reject_empty_input() {
    assertThat(problems("")).containsExactly("t.csv line 1: the input is empty; expected a header row");
  }

  @Test
  void should_reject_input_of_blank_lines_only() {
    assertThat(problems("\n  \r\n\n")).containsExactly("t.csv line 1: the input is empty; expected a header row");
  }

  @Test
  void should_skip_blank_lines_before_the_header_and_locate_it_at_its_line() {
    assertThat(records("\n  \r\na,b\n1,2\n")).containsExactly("4: [1, 2]");
    try (CsvReader csv = CsvReader.open(new StringReader("\uFEFF\r\n\r\n a,b\n1,2\n"), "t.csv", new CsvProblems())) {
      assertThat(csv.header()).containsExactly("a", "b");
      assertThat(csv.headerLocation("b")).isEqualTo(new InputLocation("t.csv", 3, 0, "b"));
    }
  }

  @Test
  void should_skip_a_utf8_byte_order_mark() {
    assertThat(header("\uFEFFa,b\n1,2\n")).containsExactly("a", "b");
    assertThat(records("\uFEFFa,b\n1,2\n")).containsExactly("2: [1, 2]");
  }

  // ---- values ----

  @Test
  void should_trim_spaces_around_unquoted_values_but_not_inside_quotes_TRIM_SPACES() {
    assertThat(records("a,b,c\n  x , y,\" z \"\n")).containsExactly("2: [x, y,  z ]");
  }

  @Test
  void should_trim_tabs_around_unquoted_values() {
    assertThat(records("a,b\n\tx\t,y\n")).containsExactly("2: [x, y]");
  }

  @Test
  void should_ignore_spaces_between_quotes_and_commas() {
    assertThat(records("a,b,c\n1, \"q\" ,3\n")).containsExactly("2: [1, q, 3]");
  }

  @Test
  void should_read_empty_values_quoted_or_not_as_empty_strings_EMPTY_STRING_AS_NULL_off() {
    assertThat(records("a,b,c\n,\"\",x\n")).containsExactly("2: [, , x]");
  }

  @Test
  void should_keep_empty_unquoted_values_as_values_EMPTY_UNQUOTED_STRING_AS_MISSING_off() {
    // were they "missing", the row would be short of values and fail
    assertThat(records("a,b,c\n1,,3\n")).containsExactly("2: [1, , 3]");
  }

  @Test
  void should_read_null_as_text_without_a_null_value_string() {
    assertThat(records("a,b\nnull,\"null\"\n")).containsExactly("2: [null, null]");
  }

  @Test
  void should_read_a_row_of_commas_as_empty_values_SKIP_EMPTY_ROWS_off() {
    assertThat(records("a,b,c\n,,\n1,2,3\n")).containsExactly("2: [, , ]", "3: [1, 2, 3]");
  }

  @Test
  void should_read_a_hash_line_as_data_ALLOW_COMMENTS_off() {
    assertThat(records("a,b\n# x,y\n")).containsExactly("2: [# x, y]");
    assertThat(problems("a,b,c\n# a comment\n1,2,3\n"))
        .containsExactly("t.csv line 2: the record has 1 value but the header has 3 columns");
  }

  // ---- quoting (RFC 4180) ----

  @Test
  void should_read_commas_and_doubled_quotes_inside_quoted_values() {
    assertThat(records("a,b\n\"Costa, Ana\",\"she said \"\"hi\"\"\"\n"))
        .containsExactly("2: [Costa, Ana, she said \"hi\"]");
  }

  @Test
  void should_read_line_breaks_inside_quoted_values_and_place_the_record_at_its_first_line() {
    assertThat(records("a,b\n1,\"two\nlines\"\n3,\"crlf\r\nkept\"\n5,6\n"))
        .containsExactly("2: [1, two\nlines]", "4: [3, crlf\r\nkept]", "6: [5, 6]");
  }

  @Test
  void should_keep_a_quote_inside_an_unquoted_value_as_a_character() {
    assertThat(records("a,b\nab\"c,2\n")).containsExactly("2: [ab\"c, 2]");
  }

  @Test
  void should_reject_text_after_a_closing_quote() {
    assertThat(problems("a,b,c\n1,\"abc\"def,3\n")).containsExactly("t.csv line 2, column 9: malformed CSV: "
        + "Unexpected character ('d' (code 100)): Expected column separator character (',' (code 44)) or end-of-line");
  }

  @Test
  void should_reject_a_quote_that_is_never_closed_at_the_end_of_the_input() {
    assertThat(problems("a,b\n1,2\n\"open,3\n4,5\n"))
        .containsExactly("t.csv line 5, column 1: malformed CSV: Missing closing quote for value");
  }

  // ---- column counts ----

  @Test
  void should_reject_a_row_with_too_few_values_FAIL_ON_MISSING_COLUMNS() {
    assertThat(problems("a,b,c\n1,2,3\n4,5\n"))
        .containsExactly("t.csv line 3: the record has 2 values but the header has 3 columns");
  }

  @Test
  void should_reject_a_row_with_too_many_values_IGNORE_TRAILING_UNMAPPABLE_off() {
    assertThat(problems("a,b,c\n1,2,3,4\n"))
        .containsExactly("t.csv line 2: the record has more values than the header has columns (3)");
  }

  @Test
  void should_reject_a_trailing_comma_ALLOW_TRAILING_COMMA_off() {
    assertThat(problems("a,b,c\n1,2,3,\n"))
        .containsExactly("t.csv line 2: the record has more values than the header has columns (3)");
  }

  @Test
  void should_locate_a_short_multi_line_record_at_its_first_line() {
    assertThat(problems("a,b,c\n1,\"x\ny\"\n"))
        .containsExactly("t.csv line 2: the record has 2 values but the header has 3 columns");
  }

  // ---- lines ----

  @Test
  void should_skip_empty_and_space_only_lines_keeping_line_numbers_SKIP_EMPTY_LINES() {
    assertThat(records("a,b\n\n1,2\n   \n3,4\n\n\n")).containsExactly("3: [1, 2]", "5: [3, 4]");
  }

  @Test
  void should_read_a_tab_only_line_as_a_record_because_jackson_skips_only_space_lines() {
    assertThat(problems("a,b\n1,2\n\t\n3,4\n"))
        .containsExactly("t.csv line 3: the record has 1 value but the header has 2 columns");
  }

  @Test
  void should_read_crlf_and_cr_line_ends() {
    assertThat(records("a,b\r\n1,2\r\n3,4")).containsExactly("2: [1, 2]", "3: [3, 4]");
    assertThat(records("a,b\r1,2\r3,4\r")).containsExactly("2: [1, 2]", "3: [3, 4]");
  }

  @Test
  void should_locate_each_value_at_its_line_and_column_with_its_header() {
    CsvProblems problems = new CsvProblems();
    try (CsvReader csv = CsvReader.open(new StringReader("a,b,c\n1,\"x\ny\",  z\n"), "t.csv", problems)) {
      CsvRecord r = csv.next();
      assertThat(r).isNotNull();
      assertThat(r.location(0)).isEqualTo(new InputLocation("t.csv", 2, 1, "a"));
      assertThat(r.location(1)).isEqualTo(new InputLocation("t.csv", 2, 3, "b"));
      assertThat(r.location(2)).isEqualTo(new InputLocation("t.csv", 3, 6, "c"));
      assertThat(r.location()).isEqualTo(new InputLocation("t.csv", 2, 0, ""));
      assertThat(csv.next()).isNull();
    }
  }
}
